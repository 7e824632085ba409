#pragma once

#include <QTextStream>

namespace carepulse::cli {

// Standard output and error as text streams (UTF-8), flushed by the caller or at exit.
QTextStream& out();
QTextStream& err();

// The store a command opens: --db if given, else $CAREPULSE_DB, else the user's data directory.
QString defaultStorePath();
QString resolveStorePath(const QString& dbOption);

} // namespace carepulse::cli
