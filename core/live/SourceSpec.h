#pragma once
// Live sources named as text, the same in the CLI, the desktop's Live page and the settings:
// "file:PATH", "dir:PATH" or "tcp:HOST:PORT" (HOST defaults to 127.0.0.1 when empty).

#include "LiveSource.h"
#include "TcpSource.h"

#include <memory>

namespace carepulse {

// The source a spec names, or null with a message in *error.
std::unique_ptr<LiveSource> makeSource(const QString& spec, QString* error, const TcpLimits& limits = {});

} // namespace carepulse
