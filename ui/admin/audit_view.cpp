#include "ui/admin/audit_view.h"

#include "ui/admin/audit_model.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
// "12" is staff member 12; "staff:12", "system" or "portal:…" are taken as they
// are; anything else is part of a name or username, which the server resolves.
QString actorFromField(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool number = false;
    trimmed.toLongLong(&number);
    return number ? QStringLiteral("staff:") + trimmed : trimmed;
}

// The contact id in "contact:12", or 0.
// A short number is a contact number (as the Target column shows them); anything
// else (a phone number in any format, a name) the server resolves.
void setPatient(client::AuditFilter &filter, const QString &typed)
{
    const QString text = typed.trimmed();
    static const QRegularExpression contactNumber(QStringLiteral("^(?:contact:)?([0-9]{1,6})$"));
    if (const auto match = contactNumber.match(text); match.hasMatch()) {
        filter.contactId = match.captured(1).toLongLong();
    } else {
        filter.patient = text;
    }
}

qint64 contactOfTarget(const QString &target)
{
    if (!target.startsWith(QLatin1String("contact:"))) {
        return 0;
    }
    bool ok = false;
    const qint64 id = target.mid(8).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString problemText(const QString &problem)
{
    if (problem == QLatin1String("out_of_sequence")) {
        return AuditView::tr("events are missing, inserted or out of order");
    }
    if (problem == QLatin1String("hash_mismatch")) {
        return AuditView::tr("the event was changed after it was recorded");
    }
    if (problem == QLatin1String("broken_link")) {
        return AuditView::tr("something before this event was rewritten");
    }
    if (problem == QLatin1String("bad_signature")) {
        return AuditView::tr("a checkpoint was not signed by this server");
    }
    if (problem == QLatin1String("truncated")) {
        return AuditView::tr("events were cut off the end of the trail");
    }
    if (problem == QLatin1String("checkpoint_mismatch")) {
        return AuditView::tr("the trail was rebuilt after a signed checkpoint");
    }
    return problem;
}
} // namespace

