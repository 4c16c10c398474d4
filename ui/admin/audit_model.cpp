#include "ui/admin/audit_model.h"

#include "ui/admin/sessions_model.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimeZone>

namespace cb::ui {

namespace {
QString compactValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return value.toVariant().toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

// Events name a workstation or an address in their detail when there was one.
QString workstationOf(const QJsonObject &detail)
{
    QStringList parts;
    for (const char *key : {"workstation", "device_name", "device", "device_id"}) {
        if (const QString value = detail.value(QLatin1String(key)).toString(); !value.isEmpty()) {
            parts << value;
            break;
        }
    }
    for (const char *key : {"address", "ip", "remote_address"}) {
        if (const QString value = detail.value(QLatin1String(key)).toString(); !value.isEmpty()) {
            parts << value;
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

AuditModel::AuditModel(client::AuditService &audit, QObject *parent) : QAbstractTableModel(parent), m_audit(audit) {}

QString AuditModel::compactDetail(const QJsonObject &detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        parts << it.key() + QStringLiteral(": ") + compactValue(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

void AuditModel::setFilter(const client::AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_events.clear();
    m_next.reset();
    m_started = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    load();
}

const client::AuditEventRow *AuditModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && m_next.has_value() && !m_loading;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        load();
    }
}

void AuditModel::load()
{
    if (m_loading) {
        return; // one page at a time
    }
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    const std::optional<qint64> before = m_started ? m_next : std::nullopt;
    m_audit.page(m_filter, before,
                 [self = QPointer<AuditModel>(this), generation](const QList<client::AuditEventRow> &events,
                                                                 std::optional<qint64> next, const QString &error) {
                     if (!self || generation != self->m_generation) {
                         return;
                     }
                     self->m_loading = false;
                     if (!error.isEmpty()) {
                         emit self->loadingChanged(false);
                         emit self->failed(error);
                         return;
                     }
                     self->m_started = true;
                     self->m_next = next;
                     if (!events.isEmpty()) {
                         const int first = int(self->m_events.size());
                         self->beginInsertRows({}, first, first + int(events.size()) - 1);
                         self->m_events += events;
                         self->endInsertRows();
                     }
                     emit self->loadingChanged(false);
                 });
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const client::AuditEventRow *row = event(index.row());
    if (row == nullptr) {
        return {};
    }
    if (role == SeqRole) {
        return row->seq;
    }
    if (index.column() == Time) {
        switch (role) {
        case Qt::DisplayRole: return localTime(row->atMs);
        case Qt::UserRole: return row->atMs;
        case Qt::ToolTipRole:
            return tr("%1 UTC (event %2)")
                .arg(QDateTime::fromMSecsSinceEpoch(row->atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                .arg(row->seq);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole) {
        return {};
    }
    // People and patients by name; their ids on hover and for sorting and tests (UserRole).
    const auto named = [role](const QString &id, const QString &name) -> QVariant {
        if (role == Qt::DisplayRole && !name.isEmpty()) {
            return name;
        }
        return id;
    };
    switch (index.column()) {
    case Person: return named(row->actor, row->actorName);
    case Action: return row->action;
    case Target: return named(row->target, row->targetName);
    case Workstation: return workstationOf(row->detail);
    case Detail: return compactDetail(row->detail);
    default: return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time: return tr("Time");
    case Person: return tr("Person");
    case Action: return tr("Event");
    case Target: return tr("About");
    case Workstation: return tr("Workstation or address");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace cb::ui
