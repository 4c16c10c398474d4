#pragma once

#include "client/net/server_endpoint.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace cb::client {

// Polls the server's GET /healthz and reports whether it is reachable and well.
// Runs entirely on the event loop: no call ever blocks the UI thread.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Healthy, Unhealthy, Unreachable, Misconfigured };
    Q_ENUM(State)

    HealthMonitor(ServerEndpoint endpoint, QNetworkAccessManager *network, QObject *parent = nullptr);

    void start(int intervalMs = 15000);
    void checkNow();
    State state() const { return m_state; }
    QString detail() const { return m_detail; } // translated
    const ServerEndpoint &endpoint() const { return m_endpoint; }
    // The clinic's name as the server last gave it (empty until it answered).
    QString clinicName() const { return m_clinicName; }

signals:
    void stateChanged(cb::client::HealthMonitor::State state, const QString &detail);
    void clinicNameChanged(const QString &name);

private:
    void setState(State state, const QString &detail);

    ServerEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    State m_state = State::Unknown;
    QString m_detail;
    QString m_clinicName;
    bool m_inFlight = false;
};

} // namespace cb::client
