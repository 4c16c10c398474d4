#include "core/platform/quit_on_signal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cb::platform {

namespace {
int signalPipe[2] = {-1, -1};
std::function<void()> hangupHandler;

void onSignal(int signal)
{
    const char byte = signal == SIGHUP ? 'h' : 'q';
    [[maybe_unused]] const ssize_t ignored = ::write(signalPipe[0], &byte, 1); // async-signal-safe
}

void install(int signal)
{
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(signal, &action, nullptr);
}
} // namespace

void quitOnTerminationSignals()
{
    if (signalPipe[0] != -1 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) != 1) {
            return;
        }
        if (byte == 'h') {
            if (hangupHandler) {
                hangupHandler();
            }
            return;
        }
        QCoreApplication::quit();
    });
    install(SIGINT);
    install(SIGTERM);
}

void onHangup(std::function<void()> handler)
{
    hangupHandler = std::move(handler);
    install(SIGHUP);
}

} // namespace cb::platform
