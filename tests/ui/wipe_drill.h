#pragma once

#include <QProcess>
#include <QString>

#include <functional>
#include <memory>

namespace cb::ui {
class MainWindow;
}

namespace cb::test {

// "Wipe workstation" between two real desktop processes, shared by
// tst_workstation_wipe and bench_wipe_lock.
//
// The nurse's desktop runs in its own process: the calling binary started
// again with CB_WIPED_DESKTOP=1. It signs in (a recovery code), waits until its
// cache holds the patient's conversation, prints "ready <device id>", and when
// the server ends its session prints "locked <epoch ms>" and then "files <n>":
// how many cache files are left in its folder.
int runNurseDesktop();
bool isNurseDesktopChild();

struct NurseDesktop
{
    std::unique_ptr<QProcess> process;
    QString deviceId;
    QString folder; // its settings and caches
};
// Starts the nurse's desktop and waits for "ready"; empty deviceId on failure.
NurseDesktop startNurseDesktop(const QString &serverUrl, const QString &folder, const QString &username,
                               const QString &password, const QString &recoveryCode);
// Reads the child's next "<word> <value>" line within `timeoutMs`; empty on timeout.
QString readChildValue(QProcess &process, const QByteArray &word, int timeoutMs);

// In the admin's desktop: opens Administration, waits for the workstation in
// the list, selects it, presses Wipe workstation… and confirms. `stepUp` runs if
// the step-up dialog appears (it fills it in and confirms). Returns the epoch ms
// of the last click, or 0 if something was missing.
qint64 wipeFromConsole(ui::MainWindow &window, const QString &deviceId, const std::function<void()> &stepUp = {});
// The same, but "End all on this workstation" on the workstation's session row:
// a revoke, which signs the desktop out and leaves its (still encrypted) cache.
qint64 endSessionsFromConsole(ui::MainWindow &window, const QString &deviceId);

} // namespace cb::test
