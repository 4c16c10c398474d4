#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabBar;

namespace cb::client {
class InboxService;
}

namespace cb::ui {

class Composer;
class ConversationListModel;
class ThreadModel;

// The shared inbox: views and search on the left, the open thread and the
// composer on the right. Everything frequent has a key:
//   Ctrl+F search · Alt+Down / Alt+Up next / previous conversation ·
//   Ctrl+Shift+M assign to me · Ctrl+Shift+T send to triage ·
//   Ctrl+Shift+R resolve · Ctrl+Enter send · Ctrl+1…4 views
class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(client::InboxService &inbox, QWidget *parent = nullptr);

    // For tests and the status bar.
    std::int64_t openConversationId() const;
    ConversationListModel *listModel() const { return m_list; }
    ThreadModel *threadModel() const { return m_thread; }
    Composer *composer() const { return m_composer; }
    void selectRow(int row);

private:
    void buildShortcuts();
    void onSelection();
    void refreshHeader();
    void step(int delta);

    client::InboxService &m_inbox;
    ConversationListModel *m_list;
    ThreadModel *m_thread;
    QTabBar *m_views;
    QLineEdit *m_search;
    QListView *m_conversations;
    QLabel *m_header;
    QLabel *m_connection;
    QPushButton *m_assignMe;
    QPushButton *m_triage;
    QPushButton *m_resolve;
    QListView *m_messages;
    Composer *m_composer;
};

} // namespace cb::ui
