#pragma once

#include "core/api/admin_dto.h"

#include <QAbstractTableModel>
#include <QList>

namespace cb::ui {

// Live sessions as rows. Display text is local time; Qt::UserRole holds the raw
// value each column sorts by (UTC milliseconds for times).
class SessionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Roles, Workstation, Address, Started, LastActive, State, ColumnCount };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(QList<api::LiveSessionDto> sessions);
    const api::LiveSessionDto *session(int row) const;
    int rowOf(const QString &sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<api::LiveSessionDto> m_sessions;
};

// Local time for people; the store keeps UTC.
QString localTime(std::int64_t utcMs);

} // namespace cb::ui
