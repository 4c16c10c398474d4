#include "ui/shell/server_status_indicator.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace cb::ui {

namespace {
QString iconFor(client::HealthMonitor::State state)
{
    using State = client::HealthMonitor::State;
    switch (state) {
    case State::Healthy: return QStringLiteral(":/icons/status-ok.svg");
    case State::Unhealthy:
    case State::Unreachable:
    case State::Misconfigured: return QStringLiteral(":/icons/status-problem.svg");
    case State::Unknown: break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}
} // namespace

ServerStatusIndicator::ServerStatusIndicator(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    showState(client::HealthMonitor::State::Unknown, tr("Checking the server…"));
}

void ServerStatusIndicator::showState(client::HealthMonitor::State state, const QString &detail)
{
    m_icon->setPixmap(QIcon(iconFor(state)).pixmap(12, 12));
    m_text->setText(detail);
    setAccessibleName(detail);
    setToolTip(detail);
}

QString ServerStatusIndicator::text() const
{
    return m_text->text();
}

} // namespace cb::ui
