#pragma once

#include <QObject>
#include <QTimer>

namespace cb::server {

class ServerContext;

// Brings snoozed conversations back to "open" when their time comes, for every
// desktop at once (a patient writing earlier reopens them in InboxStore). The
// next wake-up is read from the store after each commit, so it survives restarts.
class SnoozeWaker : public QObject
{
    Q_OBJECT
public:
    explicit SnoozeWaker(ServerContext &context, QObject *parent = nullptr);

    // Reopens what is due now and schedules the next wake-up.
    void wake();

private:
    void schedule();

    ServerContext &m_context;
    QTimer m_timer;
};

} // namespace cb::server
