# One INTERFACE target carries the language standard, warnings and Qt strictness flags for every target.
add_library(carepulse_options INTERFACE)
add_library(CarePulse::options ALIAS carepulse_options)
target_compile_features(carepulse_options INTERFACE cxx_std_20)
target_compile_definitions(carepulse_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
target_compile_options(carepulse_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(CAREPULSE_WERROR)
  target_compile_options(carepulse_options INTERFACE -Werror)
endif()
if(CAREPULSE_SANITIZE)
  target_compile_options(carepulse_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
  target_link_options(carepulse_options INTERFACE -fsanitize=address,undefined)
endif()
if(CAREPULSE_FUZZ)
  # Coverage instrumentation for every library the fuzz targets link.
  target_compile_options(carepulse_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
  target_link_options(carepulse_options INTERFACE -fsanitize=address,undefined)
endif()
