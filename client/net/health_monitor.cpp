#include "client/net/health_monitor.h"

#include "core/log/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace cb::client {

HealthMonitor::HealthMonitor(ServerEndpoint endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_network(network)
{
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
}

void HealthMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    checkNow();
}

void HealthMonitor::checkNow()
{
    if (!m_endpoint.isValid()) {
        setState(State::Misconfigured, m_endpoint.error());
        return;
    }
    if (m_inFlight) {
        return;
    }
    m_inFlight = true;
    QNetworkRequest request(m_endpoint.resolve(QStringLiteral("/healthz")));
    m_endpoint.prepare(request);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_inFlight = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            log::logger("net")->warn("health check failed: {}", static_cast<int>(reply->error()));
            setState(State::Unreachable, tr("Cannot reach the Carebridge server."));
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        if (const QString clinic = body.value(QStringLiteral("clinic")).toString().left(120); !clinic.isEmpty() && clinic != m_clinicName) {
            m_clinicName = clinic;
            emit clinicNameChanged(clinic);
        }
        if (status == 200 && body.value(QStringLiteral("status")).toString() == QLatin1String("ok")) {
            setState(State::Healthy, tr("Connected to the Carebridge server."));
        } else {
            setState(State::Unhealthy, tr("The Carebridge server reports a problem."));
        }
    });
}

void HealthMonitor::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail) {
        return;
    }
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, detail);
}

} // namespace cb::client
