#include "ui/admin/backup_status.h"

#include <QDateTime>
#include <QLocale>

namespace cb::ui {

BackupStatus::BackupStatus(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("backupStatus"));
}

void BackupStatus::show(const QJsonObject &backups, qint64 nowMs)
{
    const QLocale locale;
    const auto when = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    const QJsonObject backup = backups.value(QStringLiteral("last_backup")).toObject();
    const QJsonObject drill = backups.value(QStringLiteral("last_drill")).toObject();
    const qint64 backupAt = backup.value(QStringLiteral("at_ms")).toInteger();
    QString text = backupAt > 0 ? tr("Last verified backup: %1 (%2).")
                                      .arg(when(backupAt), locale.formattedDataSize(backup.value(QStringLiteral("bytes")).toInteger()))
                                : tr("No verified backup yet.");
    const qint64 drillAt = drill.value(QStringLiteral("at_ms")).toInteger();
    text += QLatin1Char(' ') + (drillAt > 0 ? tr("Last restore drill: %1.").arg(when(drillAt)) : tr("No restore drill yet."));
    m_warning = backupAt <= 0 || nowMs - backupAt > StaleAfterMs;
    if (m_warning) {
        text = tr("Warning: the last verified backup is more than a day old. Check carebridge-backup.timer on the server "
                  "(docs/runbook-emergency.md).") +
               QLatin1Char(' ') + text;
    }
    QFont bold = font();
    bold.setBold(m_warning);
    setFont(bold);
    setText(text);
}

} // namespace cb::ui
