#include "ui/admin/dashboard_view.h"

#include "ui/admin/backup_status.h"

#include "client/admin/compliance_service.h"
#include "ui/admin/dashboard_words.h"
#include "ui/admin/incidents_view.h"
#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cb::ui {

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int DrillDownRole = Qt::UserRole + 1;

QString count(double value)
{
    return QLocale().toString(qint64(value));
}

QString percent(double share)
{
    return DashboardView::tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString minutes(double value)
{
    return DashboardView::tr("%1 min").arg(QLocale().toString(value, 'f', 1));
}

// Every key the server knows, then any it added since (shown under their own names).
QStringList keysOf(const QJsonObject &object, QStringList known)
{
    for (const QString &key : object.keys()) {
        if (!known.contains(key)) {
            known.append(key);
        }
    }
    return known;
}
} // namespace

DashboardView::DashboardView(client::ComplianceService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_refresh(new QPushButton(tr("&Show"), this)), m_export(new QPushButton(tr("&Export CSV…"), this)), m_charts(new QGridLayout),
      m_summary(new QLabel(this)), m_figureList(new QTreeWidget(this)), m_drillTitle(new QLabel(this)),
      m_conversations(new QTreeWidget(this)), m_message(new QLabel(this)), m_backups(new BackupStatus(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("From… to…"), 0);
    m_period->setCurrentIndex(1);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_refresh->setObjectName(QStringLiteral("refreshDashboard"));
    m_export->setObjectName(QStringLiteral("exportDashboard"));
    m_export->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_figureList->setObjectName(QStringLiteral("figuresList"));
    m_figureList->setRootIsDecorated(false);
    m_figureList->setHeaderLabels({tr("Figure"), tr("Value")});
    m_figureList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_drillTitle->setObjectName(QStringLiteral("drillDownTitle"));
    m_drillTitle->setText(tr("Click a bar or a figure to list the conversations behind it."));
    m_drillTitle->setWordWrap(true);
    m_conversations->setObjectName(QStringLiteral("drillDownList"));
    m_conversations->setRootIsDecorated(false);
    m_conversations->setHeaderLabels({tr("Patient"), tr("When")});
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_refresh);
    controls->addStretch();
    controls->addWidget(m_export);

    auto *chartsPage = new QWidget;
    auto *chartsLayout = new QVBoxLayout(chartsPage);
    chartsLayout->addWidget(m_summary);
    chartsLayout->addLayout(m_charts);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsPage);

    auto *lists = new QHBoxLayout;
    auto *figuresColumn = new QVBoxLayout;
    auto *figuresLabel = new QLabel(tr("F&igures:"), this);
    figuresLabel->setBuddy(m_figureList);
    figuresColumn->addWidget(figuresLabel);
    figuresColumn->addWidget(m_figureList);
    auto *drillColumn = new QVBoxLayout;
    drillColumn->addWidget(m_drillTitle);
    drillColumn->addWidget(m_conversations);
    lists->addLayout(figuresColumn, 3);
    lists->addLayout(drillColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_backups);
    layout->addLayout(controls);
    layout->addWidget(scroll, 3);
    layout->addLayout(lists, 2);
    layout->addWidget(m_message);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodFields();
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    const auto drill = [this](QTreeWidgetItem *item) {
        if (item != nullptr && !item->data(0, DrillDownRole).toString().isEmpty()) {
            showConversations(item->data(0, DrillDownRole).toString(), item->text(0));
        }
    };
    connect(m_figureList, &QTreeWidget::itemClicked, this, drill);
    connect(m_figureList, &QTreeWidget::itemActivated, this, drill);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export the compliance figures"), QString(), tr("CSV files (*.csv)"));
        dialog->setObjectName(QStringLiteral("exportDashboardDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("carebridge-compliance-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QString error;
            if (exportCsv(path, &error)) {
                report(true, tr("The figures were saved to %1.").arg(QDir::toNativeSeparators(path)));
            } else {
                report(false, tr("The figures could not be saved: %1").arg(error));
            }
        });
        dialog->open();
    });
    updatePeriodFields();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        refresh();
    }
}

