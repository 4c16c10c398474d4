#include "server/config/server_config.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <functional>
#include <thread>

namespace cb::server {

QString ServerConfig::storePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("server.db"));
}

int ServerConfig::defaultHashingThreads()
{
    return std::max(1, int(std::thread::hardware_concurrency()) / 2);
}

QString ServerConfig::auditAnchorPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("audit-anchors.jsonl"));
}

QString ServerConfig::deviceKeyringPath() const
{
    return deviceKeyring.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("device-keyring")) : deviceKeyring;
}

QString ServerConfig::logDir() const
{
    // Under systemd, LogsDirectory= (/var/log/carebridge) names it.
    const QString systemd = qEnvironmentVariable("LOGS_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    return systemd.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("logs")) : systemd;
}

namespace {
// $CREDENTIALS_DIRECTORY/<name> when systemd passed that credential; else empty.
QString systemdCredential(const QString &name)
{
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    const QString path = directory.isEmpty() ? QString() : QDir(directory).filePath(name);
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void loadWhatsApp(QSettings &ini, const QString &credentialsFile, ServerConfig &config, QStringList *errors)
{
    WhatsAppSettings &whatsapp = config.whatsapp;
    whatsapp.phoneNumberId = ini.value(QStringLiteral("whatsapp/phone_number_id")).toString().trimmed();
    if (!whatsapp.enabled()) {
        return;
    }
    whatsapp.graphUrl = QUrl(ini.value(QStringLiteral("whatsapp/graph_url"), whatsapp.graphUrl.toString()).toString());
    whatsapp.apiVersion = ini.value(QStringLiteral("whatsapp/api_version"), whatsapp.apiVersion).toString();
    whatsapp.credentialsFile = credentialsFile;
    const bool loopback = QHostAddress(whatsapp.graphUrl.host()).isLoopback();
    if (!whatsapp.graphUrl.isValid() || (whatsapp.graphUrl.scheme() != QLatin1String("https") && !loopback)) {
        errors->append(QStringLiteral("whatsapp/graph_url must be https (plain http only on loopback, for the sandbox)"));
    }
    if (whatsapp.credentialsFile.isEmpty()) {
        errors->append(QStringLiteral("whatsapp/credentials_file is required when phone_number_id is set"));
    }
    const QStringList quiet = ini.value(QStringLiteral("outreach/quiet_hours"), QStringLiteral("20-8")).toString().split(QLatin1Char('-'));
    bool startOk = false, endOk = false;
    const int start = quiet.value(0).toInt(&startOk);
    const int end = quiet.value(1).toInt(&endOk);
    if (quiet.size() != 2 || !startOk || !endOk || start < 0 || start > 23 || end < 0 || end > 23) {
        errors->append(QStringLiteral("outreach/quiet_hours must look like 20-8 (hours 0 to 23)"));
    } else {
        config.outreach.quietStartHour = start;
        config.outreach.quietEndHour = end;
    }
    config.outreach.maxPerWeek = ini.value(QStringLiteral("outreach/max_per_week"), config.outreach.maxPerWeek).toInt();
}
// [retention] years = 6, or days / seconds (tests); at least a day unless in seconds.
void loadRetention(QSettings &ini, RetentionSettings &retention, QStringList *errors)
{
    bool ok = true;
    retention.years = ini.value(QStringLiteral("retention/years"), retention.years).toInt(&ok);
    if (!ok || retention.years < 1 || retention.years > 100) {
        errors->append(QStringLiteral("retention/years must be from 1 to 100"));
    }
    for (const auto &[key, unit] : {std::pair{"retention/days", std::int64_t(86400)}, std::pair{"retention/seconds", std::int64_t(1)}}) {
        if (ini.contains(QLatin1String(key))) {
            const std::int64_t value = ini.value(QLatin1String(key)).toLongLong(&ok);
            if (!ok || value < 1 || value > 36500LL * 86400 / unit) {
                errors->append(QStringLiteral("%1 must be a positive whole number").arg(QLatin1String(key)));
            } else {
                retention.seconds = value * unit;
            }
        }
    }
}

void loadPortal(QSettings &ini, ServerConfig &config, const std::function<QString(const QString &)> &pathValue, QStringList *errors)
{
    PortalSettings &portal = config.portal;
    const QString publicUrl = ini.value(QStringLiteral("portal/public_url")).toString().trimmed();
    if (publicUrl.isEmpty()) {
        return;
    }
    portal.publicUrl = QUrl(publicUrl, QUrl::StrictMode);
    const bool loopback = QHostAddress(portal.publicUrl.host()).isLoopback();
    if (!portal.publicUrl.isValid() || portal.publicUrl.host().isEmpty() || !portal.publicUrl.path(QUrl::FullyEncoded).isEmpty() ||
        portal.publicUrl.hasQuery() || (portal.publicUrl.scheme() != QLatin1String("https") && !loopback)) {
        errors->append(QStringLiteral("portal/public_url must be an https origin such as https://portal.example.org "
                                      "(no path; plain http only on loopback)"));
    }
    const QString address = ini.value(QStringLiteral("portal/address"), QStringLiteral("127.0.0.1")).toString();
    if (!portal.address.setAddress(address)) {
        errors->append(QStringLiteral("portal/address '%1' is not an IP address").arg(address));
    }
    bool portOk = false;
    const int port = ini.value(QStringLiteral("portal/port"), portal.port).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535) {
        errors->append(QStringLiteral("portal/port must be a number from 0 to 65535"));
    } else {
        portal.port = quint16(port);
    }
    // "<name>_<unit>" in the file; "<name>_seconds" wins when given (tests).
    auto duration = [&](const char *name, const char *unit, std::int64_t unitSeconds, std::int64_t fallback) {
        const QString secondsKey = QStringLiteral("portal/%1_seconds").arg(QLatin1String(name));
        const QString unitKey = QStringLiteral("portal/%1_%2").arg(QLatin1String(name), QLatin1String(unit));
        const bool inSeconds = ini.contains(secondsKey);
        bool ok = false;
        const std::int64_t value = ini.value(inSeconds ? secondsKey : unitKey, qint64(fallback / unitSeconds)).toLongLong(&ok);
        if (!ok || value <= 0 || value > 366LL * 24 * 3600) {
            errors->append(QStringLiteral("%1 must be a positive whole number").arg(inSeconds ? secondsKey : unitKey));
            return fallback;
        }
        return inSeconds ? value : value * unitSeconds;
    };
    portal.invitationSeconds = duration("invitation", "hours", 3600, portal.invitationSeconds);
    portal.codeSeconds = duration("code", "minutes", 60, portal.codeSeconds);
    portal.idleSeconds = duration("idle", "minutes", 60, portal.idleSeconds);
    portal.absoluteSeconds = duration("absolute", "minutes", 60, portal.absoluteSeconds);
    portal.nudgeSeconds = duration("nudge", "minutes", 60, portal.nudgeSeconds);
    if (portal.absoluteSeconds < portal.idleSeconds) {
        errors->append(QStringLiteral("portal: idle_minutes must not exceed absolute_minutes"));
    }
    portal.maxAttempts = ini.value(QStringLiteral("portal/max_attempts"), portal.maxAttempts).toInt();
    if (portal.maxAttempts < 1 || portal.maxAttempts > 10) {
        errors->append(QStringLiteral("portal/max_attempts must be from 1 to 10"));
    }
    const int megabytes = ini.value(QStringLiteral("portal/upload_megabytes"), 10).toInt();
    // At most 10: a staff attachment travels as base64 JSON within the API's 14 MiB.
    if (megabytes < 1 || megabytes > 10) {
        errors->append(QStringLiteral("portal/upload_megabytes must be from 1 to 10"));
    } else {
        portal.uploadBytes = qint64(megabytes) * 1024 * 1024;
    }
    portal.tlsCertificate = pathValue(QStringLiteral("portal/certificate"));
    portal.tlsPrivateKey = pathValue(QStringLiteral("portal/private_key"));
    if (portal.tlsCertificate.isEmpty() != portal.tlsPrivateKey.isEmpty()) {
        errors->append(QStringLiteral("portal/certificate and portal/private_key go together"));
    }
    if (portal.tlsCertificate.isEmpty()) {
        portal.tlsCertificate = config.tlsCertificate;
        portal.tlsPrivateKey = config.tlsPrivateKey;
    }
    if (portal.tlsCertificate.isEmpty() && !portal.address.isLoopback()) {
        errors->append(QStringLiteral("TLS is required when the portal listens on a non-loopback address"));
    }
}
} // namespace

ServerConfig ServerConfig::load(const QString &path, QStringList *errors)
{
    ServerConfig config;
    if (!QFileInfo::exists(path)) {
        errors->append(QStringLiteral("configuration file %1 does not exist").arg(path));
        return config;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        errors->append(QStringLiteral("configuration file %1 is not a valid INI file").arg(path));
        return config;
    }
    const QDir base = QFileInfo(path).absoluteDir();
    auto pathValue = [&](const QString &key) {
        const QString value = ini.value(key).toString().trimmed();
        return value.isEmpty() ? value : QDir::cleanPath(base.absoluteFilePath(value));
    };

    const QString address = ini.value(QStringLiteral("server/address"), QStringLiteral("127.0.0.1")).toString();
    if (!config.address.setAddress(address)) {
        errors->append(QStringLiteral("server/address '%1' is not an IP address").arg(address));
    }
    bool portOk = false;
    const int port = ini.value(QStringLiteral("server/port"), 8443).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535) {
        errors->append(QStringLiteral("server/port must be a number from 0 to 65535"));
    } else {
        config.port = static_cast<quint16>(port);
    }
    const QString proxy = ini.value(QStringLiteral("server/trusted_proxy")).toString().trimmed();
    if (!proxy.isEmpty() && !config.limits.trustedProxy.setAddress(proxy)) {
        errors->append(QStringLiteral("server/trusted_proxy '%1' is not an IP address").arg(proxy));
    }
    config.dataDir = pathValue(QStringLiteral("server/data_dir"));
    if (config.dataDir.isEmpty()) {
        errors->append(QStringLiteral("server/data_dir is required"));
    }
    // A systemd credential wins (the unit's LoadCredential=master-key:… hands the
    // service its own copy); then the file the configuration names; then the data folder.
    config.masterKeyFile = systemdCredential(QStringLiteral("master-key"));
    if (config.masterKeyFile.isEmpty()) {
        config.masterKeyFile = pathValue(QStringLiteral("server/master_key_file"));
    }
    if (config.masterKeyFile.isEmpty()) {
        config.masterKeyFile = QDir(config.dataDir).filePath(QStringLiteral("master.key"));
    }
    config.deviceKeyring = pathValue(QStringLiteral("server/device_keyring"));
    config.backupDir = pathValue(QStringLiteral("backup/directory"));
    if (config.backupDir.isEmpty() && !config.dataDir.isEmpty()) {
        config.backupDir = QDir(config.dataDir).filePath(QStringLiteral("backups"));
    }
    bool keepOk = false;
    config.backupKeep = ini.value(QStringLiteral("backup/keep"), 48).toInt(&keepOk);
    if (!keepOk || config.backupKeep < 1 || config.backupKeep > 10000) {
        errors->append(QStringLiteral("backup/keep must be a number from 1 to 10000"));
    }
    config.tlsCertificate = pathValue(QStringLiteral("tls/certificate"));
    config.tlsPrivateKey = pathValue(QStringLiteral("tls/private_key"));
    if (config.tlsCertificate.isEmpty() != config.tlsPrivateKey.isEmpty()) {
        errors->append(QStringLiteral("tls/certificate and tls/private_key go together"));
    }
    config.clinicName = ini.value(QStringLiteral("clinic/name"), config.clinicName).toString().trimmed();
    if (config.clinicName.isEmpty() || config.clinicName.contains(QLatin1Char(':'))) {
        errors->append(QStringLiteral("clinic/name must be non-empty and contain no ':'"));
    }
    const QString replyAssigns = ini.value(QStringLiteral("inbox/reply_assigns"), QStringLiteral("true")).toString().trimmed();
    if (replyAssigns != QLatin1String("true") && replyAssigns != QLatin1String("false")) {
        errors->append(QStringLiteral("inbox/reply_assigns must be true or false"));
    }
    config.replyAssigns = replyAssigns == QLatin1String("true");
    const QString frontDeskPortal = ini.value(QStringLiteral("inbox/front_desk_portal"), QStringLiteral("full")).toString().trimmed();
    if (frontDeskPortal != QLatin1String("full") && frontDeskPortal != QLatin1String("summary")) {
        errors->append(QStringLiteral("inbox/front_desk_portal must be full or summary"));
    }
    config.frontDeskPortalSummary = frontDeskPortal == QLatin1String("summary");
    const QString hashing = ini.value(QStringLiteral("security/password_hashing"), QStringLiteral("moderate")).toString();
    if (hashing == QLatin1String("moderate")) {
        config.passwordCost = crypto::PasswordHash::interactiveServerCost();
    } else if (hashing == QLatin1String("interactive")) {
        config.passwordCost = crypto::PasswordHash::interactiveCost();
    } else {
        errors->append(QStringLiteral("security/password_hashing must be 'moderate' or 'interactive'"));
    }
    auto seconds = [&](const char *key, std::int64_t fallback) {
        bool ok = false;
        const std::int64_t value = ini.value(QLatin1String(key), qint64(fallback)).toLongLong(&ok);
        if (!ok || value <= 0) {
            errors->append(QStringLiteral("%1 must be a positive number of seconds").arg(QLatin1String(key)));
            return fallback;
        }
        return value;
    };
    policy::SessionPolicy &sessions = config.sessionPolicy;
    sessions.lockAfterIdleSeconds = seconds("sessions/lock_after_idle_seconds", sessions.lockAfterIdleSeconds);
    sessions.endAfterIdleSeconds = seconds("sessions/end_after_idle_seconds", sessions.endAfterIdleSeconds);
    sessions.absoluteSeconds = seconds("sessions/absolute_seconds", sessions.absoluteSeconds);
    if (sessions.lockAfterIdleSeconds < 30) {
        errors->append(QStringLiteral("sessions/lock_after_idle_seconds must be at least 30 (the countdown)"));
    }
    if (sessions.endAfterIdleSeconds < sessions.lockAfterIdleSeconds || sessions.absoluteSeconds < sessions.endAfterIdleSeconds) {
        errors->append(QStringLiteral("sessions: lock ≤ end after idle ≤ absolute"));
    }
    auto count = [&](const char *key, int fallback, int most) {
        bool ok = false;
        const int value = ini.value(QLatin1String(key), fallback).toInt(&ok);
        if (!ok || value <= 0 || value > most) {
            errors->append(QStringLiteral("%1 must be a whole number from 1 to %2").arg(QLatin1String(key)).arg(most));
            return fallback;
        }
        return value;
    };
    http::EdgeLimits &limits = config.limits;
    limits.ioThreads = count("limits/io_threads", limits.ioThreads, 64);
    limits.maxConnections = count("limits/max_connections", limits.maxConnections, 100000);
    limits.maxConnectionsPerAddress = count("limits/max_connections_per_address", limits.maxConnectionsPerAddress, 100000);
    limits.headerTimeout = std::chrono::seconds(count("limits/header_timeout_seconds", int(limits.headerTimeout.count() / 1000), 300));
    limits.bodyTimeout = std::chrono::seconds(count("limits/body_timeout_seconds", int(limits.bodyTimeout.count() / 1000), 600));
    limits.bodyMemoryBytes = std::int64_t(count("limits/body_memory_mib", int(limits.bodyMemoryBytes >> 20), 16384)) << 20;
    limits.webhookReserve = count("limits/webhook_connections", limits.webhookReserve, 100000);
    if (limits.webhookReserve >= limits.maxConnections) {
        errors->append(QStringLiteral("limits/webhook_connections must be less than limits/max_connections"));
    }
    config.drainSeconds = count("limits/drain_seconds", config.drainSeconds, 300);
    config.sessionRecheckSeconds = count("sessions/recheck_seconds", config.sessionRecheckSeconds, 300);
    config.hashingThreads = count("security/hashing_threads", config.hashingThreads, 64);
    config.hashingQueue = count("security/hashing_queue", config.hashingQueue, 10000);
    config.enrolmentCodeHours = count("security/enrolment_code_hours", config.enrolmentCodeHours, 24 * 30);
    config.auditCheckpointEvents = count("audit/checkpoint_events", config.auditCheckpointEvents, 1000000);
    config.auditCheckpointSeconds = count("audit/checkpoint_seconds", config.auditCheckpointSeconds, 86400);
    config.stepUpSeconds = count("security/step_up_seconds", config.stepUpSeconds, 300); // never looser than 5 minutes
    config.clinicAddress = ini.value(QStringLiteral("clinic/address")).toString().trimmed();
    const QString whatsappCredential = systemdCredential(QStringLiteral("whatsapp"));
    loadWhatsApp(ini, whatsappCredential.isEmpty() ? pathValue(QStringLiteral("whatsapp/credentials_file")) : whatsappCredential,
                 config, errors);
    loadPortal(ini, config, pathValue, errors);
    loadRetention(ini, config.retention, errors);
    if (config.tlsCertificate.isEmpty() && !config.address.isLoopback()) {
        errors->append(QStringLiteral("TLS is required when listening on a non-loopback address"));
    }
    return config;
}

std::int64_t RetentionSettings::cutoffMs(std::int64_t nowMs) const
{
    if (seconds > 0) {
        return nowMs - seconds * 1000;
    }
    // Calendar years in UTC: a message from 12 May six years ago goes on 12 May.
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addYears(-years).toMSecsSinceEpoch();
}

} // namespace cb::server
