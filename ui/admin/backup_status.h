#pragma once

#include <QJsonObject>
#include <QLabel>

namespace cb::ui {

// The dashboard's line about the contingency plan: the last verified backup and
// the last restore drill, with a warning when the backup is more than a day old
// (or there has never been one).
class BackupStatus : public QLabel
{
    Q_OBJECT
public:
    explicit BackupStatus(QWidget *parent = nullptr);

    // `backups` is the dashboard's "backups" object; `nowMs` the current time.
    void show(const QJsonObject &backups, qint64 nowMs);
    bool warning() const { return m_warning; }

    static constexpr qint64 StaleAfterMs = 24LL * 3600 * 1000;

private:
    bool m_warning = false;
};

} // namespace cb::ui
