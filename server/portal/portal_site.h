#pragma once

// The patient portal's routes, shared by the files that implement them:
// portal_routes.cpp (visits, sessions, the page, wiring), portal_verification.cpp
// (links and codes) and portal_content.cpp (messages, files, updates).
// Nothing outside server/portal includes this.
#include "server/http/http_router.h"
#include "server/portal/form_data.h"
#include "server/portal/portal_pages.h"
#include "server/portal/portal_sessions.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace cb::model {
struct Conversation;
}

namespace cb::server {

class ServerContext;

namespace portal {

using http::Method;
using http::Request;
using http::Responder;
using http::Response;

extern const QByteArray CookieName;
constexpr int PageMessages = 200;

// The portal session token in a Cookie header (empty when there is none).
QByteArray cookieTokenIn(const QByteArray &cookieHeader);
QByteArray cookieToken(const Request &request);
// Decided on an I/O thread from the headers: only a verified patient's session
// gets room for a message or a file; anyone else a small form's worth.
http::HttpRouter::BodyLimitRule verifiedBodyLimit(ServerContext &context, qsizetype limit);
Response htmlPage(const QString &html, Status status = Status::Ok);
Response redirectTo(const QByteArray &location);
// Secure and HttpOnly, for this host only (__Host-), never sent cross-site.
void setSessionCookie(Response &response, const QByteArray &token);
void clearSessionCookie(Response &response);

// Everything the patient reaches: one object per server, its routes hold it.
class Portal : public std::enable_shared_from_this<Portal>
{
public:
    explicit Portal(ServerContext &context);

    void addTo(http::HttpRouter &routes);

private:
    struct Visit
    {
        PortalSessions::Lookup lookup;
        QByteArray token;
        QString language;
        QString csrf;
    };

    Visit visit(const Request &request, bool activity = true);
    QString languageFor(const Request &request, const PortalSessions::Session *session) const;
    bool sameOrigin(const Request &request) const;
    // A form must carry its session's CSRF token and come from the portal itself.
    std::optional<Response> refuseForm(const Request &request, const Visit &visit, const std::optional<FormData> &form,
                                       const QString &path);
    QString actor(const PortalSessions::Session &session) const { return QStringLiteral("portal:%1").arg(session.id); }
    QString target(std::int64_t conversationId) const { return QStringLiteral("conversation:%1").arg(conversationId); }
    void publish(std::int64_t conversationId);
    // The patient has the page with `shown` on it: staff's messages among them are read.
    void markRead(const PortalSessions::Session &session, const QList<model::Message> &shown);
    // Ends a session and audits why, in one transaction.
    void endSession(const PortalSessions::Session &session, const QString &reason);

    Response openLink(const Request &request, const QString &token);
    Response show(const Request &request);
    Response showConversation(const Visit &visit, const QString &error, Status status = Status::Ok, bool uploadError = false);
    Response verify(const Request &request);
    Response resendCode(const Request &request);
    Response postMessage(const Request &request);
    Response upload(const Request &request);
    Response updates(const Request &request);
    Response signOut(const Request &request);
    void media(const Request &request, const QString &id, const Responder &responder);
    // Sends a code if one may go now; false when the link has had its codes.
    bool sendCode(const model::Conversation &conversation, std::int64_t invitationId, const QString &actor);

    ServerContext &m_context;
    PortalPages m_pages;
    QByteArray m_origin;
};

} // namespace portal
} // namespace cb::server
