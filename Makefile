# CarePulse: the commands a new user runs. `make run` sets everything up and opens the app on a demo
# store; `make test` sets up and runs the whole test suite (CI runs it through .ci/run).

BUILD      ?= build/dev
CORE_BUILD ?= build/core
FUZZ_BUILD ?= build/fuzz
JOBS       ?= $(shell nproc)
DEMO_DIR   ?= demo
DB         ?= $(DEMO_DIR)/carepulse.db
CLI         = $(BUILD)/bin/carepulse-cli
APP         = $(BUILD)/bin/carepulse
CMAKE_FLAGS ?=
ifeq ($(CI),true)
CMAKE_FLAGS += -DCAREPULSE_WERROR=ON
endif

.PHONY: all deps configure build run demo test test-core bench package fuzz asan clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

# Generates a demo data set (about 50,000 cases over the 10 days ending now) when the store has none.
demo: build
	@bash scripts/make-demo.sh $(CLI) $(DEMO_DIR) $(DB)

run: demo
	@bash scripts/run-app.sh $(APP) $(CLI) $(DB) $(DEMO_DIR)

test: build
	@cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS) --timeout 900
	@$(MAKE) --no-print-directory test-core

# Core and CLI alone, without any Widgets package: proves the layering.
test-core: deps
	@cmake -S . -B $(CORE_BUILD) -DCAREPULSE_GUI=OFF -DCAREPULSE_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(CORE_BUILD) -j$(JOBS)
	@cd $(CORE_BUILD) && ctest --output-on-failure -j$(JOBS) --timeout 900

bench: build
	@bash bench/run-bench.sh $(BUILD)

package: build
	@cd $(BUILD) && cpack -G DEB

# Each libFuzzer target for 60 s (clang).
fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) --preset fuzz >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS)
	@bash fuzz/run-fuzzers.sh $(FUZZ_BUILD) 60

asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build build/asan -j$(JOBS)
	@cd build/asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS) --timeout 1800

clean:
	rm -rf build
