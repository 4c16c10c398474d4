#include "ui/admin/incidents_view.h"

#include "ui/admin/sessions_model.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
const QString ErrorStyle = QStringLiteral("color: #b71c1c;");

QPlainTextEdit *factorEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

// Selects the item whose data is `value` (the server's word), if any.
void selectData(QComboBox *box, const QString &value)
{
    if (const int index = box->findData(value); index >= 0) {
        box->setCurrentIndex(index);
    }
}
} // namespace

QString incidentTypeName(const QString &type)
{
    if (type == QLatin1String("misdirected_message")) {
        return IncidentsView::tr("Misdirected message");
    }
    if (type == QLatin1String("phi_on_whatsapp")) {
        return IncidentsView::tr("Patient data sent on WhatsApp");
    }
    if (type == QLatin1String("lost_device")) {
        return IncidentsView::tr("Lost or stolen device");
    }
    if (type == QLatin1String("other")) {
        return IncidentsView::tr("Other");
    }
    return type;
}

QString incidentStatusName(const QString &status)
{
    if (status == QLatin1String("open")) {
        return IncidentsView::tr("Open");
    }
    if (status == QLatin1String("assessed")) {
        return IncidentsView::tr("Assessed");
    }
    if (status == QLatin1String("notified")) {
        return IncidentsView::tr("Notified");
    }
    if (status == QLatin1String("closed")) {
        return IncidentsView::tr("Closed");
    }
    return status;
}

// --- Report -----------------------------------------------------------------

