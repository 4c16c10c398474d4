#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cb::client {
class ComplianceService;
}

namespace cb::ui {

class BackupStatus;

// The compliance dashboard over a chosen period: opt-ins and opt-outs, portal
// escalations, first response times, PhiGuard refusals, incidents and compliance
// flags, as Qt Charts and as a list of figures. Clicking a bar or a figure lists
// the conversations behind it by patient name and time (never content; the
// server audits the list as a drill-down). "Export CSV…" writes the figures only.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    // One number on the dashboard. `key` is stable (the CSV's first column);
    // `drillDown` names the server's list of conversations behind it, if any.
    struct Figure
    {
        QString key;
        QString label;
        double value = 0;
        QString text;
        QString drillDown;
        QString chartLabel; // shorter, under its chart's title (empty: the label)
    };

    explicit DashboardView(client::ComplianceService &service, QWidget *parent = nullptr);

    void refresh();
    const QList<Figure> &figures() const { return m_figures; }
    // Lists the conversations behind `drillDown` for the period shown.
    void showConversations(const QString &drillDown, const QString &label);
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updatePeriodFields();
    void showFigures(const QJsonObject &figures);
    QChartView *barChart(const QString &name, const QString &title, const QList<Figure> &bars);
    void report(bool ok, const QString &message);

    client::ComplianceService &m_service;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QGridLayout *m_charts;
    QLabel *m_summary;
    QTreeWidget *m_figureList;
    QLabel *m_drillTitle;
    QTreeWidget *m_conversations;
    QLabel *m_message;
    BackupStatus *m_backups;
    QList<Figure> m_figures;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_loaded = false;
};

} // namespace cb::ui
