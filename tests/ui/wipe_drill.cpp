#include "wipe_drill.h"

#include "desktop_fixture.h"
#include "ui/admin/admin_console.h"
#include "ui/admin/sessions_model.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

#include <cstdio>

namespace cb::test {

namespace {
void say(const QByteArray &line)
{
    std::fputs((line + '\n').constData(), stdout);
    std::fflush(stdout);
}
} // namespace

bool isNurseDesktopChild()
{
    return qEnvironmentVariableIsSet("CB_WIPED_DESKTOP");
}

int runNurseDesktop()
{
    using State = client::SessionManager::State;
    DesktopFixture desktop(qEnvironmentVariable("CB_CHILD_URL"), qEnvironmentVariable("CB_CHILD_FOLDER"));
    desktop.window.show();
    desktop.session.submitPassword(qEnvironmentVariable("CB_CHILD_USER"), qEnvironmentVariable("CB_CHILD_PASSWORD"));
    if (!QTest::qWaitFor([&] { return desktop.session.state() == State::AwaitingCode; }, 15000)) {
        return 2;
    }
    desktop.session.submitCode(qEnvironmentVariable("CB_CHILD_CODE"));
    if (!QTest::qWaitFor([&] {
            return desktop.session.state() == State::Active && desktop.inbox.cache() &&
                   !desktop.inbox.cache()->conversations(client::InboxView::All, 0, {}, 1, 0).isEmpty() &&
                   desktop.inbox.isLive();
        }, 20000)) {
        return 3;
    }
    qint64 lockedAt = 0;
    QObject::connect(&desktop.session, &client::SessionManager::stateChanged, [&lockedAt](State state) {
        if (state == State::SignedOut && lockedAt == 0) {
            lockedAt = QDateTime::currentMSecsSinceEpoch();
        }
    });
    say("ready " + desktop.device.deviceId().toUtf8());
    if (!QTest::qWaitFor([&] { return lockedAt != 0; }, 60000)) {
        return 4;
    }
    say("locked " + QByteArray::number(lockedAt));
    QTest::qWait(100); // the files go right after the state changes
    const QStringList left = QDir(desktop.root + QStringLiteral("/caches")).entryList(QDir::Files);
    say("files " + QByteArray::number(left.size()));
    return 0;
}

QString readChildValue(QProcess &process, const QByteArray &word, int timeoutMs)
{
    QString value;
    (void)QTest::qWaitFor([&] {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(word + ' ')) {
                value = QString::fromUtf8(line.mid(word.size() + 1));
                return true;
            }
        }
        return process.state() == QProcess::NotRunning;
    }, timeoutMs);
    return value;
}

NurseDesktop startNurseDesktop(const QString &serverUrl, const QString &folder, const QString &username,
                               const QString &password, const QString &recoveryCode)
{
    NurseDesktop nurse;
    nurse.folder = folder;
    nurse.process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CB_WIPED_DESKTOP"), QStringLiteral("1"));
    env.insert(QStringLiteral("CB_CHILD_URL"), serverUrl);
    env.insert(QStringLiteral("CB_CHILD_FOLDER"), folder);
    env.insert(QStringLiteral("CB_CHILD_USER"), username);
    env.insert(QStringLiteral("CB_CHILD_PASSWORD"), password);
    env.insert(QStringLiteral("CB_CHILD_CODE"), recoveryCode);
    nurse.process->setProcessEnvironment(env);
    nurse.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    nurse.process->start(QCoreApplication::applicationFilePath(), {});
    nurse.deviceId = readChildValue(*nurse.process, "ready", 40000);
    return nurse;
}

qint64 wipeFromConsole(ui::MainWindow &window, const QString &deviceId, const std::function<void()> &stepUp)
{
    auto *consoleAction = window.findChild<QAction *>(QStringLiteral("adminConsole"));
    if (consoleAction == nullptr) {
        return 0;
    }
    auto *console = window.findChild<ui::AdminConsole *>();
    if (console == nullptr) {
        consoleAction->trigger();
        console = window.findChild<ui::AdminConsole *>();
    }
    auto *list = console ? console->findChild<QTreeWidget *>(QStringLiteral("workstationsList")) : nullptr;
    auto *wipe = console ? console->findChild<QPushButton *>(QStringLiteral("wipeWorkstation")) : nullptr;
    if (list == nullptr || wipe == nullptr) {
        return 0;
    }
    QTreeWidgetItem *row = nullptr;
    (void)QTest::qWaitFor([&] {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == deviceId) {
                row = list->topLevelItem(i);
            }
        }
        return row != nullptr;
    }, 10000);
    if (row == nullptr) {
        return 0;
    }
    list->setCurrentItem(row);
    if (const QString folder = qEnvironmentVariable("CB_E2E_ARTIFACTS"); !folder.isEmpty()) {
        console->grab().save(folder + QStringLiteral("/admin-console-sessions.png")); // for people to look at
    }
    QTest::mouseClick(wipe, Qt::LeftButton);
    auto *confirm = console->findChild<QMessageBox *>(QStringLiteral("sessionsConfirm"));
    auto *yes = confirm ? confirm->findChild<QPushButton *>(QStringLiteral("sessionsConfirmYes")) : nullptr;
    if (yes == nullptr) {
        return 0;
    }
    qint64 clickedAt = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(yes, Qt::LeftButton);
    if (stepUp) {
        stepUp();
        clickedAt = QDateTime::currentMSecsSinceEpoch();
    }
    return clickedAt;
}

qint64 endSessionsFromConsole(ui::MainWindow &window, const QString &deviceId)
{
    auto *consoleAction = window.findChild<QAction *>(QStringLiteral("adminConsole"));
    if (consoleAction == nullptr) {
        return 0;
    }
    if (window.findChild<ui::AdminConsole *>() == nullptr) {
        consoleAction->trigger();
    }
    auto *console = window.findChild<ui::AdminConsole *>();
    auto *table = console ? console->findChild<QTableView *>(QStringLiteral("sessionsTable")) : nullptr;
    auto *end = console ? console->findChild<QPushButton *>(QStringLiteral("endWorkstation")) : nullptr;
    if (table == nullptr || end == nullptr) {
        return 0;
    }
    int row = -1;
    (void)QTest::qWaitFor([&] {
        const QAbstractItemModel *model = table->model();
        for (int i = 0; i < model->rowCount(); ++i) {
            const QModelIndex workstation = model->index(i, ui::SessionsModel::Workstation);
            if (model->data(workstation, Qt::ToolTipRole).toString().contains(deviceId)) {
                row = i;
            }
        }
        return row >= 0;
    }, 10000);
    if (row < 0) {
        return 0;
    }
    table->selectRow(row);
    const qint64 clickedAt = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(end, Qt::LeftButton);
    return clickedAt;
}

} // namespace cb::test
