#include "server/audit/audit_cli.h"

#include "core/store/store_error.h"
#include "server/audit/checkpoint_signer.h"
#include "server/audit/audit_export.h"
#include "server/audit/audit_trail_check.h"
#include "server/config/master_key.h"
#include "server/config/server_config.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <cstdio>

namespace cb::server {

namespace {
constexpr int ExitIntact = 0;
constexpr int ExitTampered = 1;
constexpr int ExitCannotCheck = 2;

int cannotCheck(const QString &why)
{
    std::fprintf(stderr, "carebridge-server: could not check the audit trail: %s\n", qUtf8Printable(why));
    return ExitCannotCheck;
}

QString utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

void printReport(const AuditTrailReport &report)
{
    if (report.intact) {
        std::printf("Audit trail intact: %lld events, chain head at seq %lld, %d checkpoints checked.\n",
                    static_cast<long long>(report.eventsChecked), static_cast<long long>(report.headSeq),
                    report.checkpointsChecked);
        return;
    }
    std::printf("Audit trail TAMPERED.\nFirst bad event: seq %lld", static_cast<long long>(*report.firstBadSeq));
    if (report.badEvent) {
        std::printf(" (%s at %s)", qUtf8Printable(report.badEvent->action), qUtf8Printable(utc(report.badEvent->atMs)));
    }
    std::printf("\nProblem: %s: %s\n", qUtf8Printable(report.problem), qUtf8Printable(report.explanation));
    std::printf("Events verified before it: %lld; checkpoints checked: %d.\n",
                static_cast<long long>(report.eventsChecked), report.checkpointsChecked);
}
} // namespace

int verifyAuditFromCli(const ServerConfig &config, const QString &anchorExport)
{
    std::optional<ExportAnchors> fromExport;
    if (!anchorExport.isEmpty()) {
        QFile file(anchorExport);
        if (!file.open(QIODevice::ReadOnly)) {
            return cannotCheck(QStringLiteral("cannot read %1").arg(anchorExport));
        }
        QString error;
        fromExport = anchorsFromExport(file.readAll(), &error);
        if (!fromExport) {
            return cannotCheck(QStringLiteral("%1: %2").arg(anchorExport, error));
        }
    }
    try {
        const crypto::SecretBytes masterKey = MasterKey::load(config.masterKeyFile);
        ServerStore store = ServerStore::open(config.storePath(), masterKey);
        const ServerKeys keys = ServerKeys::derive(masterKey);
        const audit::AuditLog log(store.database(), keys.audit.clone());
        if (fromExport && fromExport->publicKey != CheckpointSigner(keys.auditSigningSeed).publicKey()) {
            return cannotCheck(QStringLiteral("%1 was signed by another key than this server's").arg(anchorExport));
        }
        StoreTrailSources sources;
        sources.anchorPath = config.auditAnchorPath();
        if (fromExport) {
            sources.more.append({QStringLiteral("the export"), fromExport->checkpoints});
        }
        const AuditTrailReport report = checkStoreAuditTrail(store.database(), log, keys.auditSigningSeed, sources);
        printReport(report);
        return report.intact ? ExitIntact : ExitTampered;
    } catch (const store::StoreError &error) {
        return cannotCheck(error.userMessage() + QStringLiteral(" (") + QString::fromStdString(error.what()) + QLatin1Char(')'));
    } catch (const std::exception &error) {
        return cannotCheck(QString::fromStdString(error.what()));
    }
}

int printAuditPublicKey(const ServerConfig &config)
{
    try {
        const ServerKeys keys = ServerKeys::derive(MasterKey::load(config.masterKeyFile));
        std::printf("%s\n", CheckpointSigner(keys.auditSigningSeed).publicKey().toHex().constData());
        return ExitIntact;
    } catch (const std::exception &error) {
        return cannotCheck(QString::fromStdString(error.what()));
    }
}

} // namespace cb::server
