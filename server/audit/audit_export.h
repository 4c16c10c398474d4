#pragma once

#include "core/audit/audit_log.h"
#include "server/audit/checkpoint_signer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cb::server {

// What an export carries besides its events: enough for someone outside the
// clinic to check it, and for `audit verify --anchor` to check the store later.
struct ExportContext
{
    QJsonObject filters;          // as the caller gave them
    std::int64_t generatedAtMs = 0;
    bool capped = false;          // more events matched than one export holds
    QList<AuditCheckpoint> checkpoints;
    QByteArray publicKey;
};

// {"format", "times", "generated_at_ms", "filters", "count", "capped", "events": [...],
//  "public_key", "checkpoints": [...]}; times are UTC milliseconds.
QByteArray auditExportJson(const QList<audit::AuditEvent> &events, const ExportContext &context);
// RFC 4180 rows (seq, at_ms, at_utc, actor, action, target, detail), then a blank
// line and the anchors: "#public_key,<hex>", then "#checkpoint,seq,hash,at_ms,signature" rows.
QByteArray auditExportCsv(const QList<audit::AuditEvent> &events, const ExportContext &context);

struct ExportAnchors
{
    QByteArray publicKey;
    QList<AuditCheckpoint> checkpoints;
};
// The checkpoints an earlier export (JSON or CSV) carries; nullopt with *error when it is neither.
std::optional<ExportAnchors> anchorsFromExport(const QByteArray &bytes, QString *error);

} // namespace cb::server
