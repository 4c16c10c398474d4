#pragma once

#include "client/admin/audit_service.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cb::ui {

class AuditModel;

// "Audit trail" for admins and compliance: every recorded event, newest first,
// loaded a page at a time as the table scrolls. Filters by person, patient,
// event type, workstation and local dates; "Who accessed this patient's
// conversations?" in one click; exports as CSV or JSON; checks the whole chain.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    AuditView(client::AuditService &audit, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    // The filters as typed (dates as UTC ms over whole local days).
    client::AuditFilter filterFromFields() const;
    void apply();
    // The patient of the selected event when it is about a contact, otherwise
    // the Patient contact field; every other filter is cleared.
    void showWhoAccessedPatient();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void clearFilters();
    void exportAs(client::AuditService::Format format);
    void verifyChain();
    void report(bool ok, const QString &message);
    void updateStatus();

    client::AuditService &m_audit;
    AuditModel *m_model;
    QLineEdit *m_person;
    QLineEdit *m_contact;
    QLineEdit *m_action;
    QLineEdit *m_device;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QPushButton *m_whoAccessed;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QPushButton *m_verify;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_message;
    bool m_loadedOnce = false;
};

} // namespace cb::ui
