#pragma once

#include <QObject>
#include <QTimer>

namespace cb::server {

class ServerContext;

// Signs a checkpoint of the audit chain's head on the application thread, between
// requests (so never inside a transaction): after [audit] checkpoint_events new
// events, after checkpoint_seconds when there is anything new, and at shutdown.
class CheckpointTimer : public QObject
{
    Q_OBJECT
public:
    explicit CheckpointTimer(ServerContext &context, QObject *parent = nullptr);

    // At clean shutdown, after the last request: anchors whatever is new.
    void finish();

private:
    void tick();

    ServerContext &m_context;
    QTimer m_timer;
};

} // namespace cb::server
