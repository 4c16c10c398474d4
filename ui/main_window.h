#pragma once

#include <QMainWindow>

class QLabel;

namespace cb::client {
class HealthMonitor;
}

namespace cb::ui {

class ServerStatusIndicator;

// The desktop's main window. For now it shows which server this workstation
// uses and whether that server is healthy; sign-in and the inbox replace the
// centre as those features land.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::HealthMonitor &health, QWidget *parent = nullptr);

    ServerStatusIndicator *statusIndicator() const { return m_indicator; }

private:
    void buildMenus();

    client::HealthMonitor &m_health;
    ServerStatusIndicator *m_indicator;
    QLabel *m_serverLine;
};

} // namespace cb::ui