void DashboardView::updatePeriodFields()
{
    const bool custom = m_period->currentData().toInt() == 0;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void DashboardView::refresh()
{
    const int days = m_period->currentData().toInt();
    qint64 from = 0, to = 0;
    if (days > 0) {
        to = QDateTime::currentMSecsSinceEpoch() + 60 * 1000; // up to now, whatever the clocks say
        from = to - days * DayMs - 60 * 1000;
    } else {
        // Whole local days, the last one included.
        from = m_from->date().startOfDay().toMSecsSinceEpoch();
        to = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
        if (to <= from) {
            report(false, tr("The start of the period must be before its end."));
            return;
        }
        if (to - from > 366 * DayMs) {
            report(false, tr("A period is at most 366 days."));
            return;
        }
    }
    m_loaded = true;
    m_refresh->setEnabled(false);
    m_service.dashboard(from, to, [self = QPointer<DashboardView>(this), from, to](const QJsonObject &figures, const QString &error) {
        if (!self) {
            return;
        }
        self->m_refresh->setEnabled(true);
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->m_fromMs = from;
        self->m_toMs = to;
        self->showFigures(figures);
        self->m_message->clear();
    });
}

void DashboardView::showFigures(const QJsonObject &json)
{
    const QJsonObject whatsapp = json.value(QStringLiteral("whatsapp")).toObject();
    const QJsonObject escalations = json.value(QStringLiteral("escalations")).toObject();
    const QJsonObject response = json.value(QStringLiteral("response")).toObject();
    const QJsonObject incidents = json.value(QStringLiteral("incidents")).toObject();
    const QJsonObject flags = json.value(QStringLiteral("compliance_flags")).toObject();
    m_backups->show(json.value(QStringLiteral("backups")).toObject(), QDateTime::currentMSecsSinceEpoch());
    const auto countFigure = [](const QString &key, const QString &label, double value, const QString &drill = {},
                                const QString &chartLabel = {}) {
        return Figure{key, label, value, count(value), drill, chartLabel};
    };

    QList<Figure> optIns;
    const QJsonObject sources = whatsapp.value(QStringLiteral("opt_ins_by_source")).toObject();
    for (const QString &source : keysOf(sources, {QStringLiteral("opt_in"), QStringLiteral("documented_request"),
                                                  QStringLiteral("patient_initiated"), QStringLiteral("start_keyword")})) {
        // The START keyword is not in the consent audit the drill-down reads.
        optIns << countFigure(QStringLiteral("whatsapp.opt_ins.") + source, optInSourceName(source),
                              sources.value(source).toDouble(),
                              source == QLatin1String("start_keyword") ? QString() : QStringLiteral("opt_ins"), optInSourceShortName(source));
    }
    optIns << countFigure(QStringLiteral("whatsapp.opt_outs"), tr("Opt-outs (STOP)"), whatsapp.value(QStringLiteral("opt_outs")).toDouble(),
                          QStringLiteral("opt_outs"), tr("Opted out (STOP)"));

    const double sent = escalations.value(QStringLiteral("invitations_sent")).toDouble();
    const double opened = escalations.value(QStringLiteral("invitations_opened")).toDouble();
    const double verified = escalations.value(QStringLiteral("invitations_verified")).toDouble();
    const QList<Figure> portal{
        countFigure(QStringLiteral("escalations.sent"), tr("Portal links sent"), sent, QStringLiteral("escalated"), tr("Links sent")),
        countFigure(QStringLiteral("escalations.opened"), tr("Portal links opened"), opened, {}, tr("Opened")),
        countFigure(QStringLiteral("escalations.verified"), tr("Patients verified on the portal"), verified, {}, tr("Verified"))};
    const double openedShare = sent > 0 ? opened / sent : 0;
    const double verifiedShare = sent > 0 ? verified / sent : 0;
    const double portalShare = escalations.value(QStringLiteral("escalated_share")).toDouble();

    const double median = response.value(QStringLiteral("median_first_response_minutes")).toDouble();
    const double waitedShare = response.value(QStringLiteral("waited_over_hour_share")).toDouble();
    const QList<Figure> responses{
        countFigure(QStringLiteral("response.patients"), tr("Patients who wrote"), response.value(QStringLiteral("patients")).toDouble(), {},
                    tr("Wrote")),
        countFigure(QStringLiteral("response.answered"), tr("Answered"), response.value(QStringLiteral("answered")).toDouble()),
        countFigure(QStringLiteral("response.unanswered"), tr("Not answered yet"), response.value(QStringLiteral("unanswered")).toDouble(),
                    QStringLiteral("unanswered"), tr("Not answered")),
        countFigure(QStringLiteral("response.waited_over_hour"), tr("Waited more than 1 hour"),
                    response.value(QStringLiteral("waited_over_hour")).toDouble(), QStringLiteral("waited_over_hour"), tr("Waited > 1 h"))};

    QList<Figure> safeguards{countFigure(QStringLiteral("phi_refusals"), tr("PhiGuard refusals"),
                                         json.value(QStringLiteral("phi_refusals")).toDouble(), QStringLiteral("phi_refusals"))};
    const QJsonObject byType = incidents.value(QStringLiteral("by_type")).toObject();
    for (const QString &type : keysOf(byType, {QStringLiteral("misdirected_message"), QStringLiteral("phi_on_whatsapp"),
                                               QStringLiteral("lost_device"), QStringLiteral("other")})) {
        safeguards << countFigure(QStringLiteral("incidents.type.") + type, tr("Incidents: %1").arg(incidentTypeName(type)),
                                  byType.value(type).toDouble(),
                                  type == QLatin1String("lost_device") || type == QLatin1String("other") ? QString() : QStringLiteral("incidents"),
                                  incidentTypeName(type));
    }
    QList<Figure> incidentStatus;
    const QJsonObject byStatus = incidents.value(QStringLiteral("by_status")).toObject();
    for (const QString &status : keysOf(byStatus, {QStringLiteral("open"), QStringLiteral("assessed"), QStringLiteral("notified"),
                                                   QStringLiteral("closed")})) {
        incidentStatus << countFigure(QStringLiteral("incidents.status.") + status, tr("Incidents now %1").arg(incidentStatusName(status)),
                                      byStatus.value(status).toDouble(), {}, incidentStatusName(status));
    }
    incidentStatus << countFigure(QStringLiteral("incidents.overdue"), tr("Incidents overdue today"),
                                  incidents.value(QStringLiteral("overdue")).toDouble(), {}, tr("Overdue today"));

    QList<Figure> flagFigures;
    const QJsonObject byKind = flags.value(QStringLiteral("by_kind")).toObject();
    const QJsonObject unacknowledged = flags.value(QStringLiteral("unacknowledged")).toObject();
    double open = 0;
    for (const QString &kind : keysOf(byKind, {QStringLiteral("admin_inbox_role"), QStringLiteral("inbox_credentials_reset"),
                                               QStringLiteral("inbox_account_created"), QStringLiteral("review_access")})) {
        flagFigures << countFigure(QStringLiteral("flags.") + kind, flagKindName(kind), byKind.value(kind).toDouble(),
                                   kind == QLatin1String("review_access") ? QStringLiteral("review_access") : QString(),
                                   flagKindShortName(kind));
        open += unacknowledged.value(kind).toDouble();
    }

    // The charts, rebuilt for this period.
    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts->addWidget(barChart(QStringLiteral("chartOptIns"), tr("WhatsApp opt-ins by source, and opt-outs"), optIns), 0, 0);
    m_charts->addWidget(barChart(QStringLiteral("chartEscalations"), tr("Escalations to the secure portal"), portal), 0, 1);
    m_charts->addWidget(barChart(QStringLiteral("chartResponse"), tr("First response to patients"), responses), 1, 0);
    m_charts->addWidget(barChart(QStringLiteral("chartSafeguards"), tr("PhiGuard refusals and incidents"), safeguards), 1, 1);
    m_charts->addWidget(barChart(QStringLiteral("chartIncidents"), tr("Incidents by status"), incidentStatus), 2, 0);
    m_charts->addWidget(barChart(QStringLiteral("chartFlags"), tr("Compliance flags"), flagFigures), 2, 1);

    const QList<Figure> shares{
        {QStringLiteral("escalations.opened_share"), tr("Link conversion: opened"), openedShare, percent(openedShare), {}, {}},
        {QStringLiteral("escalations.verified_share"), tr("Link conversion: verified"), verifiedShare, percent(verifiedShare), {}, {}},
        {QStringLiteral("escalations.moved_to_portal_share"), tr("Conversations moved to the portal"), portalShare, percent(portalShare),
         QStringLiteral("escalated"), {}},
        {QStringLiteral("response.median_minutes"), tr("Median first response"), median, minutes(median), {}, {}},
        {QStringLiteral("response.waited_over_hour_share"), tr("Patients who waited more than 1 hour"), waitedShare, percent(waitedShare),
         QStringLiteral("waited_over_hour"), {}},
        {QStringLiteral("flags.unacknowledged"), tr("Compliance flags not yet acknowledged"), open, count(open), {}, {}}};
    m_summary->setText(tr("Median first response: %1 · Waited more than 1 hour: %2 · Moved to the portal: %3 · "
                          "Link conversion: %4 opened, %5 verified")
                           .arg(minutes(median), percent(waitedShare), percent(portalShare), percent(openedShare), percent(verifiedShare)));

    m_figures = optIns + portal + shares.mid(0, 3) + responses + shares.mid(3, 2) + safeguards + incidentStatus + flagFigures +
                shares.mid(5);
    m_figureList->clear();
    for (const Figure &figure : std::as_const(m_figures)) {
        auto *item = new QTreeWidgetItem({figure.label, figure.text});
        item->setData(0, Qt::UserRole, figure.key);
        item->setData(0, DrillDownRole, figure.drillDown);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!figure.drillDown.isEmpty()) {
            item->setToolTip(0, tr("Click to list the conversations behind this figure"));
        }
        m_figureList->addTopLevelItem(item);
    }
    m_export->setEnabled(true);
}

void DashboardView::showConversations(const QString &drillDown, const QString &label)
{
    m_drillTitle->setText(tr("Conversations behind “%1”: loading…").arg(label));
    m_conversations->clear();
    m_service.conversations(drillDown, m_fromMs, m_toMs,
                            [self = QPointer<DashboardView>(this), label](const QList<client::DrillDownEntry> &entries, const QString &error) {
                                if (!self) {
                                    return;
                                }
                                if (!error.isEmpty()) {
                                    self->m_drillTitle->setText(tr("Conversations behind “%1”:").arg(label));
                                    self->report(false, error);
                                    return;
                                }
                                self->m_drillTitle->setText(tr("Conversations behind “%1”: %n", nullptr, int(entries.size())).arg(label));
                                for (const client::DrillDownEntry &entry : entries) {
                                    const QString patient =
                                        entry.patient.isEmpty() ? tr("Conversation %1").arg(entry.conversationId) : entry.patient;
                                    auto *item = new QTreeWidgetItem({patient, localTime(entry.atMs)});
                                    item->setData(0, Qt::UserRole, entry.conversationId);
                                    self->m_conversations->addTopLevelItem(item);
                                }
                            });
}

void DashboardView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
}

} // namespace cb::ui
