#include "ui/inbox/conversation_list_model.h"

#include "client/inbox/inbox_service.h"
#include "core/phone/phone_numbers.h"
#include "ui/inbox/message_words.h"
#include "ui/shell/local_time.h"

#include <QDateTime>
#include <QPoint>
#include <QLocale>

namespace cb::ui {

QString ConversationListModel::statusText(const model::Conversation &conversation)
{
    switch (conversation.status) {
    case model::ConversationStatus::Open: return tr("open");
    case model::ConversationStatus::Pending: return tr("pending");
    case model::ConversationStatus::Snoozed:
        return tr("snoozed until %1").arg(localtime::withTime(conversation.snoozedUntilMs));
    case model::ConversationStatus::Resolved: return tr("resolved");
    }
    return {};
}

ConversationListModel::ConversationListModel(client::InboxService &inbox, QObject *parent)
    : QAbstractListModel(parent), m_inbox(inbox)
{
}

void ConversationListModel::setView(client::InboxView view)
{
    m_view = view;
    beginResetModel();
    m_rows.clear();
    m_matches.clear();
    m_exhausted = false;
    endResetModel();
}

void ConversationListModel::setSearch(const QString &search)
{
    m_search = search;
    setView(m_view);
}

void ConversationListModel::reload()
{
    const int shown = std::max<int>(PageSize, int(m_rows.size()));
    if (!m_inbox.cache()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return;
    }
    const auto rows = m_inbox.cache()->conversations(m_view, m_inbox.myId(), m_search, shown, 0);
    m_matches.clear();
    addMatches(rows);
    // Same length: update in place so the selection and scroll position stay.
    if (rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_exhausted = rows.size() < shown;
    endResetModel();
}

std::int64_t ConversationListModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ConversationListModel::rowOf(std::int64_t conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == conversationId) {
            return row;
        }
    }
    return -1;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const model::Conversation &conversation = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: { // for screen readers and tests; ConversationDelegate draws the row
        QString first = data(index, NameRole).toString();
        if (conversation.unreadCount > 0) {
            first += QStringLiteral("  (%1)").arg(conversation.unreadCount);
        }
        return first + QStringLiteral("   ") + data(index, TimeRole).toString() + QLatin1Char('\n') + data(index, PreviewRole).toString();
    }
    case NameRole: return conversation.contact.profileName.isEmpty() ? phone::display(conversation.contact.waId) : conversation.contact.profileName;
    case TimeRole: return localtime::brief(conversation.lastMessageAtMs);
    case PreviewRole: return preview(conversation).text;
    case HighlightsRole: {
        QVariantList ranges;
        for (const SearchMatch::Range &range : preview(conversation).ranges) {
            ranges.append(QPoint(range.start, range.length));
        }
        return ranges;
    }
    case Qt::AccessibleTextRole:
        return conversation.contact.profileName;
    case ConversationIdRole: return qint64(conversation.id);
    case UnreadRole: return conversation.unreadCount;
    case StatusRole: return QLatin1String(model::conversationStatusName(conversation.status));
    default: return {};
    }
}

SearchMatch::Excerpt ConversationListModel::preview(const model::Conversation &conversation) const
{
    const auto match = m_matches.constFind(conversation.id);
    SearchMatch::Excerpt shown = match != m_matches.cend() ? *match
                                                           : SearchMatch::Excerpt{MessageWords::preview(conversation.previewKind, conversation.preview), {}};
    if (conversation.status != model::ConversationStatus::Open) {
        const QString status = QLatin1Char('[') + statusText(conversation) + QStringLiteral("] ");
        shown.text.prepend(status);
        for (SearchMatch::Range &range : shown.ranges) {
            range.start += int(status.size());
        }
    }
    return shown;
}

void ConversationListModel::addMatches(const QList<model::Conversation> &rows)
{
    if (m_search.trimmed().isEmpty() || rows.isEmpty()) {
        return;
    }
    QList<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const model::Conversation &conversation : rows) {
        ids.append(conversation.id);
    }
    const QHash<std::int64_t, QString> matches = m_inbox.cache()->matchingMessages(ids, m_search);
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        m_matches.insert(it.key(), SearchMatch::excerpt(it.value(), m_search));
    }
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_inbox.cache();
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const auto page = m_inbox.cache()->conversations(m_view, m_inbox.myId(), m_search, PageSize, int(m_rows.size()));
    m_exhausted = page.size() < PageSize;
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    addMatches(page);
    m_rows.append(page);
    endInsertRows();
}

} // namespace cb::ui
