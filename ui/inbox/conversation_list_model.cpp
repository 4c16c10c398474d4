#include "ui/inbox/conversation_list_model.h"

#include "client/inbox/inbox_service.h"
#include "core/phone/phone_numbers.h"
#include "ui/inbox/message_words.h"
#include "ui/shell/local_time.h"

#include <QDateTime>
#include <QLocale>
#include <QPoint>
#include <QSet>

namespace cb::ui {

QString ConversationListModel::statusText(const model::Conversation &conversation)
{
    switch (conversation.status) {
    case model::ConversationStatus::Open:
        return tr("open");
    case model::ConversationStatus::Pending:
        return tr("pending");
    case model::ConversationStatus::Snoozed:
        return tr("snoozed until %1").arg(localtime::withTime(conversation.snoozedUntilMs));
    case model::ConversationStatus::Resolved:
        return tr("resolved");
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
    m_revs.clear();
    m_matches.clear();
    m_exhausted = false;
    endResetModel();
}

void ConversationListModel::setSearch(const QString &search)
{
    if (search != m_search) {
        m_serverHits.clear(); // they were for other words
    }
    m_search = search;
    setView(m_view);
}

void ConversationListModel::reload()
{
    if (!m_inbox.cache()) {
        beginResetModel();
        m_rows.clear();
        m_revs.clear();
        m_matches.clear();
        endResetModel();
        return;
    }
    const int shown = std::max<int>(PageSize, int(m_rows.size()));
    const QList<client::InboxCache::RowKey> keys =
        m_inbox.cache()->conversationKeys(m_view, m_inbox.myId(), m_search, shown, serverFound());
    m_exhausted = keys.size() < shown;

    // Whole rows only for what is new or changed since this model last read it.
    QList<std::int64_t> wanted;
    QSet<std::int64_t> inWindow;
    inWindow.reserve(keys.size());
    for (const auto &key : keys) {
        inWindow.insert(key.id);
        if (m_revs.value(key.id, -1) != key.rev) {
            wanted.append(key.id);
        }
    }
    const QHash<std::int64_t, client::InboxCache::Row> fresh =
        m_inbox.cache()->conversationsById(wanted);
    QList<model::Conversation> freshRows;
    freshRows.reserve(fresh.size());
    for (const auto &row : fresh) {
        freshRows.append(row.conversation);
        m_matches.remove(row.conversation.id);
    }
    addMatches(freshRows);

    // 1. Rows that left the window go, in runs from the end (the rows before a
    //    run keep their positions).
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (inWindow.contains(m_rows[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !inWindow.contains(m_rows[first - 1].id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        for (int gone = first; gone <= row; ++gone) {
            m_revs.remove(m_rows[gone].id);
            m_matches.remove(m_rows[gone].id);
        }
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Walk the window in order (`placed` rows are final): a row already here
    //    moves to its place, a run of new rows is inserted at once, a changed
    //    row is redrawn alone. A key whose row cannot be read is skipped.
    int placed = 0;
    for (int key = 0; key < keys.size();) {
        const std::int64_t id = keys[key].id;
        if (!m_revs.contains(id)) {
            QList<const client::InboxCache::Row *> run;
            for (; key < keys.size() && !m_revs.contains(keys[key].id); ++key) {
                if (const auto row = fresh.constFind(keys[key].id); row != fresh.cend()) {
                    run.append(&*row);
                }
            }
            if (run.isEmpty()) {
                continue;
            }
            beginInsertRows({}, placed, placed + int(run.size()) - 1);
            // One pass over the rows below, however long the run (50 newcomers
            // above 5,000 loaded rows shifted them 50 times).
            QList<model::Conversation> rows;
            rows.reserve(m_rows.size() + run.size());
            rows.append(m_rows.mid(0, placed));
            for (const auto *row : run) {
                rows.append(row->conversation);
                m_revs.insert(row->conversation.id, row->rev);
            }
            rows.append(m_rows.mid(placed));
            m_rows = std::move(rows);
            placed += int(run.size());
            endInsertRows();
            continue;
        }
        if (m_rows[placed].id != id) {
            int from = placed + 1;
            while (m_rows[from].id != id) { // known and in the window: it is further down
                ++from;
            }
            beginMoveRows({}, from, from, {}, placed);
            m_rows.move(from, placed);
            endMoveRows();
        }
        if (const auto changed = fresh.constFind(id); changed != fresh.cend()) {
            m_rows[placed] = changed->conversation;
            m_revs.insert(id, changed->rev);
            emit dataChanged(index(placed), index(placed));
        }
        ++placed;
        ++key;
    }
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
        return first + QStringLiteral("   ") + data(index, TimeRole).toString() +
               QLatin1Char('\n') + data(index, PreviewRole).toString();
    }
    case NameRole:
        return conversation.contact.profileName.isEmpty()
                   ? phone::display(conversation.contact.waId)
                   : conversation.contact.profileName;
    case TimeRole:
        return localtime::brief(conversation.lastMessageAtMs);
    case PreviewRole:
        return preview(conversation).text;
    case HighlightsRole: {
        QVariantList ranges;
        for (const SearchMatch::Range &range : preview(conversation).ranges) {
            ranges.append(QPoint(range.start, range.length));
        }
        return ranges;
    }
    case Qt::AccessibleTextRole:
        return conversation.contact.profileName;
    case ConversationIdRole:
        return qint64(conversation.id);
    case UnreadRole:
        return conversation.unreadCount;
    case StatusRole:
        return QLatin1String(model::conversationStatusName(conversation.status));
    default:
        return {};
    }
}

SearchMatch::Excerpt ConversationListModel::preview(const model::Conversation &conversation) const
{
    const auto match = m_matches.constFind(conversation.id);
    SearchMatch::Excerpt shown =
        match != m_matches.cend()
            ? *match
            : SearchMatch::Excerpt{
                  MessageWords::preview(conversation.previewKind, conversation.preview), {}};
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
    // Found on the server in a message this workstation does not hold: its words.
    for (const std::int64_t id : ids) {
        if (const QString text = m_serverHits.value(id); !text.isEmpty() && !m_matches.contains(id)) {
            m_matches.insert(id, SearchMatch::excerpt(text, m_search));
        }
    }
}

void ConversationListModel::setServerHits(const QHash<std::int64_t, QString> &hits)
{
    m_serverHits = hits;
    if (m_search.trimmed().isEmpty()) {
        return;
    }
    // Rows already shown may now have the matching message the server found.
    for (int row = 0; row < m_rows.size(); ++row) {
        const std::int64_t id = m_rows[row].id;
        if (!hits.value(id).isEmpty() && !m_matches.contains(id)) {
            m_matches.insert(id, SearchMatch::excerpt(hits.value(id), m_search));
            emit dataChanged(index(row), index(row));
        }
    }
    reload();
}

QList<std::int64_t> ConversationListModel::serverFound() const
{
    return m_search.trimmed().isEmpty() ? QList<std::int64_t>{} : m_serverHits.keys();
}

bool ConversationListModel::serverHasMore() const
{
    const QString words = m_search.trimmed();
    return !words.isEmpty() && m_inbox.serverSearch().words() == words && m_inbox.serverSearch().hasMore();
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    // Past what this workstation holds, a search may have more pages on the server.
    return !parent.isValid() && m_inbox.cache() && (!m_exhausted || serverHasMore());
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    if (m_exhausted) {
        // The server's next page: what it finds joins the list (setServerHits).
        m_inbox.serverSearch().more();
        return;
    }
    // The window grows by a page: its keys, then whole rows for the ones not here yet.
    const int shown = int(m_rows.size()) + PageSize;
    const QList<client::InboxCache::RowKey> keys =
        m_inbox.cache()->conversationKeys(m_view, m_inbox.myId(), m_search, shown, serverFound());
    m_exhausted = keys.size() < shown;
    QList<std::int64_t> tail;
    for (int i = int(m_rows.size()); i < keys.size(); ++i) {
        if (!m_revs.contains(keys[i].id)) {
            tail.append(keys[i].id);
        }
    }
    const QHash<std::int64_t, client::InboxCache::Row> fresh =
        m_inbox.cache()->conversationsById(tail);
    QList<model::Conversation> page;
    QList<std::int64_t> revs;
    for (const std::int64_t id : tail) {
        if (const auto row = fresh.constFind(id); row != fresh.cend()) {
            page.append(row->conversation);
            revs.append(row->rev);
        }
    }
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    addMatches(page);
    for (int i = 0; i < page.size(); ++i) {
        m_revs.insert(page[i].id, revs[i]);
    }
    m_rows.append(page);
    endInsertRows();
}

} // namespace cb::ui
