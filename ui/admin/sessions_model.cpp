#include "ui/admin/sessions_model.h"

#include <QDateTime>
#include <QLocale>

namespace cb::ui {

QString localTime(std::int64_t utcMs)
{
    if (utcMs <= 0) {
        return {};
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

void SessionsModel::setSessions(QList<api::LiveSessionDto> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

const api::LiveSessionDto *SessionsModel::session(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int SessionsModel::rowOf(const QString &sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions[row].id == sessionId) {
            return row;
        }
    }
    return -1;
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    const api::LiveSessionDto *row = session(index.row());
    if (row == nullptr) {
        return {};
    }
    if (role == SessionIdRole) {
        return row->id;
    }
    if (role == Qt::ToolTipRole && index.column() == Workstation) {
        // Two machines may share a name. The id is the workstation's own choice:
        // escaped, and marked as rich text, so it is shown and never interpreted.
        return QStringLiteral("<qt>%1</qt>").arg(tr("Device %1").arg(row->deviceId).toHtmlEscaped());
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole) {
        return {};
    }
    const bool sortKey = role == Qt::UserRole;
    switch (index.column()) {
    case Person:
        return row->current ? tr("%1 (you)").arg(row->displayName) : row->displayName;
    case Roles: {
        QStringList titles;
        for (policy::Role r : row->roles) {
            titles << policy::roleTitle(r);
        }
        return titles.join(QStringLiteral(", "));
    }
    case Workstation: return row->workstation.isEmpty() ? row->deviceId.left(8) : row->workstation;
    case Address: return row->address;
    case Started: return sortKey ? QVariant(qint64(row->startedAtMs)) : QVariant(localTime(row->startedAtMs));
    case LastActive: return sortKey ? QVariant(qint64(row->lastActiveAtMs)) : QVariant(localTime(row->lastActiveAtMs));
    case State: return row->locked ? tr("Locked") : tr("Active");
    default: return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Person: return tr("Person");
    case Roles: return tr("Roles");
    case Workstation: return tr("Workstation");
    case Address: return tr("Address");
    case Started: return tr("Signed in");
    case LastActive: return tr("Last active");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace cb::ui