AuditView::AuditView(client::AuditService &audit, QWidget *parent)
    : QWidget(parent), m_audit(audit), m_model(new AuditModel(audit, this)), m_person(new QLineEdit(this)),
      m_contact(new QLineEdit(this)), m_action(new QLineEdit(this)), m_device(new QLineEdit(this)),
      m_fromOn(new QCheckBox(tr("&From:"), this)), m_from(new QDateEdit(this)), m_toOn(new QCheckBox(tr("&To:"), this)),
      m_to(new QDateEdit(this)), m_apply(new QPushButton(tr("Appl&y filters"), this)),
      m_clear(new QPushButton(tr("C&lear filters"), this)),
      m_whoAccessed(new QPushButton(tr("W&ho accessed this patient's conversations?"), this)),
      m_exportCsv(new QPushButton(tr("Export &CSV…"), this)), m_exportJson(new QPushButton(tr("Export &JSON…"), this)),
      m_verify(new QPushButton(tr("&Verify chain"), this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setPlaceholderText(tr("name or username, or system"));
    m_person->setToolTip(tr("Events done by this person: part of their name or username (everyone who matches), "
                            "a staff number such as 12, or system"));
    m_contact->setObjectName(QStringLiteral("auditContact"));
    m_contact->setPlaceholderText(tr("name, phone number or contact number"));
    m_contact->setToolTip(tr("Events about this patient: the contact, their conversation, its messages, and the inbox "
                             "pages and event streams that showed them. A phone number in any usual format, part of a "
                             "name, or the contact number shown in About."));
    m_contact->setMaxLength(200);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setPlaceholderText(tr("login. or portal. or conversation.view"));
    m_action->setToolTip(tr("Events whose type starts with this text"));
    m_device->setObjectName(QStringLiteral("auditDevice"));
    m_device->setPlaceholderText(tr("workstation name"));
    m_device->setToolTip(tr("Events by people while they were signed in on this workstation"));
    for (QLineEdit *field : {m_person, m_contact, m_action, m_device}) {
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::returnPressed, this, &AuditView::apply);
    }
    const QDate today = QDate::currentDate();
    m_fromOn->setObjectName(QStringLiteral("auditFromOn"));
    m_toOn->setObjectName(QStringLiteral("auditToOn"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
        edit->setToolTip(tr("A day in local time; the whole day is included"));
    }
    m_from->setDate(today.addDays(-7));
    m_fromOn->setToolTip(tr("Only events on or after this day"));
    m_toOn->setToolTip(tr("Only events on or before this day"));
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_clear->setObjectName(QStringLiteral("auditClear"));
    m_whoAccessed->setObjectName(QStringLiteral("auditWhoAccessed"));
    m_whoAccessed->setToolTip(tr("Everyone who read or changed anything about one patient. Uses the selected event "
                                 "when it is about a contact (contact:…), otherwise the Patient contact field."));
    m_exportCsv->setObjectName(QStringLiteral("auditExportCsv"));
    m_exportJson->setObjectName(QStringLiteral("auditExportJson"));
    for (QPushButton *button : {m_exportCsv, m_exportJson}) {
        button->setToolTip(tr("Saves every event that matches the filters shown (at most 100,000), with the signed "
                              "checkpoints that prove nothing was cut off. Exporting is itself recorded."));
    }
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(tr("Checks every event in the trail and every signed checkpoint"));

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditModel::Time, 150);
    m_table->setColumnWidth(AuditModel::Person, 110);
    m_table->setColumnWidth(AuditModel::Action, 170);
    m_table->setColumnWidth(AuditModel::Target, 150);
    m_table->setColumnWidth(AuditModel::Workstation, 170);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fields = new QGridLayout;
    auto addField = [&](int row, int column, const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        fields->addWidget(text, row, column * 2);
        fields->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Person:"), m_person);
    addField(0, 1, tr("Patie&nt:"), m_contact);
    addField(1, 0, tr("&Event type:"), m_action);
    addField(1, 1, tr("&Workstation:"), m_device);
    fields->addWidget(m_fromOn, 2, 0);
    fields->addWidget(m_from, 2, 1);
    fields->addWidget(m_toOn, 2, 2);
    fields->addWidget(m_to, 2, 3);
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_apply);
    filterButtons->addWidget(m_clear);
    filterButtons->addStretch();
    filterButtons->addWidget(m_whoAccessed);
    auto *listLabel = new QLabel(tr("Events, newest fi&rst (times in local time):"), this);
    listLabel->setBuddy(m_table);
    auto *bottomButtons = new QHBoxLayout;
    bottomButtons->addWidget(m_status, 1);
    bottomButtons->addWidget(m_exportCsv);
    bottomButtons->addWidget(m_exportJson);
    bottomButtons->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addLayout(filterButtons);
    layout->addWidget(listLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottomButtons);
    layout->addWidget(m_message);
    setTabOrder(m_person, m_contact);
    setTabOrder(m_contact, m_action);
    setTabOrder(m_action, m_device);
    setTabOrder(m_device, m_fromOn);
    setTabOrder(m_fromOn, m_from);
    setTabOrder(m_from, m_toOn);
    setTabOrder(m_toOn, m_to);
    setTabOrder(m_to, m_apply);

    connect(m_apply, &QPushButton::clicked, this, &AuditView::apply);
    connect(m_clear, &QPushButton::clicked, this, &AuditView::clearFilters);
    connect(m_whoAccessed, &QPushButton::clicked, this, &AuditView::showWhoAccessedPatient);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(client::AuditService::Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportAs(client::AuditService::Format::Json); });
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(m_model, &AuditModel::loadingChanged, this, &AuditView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateStatus);
    connect(m_model, &AuditModel::failed, this, [this](const QString &error) { report(false, error); });
    updateStatus();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        apply();
    }
}

client::AuditFilter AuditView::filterFromFields() const
{
    client::AuditFilter filter;
    filter.actor = actorFromField(m_person->text());
    setPatient(filter, m_contact->text());
    filter.actionPrefix = m_action->text().trimmed();
    filter.deviceId = m_device->text().trimmed();
    if (m_fromOn->isChecked()) {
        filter.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch(); // local midnight, as UTC ms
    }
    if (m_toOn->isChecked()) {
        filter.toMs = m_to->date().endOfDay().toMSecsSinceEpoch(); // the last ms of that local day
    }
    return filter;
}

void AuditView::apply()
{
    const client::AuditFilter filter = filterFromFields();
    if (filter.fromMs && filter.toMs && *filter.fromMs > *filter.toMs) {
        report(false, tr("The From day is after the To day."));
        m_from->setFocus();
        return;
    }
    m_message->clear();
    m_model->setFilter(filter);
}

