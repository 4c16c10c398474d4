#pragma once

#include <functional>

namespace cb::platform {

// Makes SIGINT and SIGTERM end the Qt event loop cleanly (stores closed, logs
// flushed) instead of killing the process mid-write. Call once, after the
// QCoreApplication exists.
void quitOnTerminationSignals();

// Runs `handler` on the Qt event loop's thread at each SIGHUP (a service's
// `systemctl reload`). Call after quitOnTerminationSignals().
void onHangup(std::function<void()> handler);

} // namespace cb::platform
