#include "ui/admin/admin_console.h"

#include "client/admin/audit_service.h"
#include "client/admin/compliance_flags_service.h"
#include "client/admin/compliance_service.h"
#include "client/admin/records_service.h"
#include "client/admin/session_admin_service.h"
#include "client/inbox/canned_replies_service.h"
#include "core/policy/permissions.h"
#include "ui/admin/audit_view.h"
#include "ui/admin/canned_replies_view.h"
#include "ui/admin/dashboard_view.h"
#include "ui/admin/flags_view.h"
#include "ui/admin/incidents_view.h"
#include "ui/admin/retention_view.h"
#include "ui/admin/review_view.h"
#include "ui/admin/sessions_view.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cb::ui {

using policy::Permission;

bool AdminConsole::availableTo(const QList<policy::Role> &roles)
{
    return policy::rolesAllow(roles, Permission::ViewSessions) || policy::rolesAllow(roles, Permission::ViewAuditTrail) ||
           policy::rolesAllow(roles, Permission::ManageIncidents);
}

AdminConsole::AdminConsole(client::ServerConnection &server, const QList<policy::Role> &roles, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("adminConsole"));
    setWindowTitle(tr("Administration"));
    resize(960, 640);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    if (policy::rolesAllow(roles, Permission::ViewSessions)) {
        m_sessions = new client::SessionAdminService(server, this);
        m_tabs->addTab(new SessionsView(*m_sessions, policy::rolesAllow(roles, Permission::RevokeSessions), this),
                       tr("&Sessions"));
    }
    if (policy::rolesAllow(roles, Permission::ViewAuditTrail)) {
        m_audit = new client::AuditService(server, this);
        m_tabs->addTab(new AuditView(*m_audit, this), tr("&Audit trail"));
    }
    const bool incidents = policy::rolesAllow(roles, Permission::ManageIncidents);
    const bool dashboard = policy::rolesAllow(roles, Permission::ViewAuditTrail);
    if (incidents || dashboard) {
        m_compliance = new client::ComplianceService(server, this);
    }
    if (incidents) {
        m_tabs->addTab(new IncidentsView(*m_compliance, this), tr("&Incidents"));
    }
    if (dashboard) {
        m_tabs->addTab(new DashboardView(*m_compliance, this), tr("&Dashboard"));
        m_flags = new client::ComplianceFlagsService(server, this);
        m_tabs->addTab(new FlagsView(*m_flags, policy::rolesAllow(roles, Permission::AcknowledgeFlags), this), tr("Fla&gs"));
    }
    const bool retention = policy::rolesAllow(roles, Permission::ViewAuditTrail);
    const bool review = policy::rolesAllow(roles, Permission::ReviewConversations);
    if (retention || review) {
        m_records = new client::RecordsService(server, this);
    }
    if (retention) {
        m_tabs->addTab(new RetentionView(*m_records, policy::rolesAllow(roles, Permission::ManageRetention), this), tr("&Retention"));
    }
    if (review) {
        m_tabs->addTab(new ReviewView(*m_records, this), tr("Re&view"));
    }
    if (policy::rolesAllow(roles, Permission::ManageStaff)) {
        m_canned = new client::CannedRepliesService(server, this);
        m_tabs->addTab(new CannedRepliesView(*m_canned, this), tr("Ca&nned replies"));
    }
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace cb::ui
