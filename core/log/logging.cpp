#include "core/log/logging.h"

#include "core/log/redacting_sink.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace cb::log {

namespace {
constexpr const char *Pattern = "%Y-%m-%dT%H:%M:%S.%e%z %-5l [%n] %v";

std::mutex registryMutex;

std::shared_ptr<RedactingSink> &sharedSink()
{
    static auto sink = [] {
        auto created = std::make_shared<RedactingSink>();
        created->setTargets({std::make_shared<spdlog::sinks::stderr_sink_mt>()});
        created->set_pattern(Pattern);
        return created;
    }();
    return sink;
}

spdlog::level::level_enum currentLevel = spdlog::level::info;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category != nullptr ? context.category : "default";
    logger("qt")->log(levelFor(type), "{}: {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        flushLogs(); // Qt aborts after the handler returns
    }
}
} // namespace

std::shared_ptr<spdlog::logger> logger(const std::string &name)
{
    std::lock_guard<std::mutex> lock(registryMutex);
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto created = std::make_shared<spdlog::logger>(name, sharedSink());
    created->set_level(currentLevel);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

bool setupLogging(const LogSettings &settings)
{
    std::vector<spdlog::sink_ptr> targets;
    bool ok = true;
    if (!settings.directory.isEmpty()) {
        QDir dir(settings.directory);
        if (!dir.mkpath(QStringLiteral("."))) {
            ok = false;
        } else {
            QFile::setPermissions(dir.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            try {
                targets.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    dir.filePath(settings.fileName).toStdString(), settings.maxFileBytes,
                    settings.maxFiles));
            } catch (const spdlog::spdlog_ex &) {
                ok = false;
            }
        }
    }
    if (settings.toStderr || targets.empty()) {
        targets.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    {
        std::lock_guard<std::mutex> lock(registryMutex);
        currentLevel = settings.level;
        sharedSink()->setTargets(std::move(targets));
        sharedSink()->set_pattern(Pattern);
        spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &each) {
            each->set_level(settings.level);
        });
    }
    // Info lines reach the file within a second, not only at the next warning.
    spdlog::flush_every(std::chrono::seconds(1));
    qInstallMessageHandler(qtMessageHandler);
    return ok;
}

void flushLogs()
{
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &each) { each->flush(); });
}

} // namespace cb::log
