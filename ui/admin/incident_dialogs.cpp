#include "ui/admin/incident_dialogs.h"

#include "ui/admin/conversation_picker.h"
#include "ui/admin/incidents_view.h"
#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

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

ReportIncidentDialog::ReportIncidentDialog(client::ComplianceService &service, qint64 conversationId, const QString &patient,
                                           QWidget *parent)
    : QDialog(parent), m_service(service), m_type(new QComboBox(this)), m_conversation(new ConversationPicker(service, this)),
      m_device(new QComboBox(this)), m_discovered(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_summary(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reportIncidentDialog"));
    setWindowTitle(tr("Report an incident"));
    m_type->setObjectName(QStringLiteral("incidentType"));
    for (const char *type : {"misdirected_message", "phi_on_whatsapp", "lost_device", "other"}) {
        m_type->addItem(incidentTypeName(QLatin1String(type)), QLatin1String(type));
    }
    m_conversation->setObjectName(QStringLiteral("incidentConversation"));
    if (conversationId > 0) {
        m_conversation->setFixed(conversationId, patient);
    }
    m_device->setObjectName(QStringLiteral("incidentDevice"));
    m_device->setEditable(true);
    m_device->setInsertPolicy(QComboBox::NoInsert);
    m_device->lineEdit()->setMaxLength(128);
    m_device->lineEdit()->setPlaceholderText(tr("The workstation's name"));
    // From the console (admins and compliance) the workstations that signed in are
    // offered; from a conversation (any inbox role, who may not list them) the
    // reporter types the name the workstation goes by.
    if (conversationId == 0) {
        listWorkstations();
    }
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
    theme::markAsProblem(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Report"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reportIncidentOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Patient:"), m_conversation);
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

void ReportIncidentDialog::listWorkstations()
{
    m_service.workstations([self = QPointer<ReportIncidentDialog>(this)](const QList<api::WorkstationDto> &workstations, const QString &) {
        if (!self) {
            return;
        }
        const QString typed = self->m_device->currentText();
        const QStringList choices = workstationChoices(workstations);
        for (qsizetype i = 0; i < workstations.size(); ++i) {
            const api::WorkstationDto &workstation = workstations.at(i);
            self->m_device->addItem(choices.at(i), workstation.deviceId);
            self->m_device->setItemData(self->m_device->count() - 1, tr("Last seen %1").arg(localTime(workstation.lastSeenAtMs)),
                                        Qt::ToolTipRole);
        }
        self->m_device->setCurrentIndex(-1);
        self->m_device->setEditText(typed);
    });
}

QStringList ReportIncidentDialog::workstationChoices(const QList<api::WorkstationDto> &workstations)
{
    QHash<QString, int> uses;
    for (const api::WorkstationDto &workstation : workstations) {
        ++uses[(workstation.name.isEmpty() ? workstation.deviceId : workstation.name).toCaseFolded()];
    }
    QStringList choices;
    for (const api::WorkstationDto &workstation : workstations) {
        const QString name = workstation.name.isEmpty() ? workstation.deviceId : workstation.name;
        choices << (uses.value(name.toCaseFolded()) > 1 ? tr("%1 (last seen %2)").arg(name, localTime(workstation.lastSeenAtMs)) : name);
    }
    // Seen in the same minute too: the start of the device id is all that tells them apart.
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (choices.count(choices.at(i)) > 1) {
            for (qsizetype j = 0; j < choices.size(); ++j) {
                if (j != i && choices.at(j) == choices.at(i)) {
                    choices[j] += QStringLiteral(" · ") + workstations.at(j).deviceId.left(8);
                }
            }
            choices[i] += QStringLiteral(" · ") + workstations.at(i).deviceId.left(8);
        }
    }
    return choices;
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
    report.conversationId = m_conversation->isEnabled() ? m_conversation->conversationId() : 0;
    if (m_device->isEnabled()) {
        // A workstation from the list goes by its device id; a typed name as it is (the server knows the names).
        const QString text = m_device->currentText().trimmed();
        const int listed = m_device->findText(text, Qt::MatchFixedString);
        report.deviceId = listed >= 0 ? m_device->itemData(listed).toString() : text;
    }
    report.discoveredAtMs = m_discovered->dateTime().toMSecsSinceEpoch();
    report.summary = m_summary->toPlainText().trimmed();
    if (report.type != QLatin1String("lost_device") && report.type != QLatin1String("other") && report.conversationId <= 0) {
        m_message->setText(tr("Choose the patient whose conversation this is: type part of their name or their number."));
        m_conversation->setFocus();
        return;
    }
    if (report.type == QLatin1String("lost_device") && report.deviceId.isEmpty()) {
        m_message->setText(tr("Choose or type the lost workstation's name."));
        m_device->setFocus();
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
    // No conclusion chosen in advance: the assessor must decide, not accept a default.
    m_conclusion->addItem(tr("Choose after weighing the four factors…"), QString());
    m_conclusion->addItem(tr("Low probability that the data was compromised"), QStringLiteral("low_probability"));
    m_conclusion->addItem(tr("Breach: patients must be notified"), QStringLiteral("breach"));
    selectData(m_conclusion, incident.riskConclusion);
    m_message->setObjectName(QStringLiteral("assessIncidentMessage"));
    m_message->setWordWrap(true);
    theme::markAsProblem(m_message);

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
    if (assessment.riskConclusion.isEmpty()) {
        m_message->setText(tr("Choose the conclusion: a low probability of compromise, or a breach."));
        m_conclusion->setFocus();
        return;
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

} // namespace cb::ui
