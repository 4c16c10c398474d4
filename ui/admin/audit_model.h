#pragma once

#include "client/admin/audit_service.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace cb::ui {

// The audit trail, newest first, read lazily: a view that scrolls near the end
// asks canFetchMore/fetchMore, which loads the next keyset page (one request in
// flight at a time). Display text is local time; Qt::UserRole keeps UTC ms.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Person, Action, Target, Workstation, Detail, ColumnCount };
    static constexpr int SeqRole = Qt::UserRole + 1;

    explicit AuditModel(client::AuditService &audit, QObject *parent = nullptr);

    // Forgets every row and loads the first page for these filters.
    void setFilter(const client::AuditFilter &filter);
    const client::AuditFilter &filter() const { return m_filter; }
    const client::AuditEventRow *event(int row) const;
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_started && !m_next && !m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "{"count":3}" without braces and quotes: count: 3, reason: idle
    static QString compactDetail(const QJsonObject &detail);

signals:
    void loadingChanged(bool loading);
    // A page failed: the message is for the person; scrolling tries again.
    void failed(const QString &message);

private:
    void load();

    client::AuditService &m_audit;
    client::AuditFilter m_filter;
    QList<client::AuditEventRow> m_events;
    std::optional<qint64> m_next;
    bool m_started = false;
    bool m_loading = false;
    quint64 m_generation = 0; // answers for an older filter are dropped
};

} // namespace cb::ui
