#include "server/audit/audit_export.h"

#include "server/audit/audit_checkpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace cb::server {

namespace {
const QString FormatName = QStringLiteral("carebridge-audit-export/1");

QString utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// Quoted always; a cell a spreadsheet would run as a formula gets a leading
// apostrophe (OWASP's advice for CSV injection).
QByteArray csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())) {
        cell.prepend(QLatin1Char('\''));
    }
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + cell.toUtf8() + '"';
}

QJsonArray checkpointsJson(const QList<AuditCheckpoint> &checkpoints)
{
    QJsonArray array;
    for (const AuditCheckpoint &checkpoint : checkpoints) {
        array.append(AuditCheckpoints::toJson(checkpoint));
    }
    return array;
}
} // namespace

QByteArray auditExportJson(const QList<audit::AuditEvent> &events, const ExportContext &context)
{
    QJsonArray rows;
    for (const audit::AuditEvent &event : events) {
        rows.append(QJsonObject{{QStringLiteral("seq"), qint64(event.seq)},
                                {QStringLiteral("at_ms"), qint64(event.atMs)},
                                {QStringLiteral("at_utc"), utc(event.atMs)},
                                {QStringLiteral("actor"), event.actor},
                                {QStringLiteral("action"), event.action},
                                {QStringLiteral("target"), event.target},
                                {QStringLiteral("detail"), event.detail}});
    }
    const QJsonObject body{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("times"), QStringLiteral("UTC, milliseconds since 1970-01-01")},
                           {QStringLiteral("generated_at_ms"), qint64(context.generatedAtMs)},
                           {QStringLiteral("filters"), context.filters},
                           {QStringLiteral("count"), qint64(events.size())},
                           {QStringLiteral("capped"), context.capped},
                           {QStringLiteral("events"), rows},
                           {QStringLiteral("public_key"), QString::fromLatin1(context.publicKey.toHex())},
                           {QStringLiteral("checkpoints"), checkpointsJson(context.checkpoints)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray auditExportCsv(const QList<audit::AuditEvent> &events, const ExportContext &context)
{
    QByteArray out = "seq,at_ms,at_utc,actor,action,target,detail\r\n";
    for (const audit::AuditEvent &event : events) {
        out += QByteArray::number(event.seq) + ',' + QByteArray::number(event.atMs) + ',' + csvCell(utc(event.atMs)) + ',' +
               csvCell(event.actor) + ',' + csvCell(event.action) + ',' + csvCell(event.target) + ',' +
               csvCell(QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Compact))) + "\r\n";
    }
    out += "\r\n#format," + FormatName.toLatin1() + ",times UTC ms,count," + QByteArray::number(events.size()) +
           ",capped," + (context.capped ? "true" : "false") + "\r\n";
    out += "#public_key," + context.publicKey.toHex() + "\r\n";
    for (const AuditCheckpoint &checkpoint : context.checkpoints) {
        out += "#checkpoint," + QByteArray::number(checkpoint.seq) + ',' + checkpoint.hash.toHex() + ',' +
               QByteArray::number(checkpoint.atMs) + ',' + checkpoint.signature.toHex() + "\r\n";
    }
    return out;
}

std::optional<ExportAnchors> anchorsFromExport(const QByteArray &bytes, QString *error)
{
    ExportAnchors anchors;
    if (bytes.trimmed().startsWith('{')) {
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        if (json.value(QStringLiteral("format")).toString() != FormatName) {
            *error = QStringLiteral("not a Carebridge audit export");
            return std::nullopt;
        }
        anchors.publicKey = QByteArray::fromHex(json.value(QStringLiteral("public_key")).toString().toLatin1());
        for (const QJsonValue &value : json.value(QStringLiteral("checkpoints")).toArray()) {
            const auto checkpoint = AuditCheckpoints::fromJson(value.toObject());
            if (!checkpoint) {
                *error = QStringLiteral("a checkpoint in the export does not parse");
                return std::nullopt;
            }
            anchors.checkpoints.append(*checkpoint);
        }
        return anchors;
    }
    bool sawFormat = false;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const QList<QByteArray> cells = line.split(',');
        if (line.startsWith("#format,")) {
            sawFormat = cells.value(1) == FormatName.toLatin1();
        } else if (line.startsWith("#public_key,")) {
            anchors.publicKey = QByteArray::fromHex(cells.value(1));
        } else if (line.startsWith("#checkpoint,")) {
            bool seqOk = false;
            bool atOk = false;
            const AuditCheckpoint checkpoint{cells.value(1).toLongLong(&seqOk), QByteArray::fromHex(cells.value(2)),
                                             cells.value(3).toLongLong(&atOk), QByteArray::fromHex(cells.value(4))};
            if (cells.size() != 5 || !seqOk || !atOk || checkpoint.hash.size() != 32) {
                *error = QStringLiteral("a checkpoint line in the export does not parse");
                return std::nullopt;
            }
            anchors.checkpoints.append(checkpoint);
        }
    }
    if (!sawFormat) {
        *error = QStringLiteral("not a Carebridge audit export");
        return std::nullopt;
    }
    return anchors;
}

} // namespace cb::server
