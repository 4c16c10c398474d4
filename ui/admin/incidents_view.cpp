#include "ui/admin/incidents_view.h"

#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

IncidentsView::IncidentsView(client::ComplianceService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_list(new QTreeWidget(this)), m_details(new QLabel(this)), m_message(new QLabel(this)),
      m_report(new QPushButton(tr("&Report an incident…"), this)), m_assess(new QPushButton(tr("&Assess…"), this)),
      m_notified(new QPushButton(tr("Mark &notified"), this)), m_close(new QPushButton(tr("C&lose"), this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("incidentsView"));
    m_list->setObjectName(QStringLiteral("incidentsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Type"), tr("Subject"), tr("Discovered"), tr("Notification deadline"), tr("Status")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("incidentsMessage"));
    m_message->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("reportIncident"));
    m_assess->setObjectName(QStringLiteral("assessIncident"));
    m_notified->setObjectName(QStringLiteral("markNotified"));
    m_close->setObjectName(QStringLiteral("closeIncident"));
    m_refresh->setObjectName(QStringLiteral("refreshIncidents"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_report);
    buttons->addStretch();
    buttons->addWidget(m_assess);
    buttons->addWidget(m_notified);
    buttons->addWidget(m_close);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("&Incidents:"), this);
    title->setBuddy(m_list);
    layout->addWidget(title);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_refresh, &QPushButton::clicked, this, &IncidentsView::refresh);
    connect(m_report, &QPushButton::clicked, this, [this] {
        auto *dialog = new ReportIncidentDialog(m_service, 0, {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportIncidentDialog::reported, this, [this](const client::Incident &incident) {
            changed(incident, tr("Incident %1 reported. Notification deadline: %2.").arg(incident.id).arg(localTime(incident.deadlineMs)));
        });
        dialog->open();
    });
    connect(m_assess, &QPushButton::clicked, this, [this] {
        const client::Incident *incident = selected();
        if (incident == nullptr) {
            return;
        }
        auto *dialog = new AssessIncidentDialog(m_service, *incident, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AssessIncidentDialog::assessed, this, [this](const client::Incident &assessed) {
            changed(assessed, tr("Incident %1 assessed.").arg(assessed.id));
        });
        dialog->open();
    });
    connect(m_notified, &QPushButton::clicked, this, [this] { moveTo(QStringLiteral("notified")); });
    connect(m_close, &QPushButton::clicked, this, [this] { moveTo(QStringLiteral("closed")); });
    updateButtons();
}

void IncidentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void IncidentsView::refresh()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    const qint64 current = selected() ? selected()->id : 0;
    m_service.listIncidents([self = QPointer<IncidentsView>(this), current](const QList<client::Incident> &incidents, const QString &error) {
        if (!self) {
            return;
        }
        self->m_loading = false;
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->showIncidents(incidents, current);
    });
}

void IncidentsView::showIncidents(const QList<client::Incident> &incidents, qint64 select)
{
    m_incidents = incidents;
    m_list->clear();
    for (const client::Incident &incident : incidents) {
        QString subject;
        if (incident.conversationId > 0) {
            subject = incident.patient.isEmpty() ? tr("Conversation %1").arg(incident.conversationId) : incident.patient;
        } else if (!incident.deviceId.isEmpty()) {
            subject = tr("Workstation %1").arg(incident.workstation.isEmpty() ? incident.deviceId : incident.workstation);
        } else {
            subject = tr("(none)");
        }
        QString deadline = localTime(incident.deadlineMs);
        if (incident.overdue) {
            deadline = tr("%1 (overdue)").arg(deadline);
        } else if (incident.daysLeft) {
            deadline = tr("%1 (%n day(s) left)", nullptr, int(*incident.daysLeft)).arg(deadline);
        }
        auto *item = new QTreeWidgetItem({incidentTypeName(incident.type), subject, localTime(incident.discoveredAtMs), deadline,
                                          incidentStatusName(incident.status)});
        item->setData(0, IdRole, incident.id);
        if (incident.overdue) {
            item->setForeground(3, theme::problemText(palette(), QPalette::Base));
            QFont bold = item->font(3);
            bold.setBold(true);
            item->setFont(3, bold);
        }
        m_list->addTopLevelItem(item);
        if (incident.id == select) {
            m_list->setCurrentItem(item);
        }
    }
    showDetails();
    updateButtons();
}

const client::Incident *IncidentsView::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const client::Incident &incident : m_incidents) {
        if (incident.id == id) {
            return &incident;
        }
    }
    return nullptr;
}

void IncidentsView::showDetails()
{
    const client::Incident *incident = selected();
    if (incident == nullptr) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines << tr("Incident %1: %2, %3.").arg(incident->id).arg(incidentTypeName(incident->type), incidentStatusName(incident->status));
    if (!incident->summary.isEmpty()) {
        lines << tr("What happened: %1").arg(incident->summary);
    }
    if (incident->assessedAtMs > 0) {
        const QString viewed = incident->acquiredOrViewed == QLatin1String("yes")  ? tr("yes")
                               : incident->acquiredOrViewed == QLatin1String("no") ? tr("no")
                                                                                   : tr("unknown");
        lines << tr("Nature and extent of the data: %1").arg(incident->natureOfData)
              << tr("Who received it: %1").arg(incident->unauthorisedRecipient)
              << tr("Actually acquired or viewed: %1").arg(viewed) << tr("Mitigation: %1").arg(incident->mitigation)
              << (incident->riskConclusion == QLatin1String("breach") ? tr("Conclusion: breach, patients must be notified.")
                                                                      : tr("Conclusion: low probability of compromise."));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void IncidentsView::updateButtons()
{
    const client::Incident *incident = selected();
    const QString status = incident ? incident->status : QString();
    // The server has the last word (a breach is notified before it closes); it says why.
    m_assess->setEnabled(status == QLatin1String("open") || status == QLatin1String("assessed"));
    m_notified->setEnabled(status == QLatin1String("assessed"));
    m_close->setEnabled(status == QLatin1String("assessed") || status == QLatin1String("notified"));
}

void IncidentsView::moveTo(const QString &status)
{
    const client::Incident *incident = selected();
    if (incident == nullptr) {
        return;
    }
    const qint64 id = incident->id;
    m_service.setStatus(id, status, {}, [self = QPointer<IncidentsView>(this), id](const std::optional<client::Incident> &result,
                                                                                  const QString &error) {
        if (!self) {
            return;
        }
        if (!result) {
            self->report(false, error);
            return;
        }
        self->changed(*result, tr("Incident %1 is now: %2.").arg(id).arg(incidentStatusName(result->status)));
    });
}

void IncidentsView::changed(const client::Incident &incident, const QString &message)
{
    // Shown at once (and selected), then the list is read again.
    QList<client::Incident> incidents = m_incidents;
    bool found = false;
    for (client::Incident &existing : incidents) {
        if (existing.id == incident.id) {
            existing = incident;
            found = true;
        }
    }
    if (!found) {
        incidents.prepend(incident);
    }
    showIncidents(incidents, incident.id);
    report(true, message);
}

void IncidentsView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
    if (ok) {
        refresh();
    }
}

} // namespace cb::ui