ReportIncidentDialog::ReportIncidentDialog(client::ComplianceService &service, qint64 conversationId, QWidget *parent)
    : QDialog(parent), m_service(service), m_type(new QComboBox(this)), m_conversation(new QLineEdit(this)),
      m_device(new QLineEdit(this)), m_discovered(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_summary(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reportIncidentDialog"));
    setWindowTitle(tr("Report an incident"));
    m_type->setObjectName(QStringLiteral("incidentType"));
    for (const char *type : {"misdirected_message", "phi_on_whatsapp", "lost_device", "other"}) {
        m_type->addItem(incidentTypeName(QLatin1String(type)), QLatin1String(type));
    }
    m_conversation->setObjectName(QStringLiteral("incidentConversation"));
    m_conversation->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_conversation));
    m_conversation->setPlaceholderText(tr("The conversation's number"));
    if (conversationId > 0) {
        m_conversation->setText(QString::number(conversationId));
        m_conversation->setReadOnly(true);
    }
    m_device->setObjectName(QStringLiteral("incidentDevice"));
    m_device->setMaxLength(128);
    m_device->setPlaceholderText(tr("The workstation's device id"));
    m_discovered->setObjectName(QStringLiteral("incidentDiscovered"));
    m_discovered->setCalendarPopup(true);
    m_discovered->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_discovered->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened (no patient details needed)"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 5);
    m_message->setObjectName(QStringLiteral("reportIncidentMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(ErrorStyle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Report"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reportIncidentOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Conversation:"), m_conversation);
    form->addRow(tr("&Workstation:"), m_device);
    form->addRow(tr("&Discovered:"), m_discovered);
    form->addRow(tr("&What happened:"), m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The 60-day deadline to notify patients of a breach counts from the discovery."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReportIncidentDialog::updateFields);
    connect(m_ok, &QPushButton::clicked, this, &ReportIncidentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void ReportIncidentDialog::updateFields()
{
    const QString type = m_type->currentData().toString();
    m_conversation->setEnabled(type != QLatin1String("lost_device"));
    m_device->setEnabled(type == QLatin1String("lost_device") || type == QLatin1String("other"));
}

void ReportIncidentDialog::submit()
{
    client::IncidentReport report;
    report.type = m_type->currentData().toString();
    report.conversationId = m_conversation->isEnabled() ? m_conversation->text().toLongLong() : 0;
    report.deviceId = m_device->isEnabled() ? m_device->text().trimmed() : QString();
    report.discoveredAtMs = m_discovered->dateTime().toMSecsSinceEpoch();
    report.summary = m_summary->toPlainText().trimmed();
    if (report.type != QLatin1String("lost_device") && report.type != QLatin1String("other") && report.conversationId <= 0) {
        m_message->setText(tr("Give the conversation's number."));
        return;
    }
    if (report.type == QLatin1String("lost_device") && report.deviceId.isEmpty()) {
        m_message->setText(tr("Give the lost workstation's device id."));
        return;
    }
    m_ok->setEnabled(false);
    m_message->clear();
    m_service.report(report, [self = QPointer<ReportIncidentDialog>(this)](const std::optional<client::Incident> &incident,
                                                                          const QString &error) {
        if (!self) {
            return;
        }
        self->m_ok->setEnabled(true);
        if (!incident) {
            self->m_message->setText(error);
            return;
        }
        emit self->reported(*incident);
        self->accept();
    });
}

// --- Assess -----------------------------------------------------------------

AssessIncidentDialog::AssessIncidentDialog(client::ComplianceService &service, const client::Incident &incident, QWidget *parent)
    : QDialog(parent), m_service(service), m_id(incident.id),
      m_nature(factorEdit(QStringLiteral("factorNature"), incident.natureOfData, this)),
      m_recipient(factorEdit(QStringLiteral("factorRecipient"), incident.unauthorisedRecipient, this)),
      m_viewed(new QComboBox(this)), m_mitigation(factorEdit(QStringLiteral("factorMitigation"), incident.mitigation, this)),
      m_conclusion(new QComboBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("assessIncidentDialog"));
    setWindowTitle(tr("Assess incident %1").arg(incident.id));
    m_nature->setPlaceholderText(tr("Which patient data, how much, how identifying"));
    m_recipient->setPlaceholderText(tr("Who received or could see it"));
    m_mitigation->setPlaceholderText(tr("What was done to limit the harm"));
    m_viewed->setObjectName(QStringLiteral("factorViewed"));
    m_viewed->addItem(tr("Unknown"), QStringLiteral("unknown"));
    m_viewed->addItem(tr("Yes"), QStringLiteral("yes"));
    m_viewed->addItem(tr("No"), QStringLiteral("no"));
    selectData(m_viewed, incident.acquiredOrViewed);
    m_conclusion->setObjectName(QStringLiteral("riskConclusion"));
    m_conclusion->addItem(tr("Low probability that the data was compromised"), QStringLiteral("low_probability"));
    m_conclusion->addItem(tr("Breach: patients must be notified"), QStringLiteral("breach"));
    selectData(m_conclusion, incident.riskConclusion);
    m_message->setObjectName(QStringLiteral("assessIncidentMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(ErrorStyle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Save assessment"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("assessIncidentOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("1. &Nature and extent of the data:"), m_nature);
    form->addRow(tr("2. &Who received it:"), m_recipient);
    form->addRow(tr("3. Actually acquired or &viewed:"), m_viewed);
    form->addRow(tr("4. &Mitigation:"), m_mitigation);
    form->addRow(tr("&Conclusion:"), m_conclusion);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &AssessIncidentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AssessIncidentDialog::submit()
{
    const client::IncidentAssessment assessment{m_nature->toPlainText().trimmed(), m_recipient->toPlainText().trimmed(),
                                                m_viewed->currentData().toString(), m_mitigation->toPlainText().trimmed(),
                                                m_conclusion->currentData().toString()};
    for (const QString *factor : {&assessment.natureOfData, &assessment.unauthorisedRecipient, &assessment.mitigation}) {
        if (factor->size() < 3) {
            m_message->setText(tr("Describe each of the four factors."));
            return;
        }
    }
    m_ok->setEnabled(false);
    m_message->clear();
    m_service.assess(m_id, assessment, [self = QPointer<AssessIncidentDialog>(this)](const std::optional<client::Incident> &incident,
                                                                                    const QString &error) {
        if (!self) {
            return;
        }
        self->m_ok->setEnabled(true);
        if (!incident) {
            self->m_message->setText(error);
            return;
        }
        emit self->assessed(*incident);
        self->accept();
    });
}

// --- The list ---------------------------------------------------------------

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
        auto *dialog = new ReportIncidentDialog(m_service, 0, this);
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
            subject = tr("Conversation %1").arg(incident.conversationId);
        } else if (!incident.deviceId.isEmpty()) {
            subject = tr("Workstation %1").arg(incident.deviceId);
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
            item->setForeground(3, QColor(0xb7, 0x1c, 0x1c));
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
    m_message->setStyleSheet(ok ? QString() : ErrorStyle);
    m_message->setText(message);
    if (ok) {
        refresh();
    }
}

} // namespace cb::ui
