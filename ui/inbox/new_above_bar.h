#pragma once

#include <QPushButton>
#include <QSet>

#include <cstdint>

class QListView;

namespace cb::ui {

class ConversationListModel;

// "3 new ↑" above the conversation list. When conversations arrive (or move up
// with new activity) above the rows the person is looking at, the list keeps
// those rows still and this button says how many came in above; one click, or
// Home in the list, goes there. At the top of the list the newcomers simply
// show at the top. InboxView brackets each list reload with keep() and settle().
class NewAboveBar : public QPushButton
{
    Q_OBJECT
public:
    NewAboveBar(QListView &list, ConversationListModel &model, QWidget *parent = nullptr);

    // Before the model changes: where the person is.
    void keep();
    // After: the same rows stay in view, and what arrived above them is counted.
    void settle();
    int count() const { return int(m_new.size()); }

private:
    void goToTop();
    void refresh();

    QListView &m_list;
    ConversationListModel &m_model;
    bool m_atTop = true;
    std::int64_t m_anchor = 0;  // the conversation at the top of the view
    QSet<std::int64_t> m_above; // the conversations above it, before the change
    QSet<std::int64_t> m_new;   // arrived above since the person last was at the top
};

} // namespace cb::ui