void AuditView::clearFilters()
{
    for (QLineEdit *field : {m_person, m_contact, m_action, m_device}) {
        field->clear();
    }
    m_fromOn->setChecked(false);
    m_toOn->setChecked(false);
    apply();
}

void AuditView::showWhoAccessedPatient()
{
    QString patient;
    if (const QModelIndexList rows = m_table->selectionModel()->selectedRows(); !rows.isEmpty()) {
        if (const client::AuditEventRow *event = m_model->event(rows.first().row())) {
            if (const qint64 contactId = contactOfTarget(event->target); contactId > 0) {
                patient = QString::number(contactId);
            }
        }
    }
    if (patient.isEmpty()) {
        patient = m_contact->text().trimmed();
    }
    if (patient.isEmpty()) {
        report(false, tr("Type the patient's phone number, name or contact number in Patient, or select an event "
                         "about a contact (contact:…), then try again."));
        m_contact->setFocus();
        return;
    }
    for (QLineEdit *field : {m_person, m_action, m_device}) {
        field->clear();
    }
    m_fromOn->setChecked(false);
    m_toOn->setChecked(false);
    m_contact->setText(patient);
    apply();
    report(true, tr("Showing everyone who read or changed anything about patient %1: the contact, their "
                    "conversation, its messages, and the inbox pages and event streams that showed them.")
                     .arg(patient));
}

void AuditView::exportAs(client::AuditService::Format format)
{
    const bool csv = format == client::AuditService::Format::Csv;
    const client::AuditFilter filter = m_model->filter(); // what the table shows, not what is typed
    auto *dialog = new QFileDialog(this, csv ? tr("Export the audit trail as CSV") : tr("Export the audit trail as JSON"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("carebridge-audit-%1.%2")
                           .arg(QDate::currentDate().toString(Qt::ISODate), csv ? QStringLiteral("csv") : QStringLiteral("json")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, filter, format](const QString &path) {
        m_exportCsv->setEnabled(false);
        m_exportJson->setEnabled(false);
        report(true, tr("Exporting…"));
        m_audit.exportTo(filter, format, [self = QPointer<AuditView>(this), path](const QByteArray &bytes, bool capped,
                                                                                  const QString &error) {
            if (!self) {
                return;
            }
            self->m_exportCsv->setEnabled(true);
            self->m_exportJson->setEnabled(true);
            if (!error.isEmpty()) {
                self->report(false, tr("The export failed: %1").arg(error));
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                self->report(false, tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
                return;
            }
            const QString saved = tr("Saved the export to %1.").arg(QDir::toNativeSeparators(path));
            self->report(true, capped ? saved + QLatin1Char(' ') +
                                            tr("It is capped: only the newest 100,000 matching events are in it. "
                                               "Narrow the filters (for example the dates) to export the rest.")
                                      : saved + QLatin1Char(' ') + tr("Every matching event is in it."));
        });
    });
    dialog->open();
}

void AuditView::verifyChain()
{
    m_verify->setEnabled(false);
    report(true, tr("Checking the whole audit trail…"));
    m_audit.verify([self = QPointer<AuditView>(this)](const client::AuditService::Verification &result, const QString &error) {
        if (!self) {
            return;
        }
        self->m_verify->setEnabled(true);
        if (!error.isEmpty()) {
            self->report(false, tr("Could not check the audit trail: %1").arg(error));
            return;
        }
        if (result.intact) {
            self->report(true, tr("The audit trail is intact: %n event(s) checked, and every signed checkpoint (%1) matches.", nullptr,
                                  int(result.eventsChecked))
                                   .arg(result.checkpointsChecked));
            return;
        }
        QString text = tr("The audit trail is NOT intact. The first bad event is number %1: %2.")
                           .arg(result.firstBadSeq.value_or(0))
                           .arg(problemText(result.problem));
        if (!result.explanation.isEmpty()) {
            text += QLatin1Char(' ') + result.explanation;
        }
        self->report(false, text);
    });
}

void AuditView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
}

void AuditView::updateStatus()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading()) {
        m_status->setText(rows == 0 ? tr("Loading…") : tr("%n event(s) shown; loading more…", nullptr, rows));
    } else if (m_model->atEnd()) {
        m_status->setText(rows == 0 ? tr("No events match.") : tr("All %n matching event(s) shown.", nullptr, rows));
    } else {
        m_status->setText(tr("%n event(s) shown; scroll down for older ones.", nullptr, rows));
    }
}

} // namespace cb::ui
