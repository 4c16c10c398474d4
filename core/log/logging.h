#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <memory>
#include <string>

namespace cb::log {

struct LogSettings
{
    QString directory;           // created 0700 if missing; empty = stderr only
    QString fileName;            // e.g. "carebridge-server.log"
    bool toStderr = true;
    spdlog::level::level_enum level = spdlog::level::info;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 5;
};

// Points every logger at a rotating file in `settings.directory` (and stderr),
// through the redaction sink, and routes Qt's own messages into the "qt" logger.
// Safe to call again (tests do); returns false if the folder cannot be made.
bool setupLogging(const LogSettings &settings);

// A named logger ("app", "store", "net", "server", …) sharing the redacting sink.
std::shared_ptr<spdlog::logger> logger(const std::string &name);

// Flushes all sinks (call before exit and in tests before reading the file).
void flushLogs();

} // namespace cb::log
