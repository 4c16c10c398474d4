#pragma once

#include "ui/admin/incident_dialogs.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cb::ui {

// The incidents list for the privacy officer: each with its 60-day notification
// deadline (overdue in red), reported, assessed, notified and closed here. The
// server decides which moves are allowed and this view says why when it refuses.
class IncidentsView : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentsView(client::ComplianceService &service, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const client::Incident *selected() const;
    void showIncidents(const QList<client::Incident> &incidents, qint64 select = 0);
    void showDetails();
    void updateButtons();
    void moveTo(const QString &status);
    void report(bool ok, const QString &message);
    void changed(const client::Incident &incident, const QString &message);

    client::ComplianceService &m_service;
    QList<client::Incident> m_incidents;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_message;
    QPushButton *m_report;
    QPushButton *m_assess;
    QPushButton *m_notified;
    QPushButton *m_close;
    QPushButton *m_refresh;
    bool m_loading = false;
};

} // namespace cb::ui
