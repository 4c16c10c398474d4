#pragma once

namespace cb::platform {

// Makes SIGINT and SIGTERM end the Qt event loop cleanly (stores closed, logs
// flushed) instead of killing the process mid-write. Call once, after the
// QCoreApplication exists.
void quitOnTerminationSignals();

} // namespace cb::platform
