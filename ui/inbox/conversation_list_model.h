#pragma once

#include "client/inbox/inbox_cache.h"
#include "ui/inbox/search_match.h"

#include <QAbstractListModel>

namespace cb::client {
class InboxService;
}

namespace cb::ui {

// The conversation list as a lazy model: rows come from the encrypted cache a
// page at a time (canFetchMore/fetchMore), so thousands of conversations stay
// smooth. A change asks the cache for the ids and revisions of the rows shown
// and reads, moves, inserts or redraws only the rows that changed: the view's
// selection and scroll position stay, and 5,000 loaded rows cost no more than 100.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    // HighlightsRole: where PreviewRole's text matches the search, as a list of
    // QPoint(start, length) (the delegate draws those words in bold).
    enum Roles { ConversationIdRole = Qt::UserRole + 1, UnreadRole, StatusRole, NameRole, TimeRole, PreviewRole, HighlightsRole };

    explicit ConversationListModel(client::InboxService &inbox, QObject *parent = nullptr);

    void setView(client::InboxView view);
    void setSearch(const QString &search);
    // What the server's search found for the same words (conversation id -> the
    // matching message, "" for a name or number): merged into the rows, its
    // message shown when this workstation does not hold it.
    void setServerHits(const QHash<std::int64_t, QString> &hits);
    void reload();
    std::int64_t conversationIdAt(int row) const;
    int rowOf(std::int64_t conversationId) const;
    // Whether this workstation holds more rows for the view than are loaded.
    bool holdsMore() const { return !m_exhausted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // "pending", "snoozed until Tue 08:00"…: where a conversation stands, in words.
    static QString statusText(const model::Conversation &conversation);
    void fetchMore(const QModelIndex &parent) override;

private:
    // A search shows each conversation's matching message instead of its latest.
    SearchMatch::Excerpt preview(const model::Conversation &conversation) const;
    void addMatches(const QList<model::Conversation> &rows);
    QList<std::int64_t> serverFound() const;
    bool serverHasMore() const; // the server has another page for the words searched

    client::InboxService &m_inbox;
    client::InboxView m_view = client::InboxView::All;
    QString m_search;
    QList<model::Conversation> m_rows;
    QHash<std::int64_t, std::int64_t> m_revs;
    QHash<std::int64_t, QString> m_serverHits; // conversation id -> the revision m_rows holds
    // Conversation id -> its newest message matching m_search, cut and its words
    // found once when the page loads (not at every paint).
    QHash<std::int64_t, SearchMatch::Excerpt> m_matches;
    bool m_exhausted = false;
};

} // namespace cb::ui
