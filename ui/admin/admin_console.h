#pragma once

#include "core/policy/role.h"

#include <QDialog>

class QTabWidget;

namespace cb::client {
class ServerConnection;
class AuditService;
class SessionAdminService;
class ComplianceService;
class ComplianceFlagsService;
class RecordsService;
class CannedRepliesService;
}

namespace cb::ui {

// The administration and compliance console: one window, a tab per job. Each
// tab owns the service it talks through; tabs appear only for roles the server
// would allow (it checks again), and compliance gets them read-only.
class AdminConsole : public QDialog
{
    Q_OBJECT
public:
    AdminConsole(client::ServerConnection &server, const QList<policy::Role> &roles, QWidget *parent = nullptr);

    // Whether these roles see the console at all.
    static bool availableTo(const QList<policy::Role> &roles);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    client::SessionAdminService *m_sessions = nullptr;
    client::AuditService *m_audit = nullptr;
    client::ComplianceService *m_compliance = nullptr;
    client::ComplianceFlagsService *m_flags = nullptr;
    client::RecordsService *m_records = nullptr;
    client::CannedRepliesService *m_canned = nullptr;
};

} // namespace cb::ui
