#include "ui/shell/main_window.h"

#include "client/session/auto_lock.h"
#include "client/net/health_monitor.h"
#include "client/inbox/inbox_service.h"
#include "core/policy/permissions.h"
#include "ui/identity/account_home.h"
#include "ui/identity/account_dialogs.h"
#include "ui/inbox/inbox_view.h"
#include "ui/inbox/workspace_memo.h"
#include "ui/identity/lock_screen.h"
#include "ui/shell/settings_dialog.h"
#include "ui/shell/theme.h"
#include "ui/identity/login_view.h"
#include "ui/identity/recovery_codes_dialog.h"
#include "ui/shell/clipboard_guard.h"
#include "ui/shell/server_status_indicator.h"
#include "ui/identity/staff_admin_dialog.h"
#include "ui/admin/admin_console.h"
#include "ui/admin/step_up_dialog.h"
#include "client/net/server_connection.h"
#include "client/account/account_service.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QGridLayout>
#include <QVBoxLayout>

namespace cb::ui {

using State = client::SessionManager::State;

MainWindow::MainWindow(DesktopServices services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_session(services.session),
      m_indicator(new ServerStatusIndicator(this)), m_idleBanner(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_login(new LoginView(services.session, this))
{
    client::HealthMonitor &health = services.health;
    client::SessionManager &session = services.session;
    client::AutoLock &autoLock = services.autoLock;
    // The title never carries patient data or names: product name only.
    setWindowTitle(tr("Carebridge"));
    resize(960, 640);

    m_idleBanner->setObjectName(QStringLiteral("idleBanner"));
    theme::markAsBanner(m_idleBanner);
    m_idleBanner->setMargin(8);
    m_idleBanner->setWordWrap(true);
    m_idleBanner->setAlignment(Qt::AlignCenter);
    m_idleBanner->hide();

    // The countdown lies over the top of the page instead of pushing it down:
    // nothing under the pointer moves while someone is about to lose their place.
    auto *centre = new QWidget(this);
    auto *layout = new QGridLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 0, 0);
    layout->addWidget(m_idleBanner, 0, 0, Qt::AlignTop);
    m_idleBanner->raise();
    m_stack->addWidget(m_login);
    setCentralWidget(centre);

    statusBar()->addPermanentWidget(m_indicator);
    connect(&health, &client::HealthMonitor::stateChanged, m_indicator, &ServerStatusIndicator::showState);
    connect(&health, &client::HealthMonitor::clinicNameChanged, m_login, &LoginView::setClinicName);
    m_login->setClinicName(health.clinicName());
    connect(&session, &client::SessionManager::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_services.account, &client::AccountService::passwordChanged, &session, &client::SessionManager::notePasswordChanged);
    // Admin changes may ask for the password and code again (step-up).
    m_services.server.setStepUpHandler([this](std::function<void(bool)> answer) {
        auto *dialog = new StepUpDialog(m_services.account, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [answer](int result) { answer(result == QDialog::Accepted); });
        dialog->open();
    });
    connect(&m_services.inbox, &client::InboxService::newPatientMessages, this, &MainWindow::notifyNewMessages);
    connect(&m_services.inbox, &client::InboxService::mentioned, this, &MainWindow::notifyMention);
    connect(&session, &client::SessionManager::sessionEnded, m_login, &LoginView::showNotice);
    connect(&session, &client::SessionManager::recoveryCodesIssued, this, [this](const QStringList &codes) {
        auto *dialog = new RecoveryCodesDialog(codes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(&session, &client::SessionManager::failedAttemptsReported, this, &MainWindow::warnOfFailedAttempts);
    connect(&autoLock, &client::AutoLock::countdown, this, [this](int seconds) {
        m_idleBanner->setText(tr("For privacy, Carebridge locks in %n second(s). Move the mouse or press a key to "
                                 "stay signed in.", nullptr, seconds));
        m_idleBanner->show();
    });
    connect(&autoLock, &client::AutoLock::countdownCancelled, m_idleBanner, &QWidget::hide);
    connect(&autoLock, &client::AutoLock::signedOutForInactivity, m_login, &LoginView::showNotice);
    buildMenus();
    onStateChanged(session.state());
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

MainWindow::~MainWindow()
{
    m_services.server.setStepUpHandler({}); // it opens dialogs on this window
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *check = file->addAction(tr("Check &server now"));
    check->setShortcut(QKeySequence::Refresh);
    connect(check, &QAction::triggered, &m_services.health, &client::HealthMonitor::checkNow);
    QAction *settings = file->addAction(tr("S&ettings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    QAction *lock = account->addAction(tr("&Lock now"));
    lock->setObjectName(QStringLiteral("lockNow"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, [this] { m_session.lock(QStringLiteral("manual")); });
    QAction *password = account->addAction(tr("Change &password…"));
    connect(password, &QAction::triggered, this, [this] { openChangePasswordDialog(m_services.account, this); });
    QAction *sessions = account->addAction(tr("Where I am &signed in…"));
    connect(sessions, &QAction::triggered, this, [this] { openMySessionsDialog(m_services.account, this); });
    QAction *staff = account->addAction(tr("&Manage staff…"));
    staff->setObjectName(QStringLiteral("manageStaff"));
    connect(staff, &QAction::triggered, this, [this] {
        auto *dialog = new StaffAdminDialog(m_services.staffAdmin, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_staffAction = staff;
    QAction *console = account->addAction(tr("A&dministration…"));
    console->setObjectName(QStringLiteral("adminConsole"));
    // Not Ctrl+Shift+M: that is "assign to me" in the inbox, and a person may hold both roles.
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(console, &QAction::triggered, this, [this] {
        auto *dialog = new AdminConsole(m_services.server, m_session.user().roles, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_consoleAction = console;
    account->addSeparator();
    QAction *signOut = account->addAction(tr("Sign &out"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(signOut, &QAction::triggered, &m_session, &client::SessionManager::signOut);
    m_signedInActions = {lock, password, sessions, signOut};

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Carebridge"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Carebridge"),
                           tr("Carebridge %1\nSecure messaging for clinic staff.").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showTransient(QWidget *page)
{
    if (m_transient) {
        m_stack->removeWidget(m_transient);
        delete m_transient; // gone, not hidden: nothing it showed survives in memory as a widget
    }
    m_transient = page;
    if (page != nullptr) {
        m_stack->addWidget(page);
        m_stack->setCurrentWidget(page);
        // The keyboard goes where the page says (its focus proxy), not nowhere: the
        // widget that had it was just deleted with the page before.
        if (page->focusProxy() != nullptr) {
            page->setFocus(Qt::OtherFocusReason);
        }
    } else {
        m_stack->setCurrentWidget(m_login);
    }
}

void MainWindow::closeEverythingShowingData()
{
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
    }
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window != this && window->isVisible() && window->isWindow()) {
            window->close(); // dialogs and any other window of ours
        }
    }
    clearOwnedClipboards();
    m_idleBanner->hide();
}

void MainWindow::onStateChanged(State state)
{
    const bool active = state == State::Active;
    for (QAction *action : m_signedInActions) {
        action->setEnabled(active);
    }
    // Shown only to roles the server would allow; the server checks again anyway.
    m_staffAction->setVisible(active && policy::rolesAllow(m_session.user().roles, policy::Permission::ManageStaff));
    m_consoleAction->setVisible(active && AdminConsole::availableTo(m_session.user().roles));
    switch (state) {
    case State::Active:
        m_login->showNotice({});
        if (m_session.passwordChangeRequired()) {
            showTransient(new AccountHome(m_session.user(), this));
            openChangePasswordDialog(m_services.account, this,
                                     tr("An administrator set your password. Choose your own before you continue."));
        } else if (m_services.inbox.isRunning()) {
            auto *inbox = new InboxView(m_services.inbox, this);
            showTransient(inbox);
            // Back from a lock: exactly where the person was, draft included.
            if (m_lockedWork) {
                if (const auto memo = WorkspaceMemo::open(*m_lockedWork)) {
                    inbox->restore(*memo);
                }
                m_lockedWork.reset();
            }
        } else {
            showTransient(new AccountHome(m_session.user(), this, m_consoleAction->isVisible() ? m_consoleAction : nullptr));
        }
        break;
    case State::Locked:
        if (auto *inbox = qobject_cast<InboxView *>(currentPage())) {
            m_lockedWork = inbox->memo().seal(); // locked memory only; the view itself goes
        }
        closeEverythingShowingData();
        showTransient(new LockScreen(m_session, this));
        break;
    case State::SignedOut:
    case State::AwaitingCode:
    case State::AwaitingEnrolment:
        m_lockedWork.reset(); // the next person starts from nothing
        closeEverythingShowingData();
        showTransient(nullptr);
        break;
    }
}

// A count only: a notification may be read by anyone passing the screen.
void MainWindow::warnOfFailedAttempts(int count, qint64 lastAtMs)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Failed sign-in attempts"),
                                tr("There were %n failed attempt(s) to sign in to your account since you last signed "
                                   "in, the latest on %1. If they were not yours, tell your administrator.",
                                   nullptr, count)
                                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastAtMs), QLocale::ShortFormat)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("failedAttemptsWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QSystemTrayIcon *MainWindow::tray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return nullptr;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    return m_tray;
}

// A colleague's name, never the patient's: the note waits in Mentions (Ctrl+5).
void MainWindow::notifyMention(std::int64_t byUserId)
{
    const client::Colleague *by = m_services.inbox.colleague(byUserId);
    const QString who = by ? by->displayName : tr("A colleague");
    if (tray() && !isActiveWindow()) {
        m_tray->showMessage(tr("Carebridge"), tr("%1 mentioned you in a note. See Mentions (Ctrl+5).").arg(who),
                            QSystemTrayIcon::Information, 5000);
    }
    statusBar()->showMessage(tr("%1 mentioned you in a note. See Mentions (Ctrl+5).").arg(who), 10000);
}

void MainWindow::notifyNewMessages(int count)
{
    if (!tray()) {
        return;
    }
    const int unread = m_services.inbox.cache() ? m_services.inbox.cache()->unreadTotal() : count;
    m_tray->setToolTip(tr("Carebridge: %n unread message(s)", nullptr, unread));
    if (!isActiveWindow()) {
        m_tray->showMessage(tr("Carebridge"), tr("%n new message(s)", nullptr, count), QSystemTrayIcon::Information, 5000);
    }
}

} // namespace cb::ui
