#pragma once

#include "client/session/session_manager.h"
#include "core/crypto/secret_bytes.h"
#include "ui/shell/desktop_services.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;

namespace cb::ui {

class LoginView;
class ServerStatusIndicator;

// The desktop's one window. Signed out it shows the sign-in; signed in, the
// workspace; locked, only the lock screen. Locking destroys every widget that
// showed data (it is not an overlay), closes dialogs and menus and clears the
// clipboard if Carebridge put something there.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DesktopServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerStatusIndicator *statusIndicator() const { return m_indicator; }
    QWidget *currentPage() const;

private:
    void buildMenus();
    void onStateChanged(client::SessionManager::State state);
    void showTransient(QWidget *page);
    void closeEverythingShowingData();

    DesktopServices m_services;
    client::SessionManager &m_session;
    ServerStatusIndicator *m_indicator;
    QLabel *m_idleBanner;
    QStackedWidget *m_stack;
    LoginView *m_login;
    QPointer<QWidget> m_transient; // the workspace or the lock screen: never both
    // While locked: where the person was (view, search, conversation, draft), in
    // locked memory; given back at unlock, dropped at sign-out.
    std::optional<crypto::SecretBytes> m_lockedWork;
    QList<QAction *> m_signedInActions;
    QAction *m_staffAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    void notifyNewMessages(int count);
    void notifyMention(std::int64_t byUserId);
    QSystemTrayIcon *tray(); // null where the desktop has no tray
    // After sign-in: others failed to sign in to this account since last time.
    void warnOfFailedAttempts(int count, qint64 lastAtMs);
};

} // namespace cb::ui
