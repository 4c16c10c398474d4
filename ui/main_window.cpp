#include "ui/main_window.h"

#include "client/health_monitor.h"
#include "ui/server_status_indicator.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cb::ui {

MainWindow::MainWindow(client::HealthMonitor &health, QWidget *parent)
    : QMainWindow(parent), m_health(health), m_indicator(new ServerStatusIndicator(this)),
      m_serverLine(new QLabel(this))
{
    // The title never carries patient data: product name only.
    setWindowTitle(tr("Carebridge"));
    resize(960, 640);

    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    auto *heading = new QLabel(tr("Carebridge"), centre);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addStretch();
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(m_serverLine, 0, Qt::AlignHCenter);
    layout->addStretch();
    setCentralWidget(centre);

    const auto &endpoint = health.endpoint();
    m_serverLine->setText(endpoint.isValid()
                              ? tr("This workstation uses the server at %1.").arg(endpoint.baseUrl().toString())
                              : endpoint.error());
    m_serverLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    statusBar()->addPermanentWidget(m_indicator);
    connect(&health, &client::HealthMonitor::stateChanged, m_indicator, &ServerStatusIndicator::showState);
    buildMenus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *check = file->addAction(tr("Check &server now"));
    check->setShortcut(QKeySequence::Refresh);
    connect(check, &QAction::triggered, &m_health, &client::HealthMonitor::checkNow);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Carebridge"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Carebridge"),
                           tr("Carebridge %1\nSecure messaging for clinic staff.")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace cb::ui
