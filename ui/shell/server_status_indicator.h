#pragma once

#include "client/net/health_monitor.h"

#include <QWidget>

class QLabel;

namespace cb::ui {

// Status-bar widget: a coloured dot and a short sentence about the server.
class ServerStatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ServerStatusIndicator(QWidget *parent = nullptr);

    void showState(client::HealthMonitor::State state, const QString &detail);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace cb::ui
