#pragma once

#include "core/model/conversation.h"
#include "ui/inbox/workspace_memo.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QMenu;
class QToolButton;
class QTimer;

namespace cb::client {
class InboxService;
class ComplianceService;
}

namespace cb::ui {

class ViewTabs;

class Composer;
class ConversationListModel;
class PresenceLine;
class NewAboveBar;
class ThreadPager;
class ThreadModel;

// The shared inbox: views and search on the left, the open thread and the
// composer on the right. Everything frequent has a key:
//   Ctrl+F search · Alt+Down / Alt+Up next / previous conversation ·
//   Ctrl+Shift+M assign to me · Ctrl+Shift+T send to triage ·
//   Ctrl+Shift+A assign menu · Ctrl+Shift+S status and snooze menu ·
//   Ctrl+Shift+R resolve · Ctrl+Shift+E escalate to the secure portal ·
//   Ctrl+Enter send · Ctrl+1…5 views
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
    QMenu *assignMenu() const { return m_assignMenu; }
    QMenu *statusMenu() const;
    QMenu *portalMenu() const { return m_portalMenu; }
    // Escalates the open conversation (or sends a new link when the last one
    // expired or locked); when the patient's link is live, just switches channel.
    void escalateOpenConversation();
    static QString portalStateText(const model::Conversation &conversation, std::int64_t nowMs);

    // Where the person is (inbox_view_memo.cpp): taken before a lock, given back after it.
    WorkspaceMemo memo() const;
    void restore(const WorkspaceMemo &memo);

    // How long typing must pause before the list searches (the cache, then the server).
    static constexpr int SearchPauseMs = 150;

private:
    void runSearch();
    void cameBack();
    void buildShortcuts();
    void onSelection();
    void refreshHeader();
    void step(int delta);
    void fillAssignMenu();
    void buildStatusMenu();
    void editConsent();
    void showImage(const QModelIndex &index);
    void fillPortalMenu(QMenu *menu);
    void editDateOfBirth();
    // "Report an incident…" about this conversation (any role may report).
    void reportIncident(std::int64_t conversationId);
    void showListMenu(const QPoint &at);
    void showMessageMenu(const QPoint &at);
    // Opens the remembered conversation once the list holds it.
    void applyPendingRestore();

    client::InboxService &m_inbox;
    std::optional<WorkspaceMemo> m_pendingRestore;
    // The patient wrote in the open conversation while the window was in the
    // background: it is read when the person comes back (not after "Mark unread").
    bool m_arrivedWhileAway = false;
    ConversationListModel *m_list;
    ThreadModel *m_thread;
    ViewTabs *m_views;
    QLineEdit *m_search;
    QListView *m_conversations;
    QLabel *m_header;
    QLabel *m_connection;
    QLabel *m_consentLine;
    QToolButton *m_assign;
    QMenu *m_assignMenu;
    QToolButton *m_status;
    QPushButton *m_resolve;
    QPushButton *m_consent;
    QLabel *m_portalLine;
    PresenceLine *m_presenceLine;
    NewAboveBar *m_newAbove = nullptr;
    QTimer *m_searchPause = nullptr;
    ThreadPager *m_pager = nullptr;
    QToolButton *m_portal;
    QMenu *m_portalMenu;
    client::ComplianceService *m_compliance = nullptr;
    QListView *m_messages;
    Composer *m_composer;
};

} // namespace cb::ui
