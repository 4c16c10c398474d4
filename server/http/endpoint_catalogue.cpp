#include "server/http/endpoint_catalogue.h"

#include <cstring>
#include <stdexcept>

namespace cb::server {

namespace {
using Method = http::Method;
using P = policy::Permission;
constexpr bool StepUp = true;
} // namespace

const QList<Endpoint> &endpointCatalogue()
{
    static const QList<Endpoint> endpoints{
        {"login.password", Method::Post, "/api/v1/login/password", std::nullopt, true, PublicBodyLimit},
        {"login.code", Method::Post, "/api/v1/login/code", std::nullopt, true, PublicBodyLimit},
        {"login.enrol", Method::Post, "/api/v1/login/enrol", std::nullopt, true, PublicBodyLimit},

        {"me.get", Method::Get, "/api/v1/me", P::UseOwnAccount, false},
        {"me.activity", Method::Post, "/api/v1/me/activity", P::UseOwnAccount},
        {"me.lock", Method::Post, "/api/v1/me/lock", P::UseOwnAccount, false},
        {"me.unlock", Method::Post, "/api/v1/me/unlock", P::UseOwnAccount},
        {"me.logout", Method::Post, "/api/v1/me/logout", P::UseOwnAccount},
        {"me.password", Method::Post, "/api/v1/me/password", P::UseOwnAccount},
        {"me.sessions", Method::Get, "/api/v1/me/sessions", P::UseOwnAccount},
        {"me.sessions.end", Method::Delete, "/api/v1/me/sessions/<arg>", P::UseOwnAccount},
        {"me.step_up", Method::Post, "/api/v1/me/step-up", P::UseOwnAccount},

        // Changes to staff and sessions need a recent password and code (step-up).
        {"staff.list", Method::Get, "/api/v1/staff", P::ManageStaff},
        {"staff.create", Method::Post, "/api/v1/staff", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.disable", Method::Post, "/api/v1/staff/<arg>/disable", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.enable", Method::Post, "/api/v1/staff/<arg>/enable", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.roles", Method::Post, "/api/v1/staff/<arg>/roles", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.unlock", Method::Post, "/api/v1/staff/<arg>/unlock", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.reset_mfa", Method::Post, "/api/v1/staff/<arg>/reset-mfa", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.reset_password", Method::Post, "/api/v1/staff/<arg>/password", P::ManageStaff, true, DefaultBodyLimit, StepUp},
        {"staff.sessions", Method::Get, "/api/v1/staff/<arg>/sessions", P::RevokeSessions},
        {"sessions.revoke", Method::Delete, "/api/v1/sessions/<arg>", P::RevokeSessions, true, DefaultBodyLimit, StepUp},
        {"sessions.list", Method::Get, "/api/v1/sessions", P::ViewSessions, false},
        {"sessions.revoke_many", Method::Post, "/api/v1/sessions/revoke", P::RevokeSessions, true, DefaultBodyLimit, StepUp},
        {"devices.wipe", Method::Post, "/api/v1/devices/<arg>/wipe", P::RevokeSessions, true, DefaultBodyLimit, StepUp},

        {"audit.verify", Method::Get, "/api/v1/audit/verify", P::ViewAuditTrail},
        {"audit.events", Method::Get, "/api/v1/audit/events", P::ViewAuditTrail},
        {"audit.export", Method::Get, "/api/v1/audit/export", P::ViewAuditTrail},
        {"inbox.snapshot", Method::Get, "/api/v1/inbox", P::ReadConversations, false},
        // Search text goes in the body: no patient's name or number in a URL.
        {"inbox.search", Method::Post, "/api/v1/search", P::ReadConversations},
        {"inbox.colleagues", Method::Get, "/api/v1/colleagues", P::ReadConversations, false},
        {"conversations.messages", Method::Get, "/api/v1/conversations/<arg>/messages", P::ReadConversations},
        {"conversations.send", Method::Post, "/api/v1/conversations/<arg>/messages", P::ReplyToPatients},
        {"conversations.phi_refused", Method::Post, "/api/v1/conversations/<arg>/phi-refused", P::ReplyToPatients},
        {"conversations.assign", Method::Post, "/api/v1/conversations/<arg>/assign", P::ReadConversations},
        {"conversations.status", Method::Post, "/api/v1/conversations/<arg>/status", P::ReadConversations},
        {"conversations.read", Method::Post, "/api/v1/conversations/<arg>/read", P::ReadConversations},
        {"conversations.unread", Method::Post, "/api/v1/conversations/<arg>/unread", P::ReadConversations},
        {"conversations.mentions_seen", Method::Post, "/api/v1/conversations/<arg>/mentions/seen", P::ReadConversations},
        {"conversations.consent", Method::Post, "/api/v1/conversations/<arg>/consent", P::ReplyToPatients},
        {"conversations.escalate", Method::Post, "/api/v1/conversations/<arg>/escalate", P::ReplyToPatients},
        {"conversations.portal_revoke", Method::Post, "/api/v1/conversations/<arg>/portal/revoke", P::ReplyToPatients},
        {"conversations.date_of_birth", Method::Post, "/api/v1/conversations/<arg>/date-of-birth", P::ReplyToPatients},
        // A portal attachment as base64 in JSON: the upload limit (at most 10 MiB) plus a third.
        {"conversations.attach", Method::Post, "/api/v1/conversations/<arg>/attachments", P::ReplyToPatients, true, 14 * 1024 * 1024},
        {"portal.stats", Method::Get, "/api/v1/portal/stats", P::ViewAuditTrail, false},
        {"messages.media", Method::Get, "/api/v1/messages/<arg>/media", P::ReadConversations},
        {"dead_letters.list", Method::Get, "/api/v1/dead-letters", P::ManageStaff, false},
        {"dead_letters.reprocess", Method::Post, "/api/v1/dead-letters/reprocess", P::ManageStaff},

        // Records (issue 12): retraction, retention and holds, review access, incidents, the dashboard.
        {"messages.retract", Method::Post, "/api/v1/messages/<arg>/retract", P::ReplyToPatients},
        {"retention.holds", Method::Get, "/api/v1/retention/holds", P::ViewAuditTrail, false},
        {"retention.hold_place", Method::Post, "/api/v1/retention/holds", P::ManageRetention, true, DefaultBodyLimit, StepUp},
        {"retention.hold_release", Method::Post, "/api/v1/retention/holds/<arg>/release", P::ManageRetention, true, DefaultBodyLimit, StepUp},
        {"retention.preview", Method::Get, "/api/v1/retention/preview", P::ViewAuditTrail, false},
        {"retention.purge", Method::Post, "/api/v1/retention/purge", P::ManageRetention, true, DefaultBodyLimit, StepUp},
        // Review access hands compliance patient data: as weighty as revoking, so step-up too.
        {"reviews.open", Method::Post, "/api/v1/reviews", P::ReviewConversations, true, DefaultBodyLimit, StepUp},
        {"reviews.list", Method::Get, "/api/v1/reviews", P::ReviewConversations, false},
        {"reviews.messages", Method::Get, "/api/v1/reviews/<arg>/messages", P::ReviewConversations},
        {"incidents.report", Method::Post, "/api/v1/incidents", P::ReportIncident},
        {"incidents.list", Method::Get, "/api/v1/incidents", P::ManageIncidents, false},
        {"incidents.get", Method::Get, "/api/v1/incidents/<arg>", P::ManageIncidents, false},
        {"incidents.assess", Method::Post, "/api/v1/incidents/<arg>/assess", P::ManageIncidents},
        {"incidents.status", Method::Post, "/api/v1/incidents/<arg>/status", P::ManageIncidents},
        {"compliance.dashboard", Method::Get, "/api/v1/compliance/dashboard", P::ViewAuditTrail, false},
        {"compliance.conversations", Method::Get, "/api/v1/compliance/conversations", P::ViewAuditTrail, false},
        // Canned replies hold no patient data: every role reads them, admins write them.
        {"canned.list", Method::Get, "/api/v1/canned-replies", P::UseOwnAccount, false},
        {"canned.save", Method::Post, "/api/v1/canned-replies", P::ManageStaff},
        {"canned.delete", Method::Post, "/api/v1/canned-replies/<arg>/delete", P::ManageStaff},
        {"compliance.find_conversations", Method::Post, "/api/v1/compliance/conversation-lookup", P::ViewAuditTrail},
        // Admins see the flags about them; only compliance closes them.
        {"compliance.flags", Method::Get, "/api/v1/compliance/flags", P::ViewAuditTrail, false},
        {"compliance.flag_acknowledge", Method::Post, "/api/v1/compliance/flags/<arg>/acknowledge", P::AcknowledgeFlags},
    };
    return endpoints;
}

const Endpoint &endpointById(const char *id)
{
    for (const Endpoint &endpoint : endpointCatalogue()) {
        if (std::strcmp(endpoint.id, id) == 0) {
            return endpoint;
        }
    }
    throw std::logic_error(std::string("no endpoint ") + id);
}

} // namespace cb::server
