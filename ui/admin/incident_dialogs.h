#pragma once

#include "client/admin/compliance_service.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cb::ui {

class ConversationPicker;

// People's words for the server's incident types and statuses.
QString incidentTypeName(const QString &type);
QString incidentStatusName(const QString &status);

// "Report an incident": any role. The type decides whether it names a
// conversation or a workstation; the discovery time starts the 60-day clock.
class ReportIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    // `conversationId` and `patient`: reporting from a conversation (0: from the
    // console, where a picker finds the conversation by the patient's name or number).
    ReportIncidentDialog(client::ComplianceService &service, qint64 conversationId = 0, const QString &patient = {},
                         QWidget *parent = nullptr);

    // What the workstation list says for each: its name, and when two share a name
    // when each was last seen, so the right one is chosen.
    static QStringList workstationChoices(const QList<api::WorkstationDto> &workstations);

signals:
    void reported(const client::Incident &incident);

private:
    void listWorkstations();
    void updateFields();
    void submit();

    client::ComplianceService &m_service;
    QComboBox *m_type;
    ConversationPicker *m_conversation;
    QComboBox *m_device; // the workstations that signed in, or a name typed in
    QDateTimeEdit *m_discovered;
    QPlainTextEdit *m_summary;
    QLabel *m_message;
    QPushButton *m_ok;
};

// HIPAA's four-factor risk assessment (45 CFR 164.402) and its conclusion.
class AssessIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    AssessIncidentDialog(client::ComplianceService &service, const client::Incident &incident, QWidget *parent = nullptr);

signals:
    void assessed(const client::Incident &incident);

private:
    void submit();

    client::ComplianceService &m_service;
    qint64 m_id;
    QPlainTextEdit *m_nature;
    QPlainTextEdit *m_recipient;
    QComboBox *m_viewed;
    QPlainTextEdit *m_mitigation;
    QComboBox *m_conclusion;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace cb::ui
