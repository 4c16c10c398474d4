#include "server/portal/portal_routes.h"

#include "core/api/inbox_dto.h"
#include "core/api/json_text.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/whatsapp/media_type.h"
#include "server/http/api_response.h"
#include "server/portal/form_data.h"
#include "server/portal/portal_files.h"
#include "server/portal/portal_messenger.h"
#include "server/server_context.h"
#include "server/portal/portal_site.h"

#include <QFile>

#include <algorithm>

namespace cb::server {

namespace portal {

const QByteArray CookieName = QByteArrayLiteral("__Host-cb_portal");

QByteArray cookieTokenIn(const QByteArray &cookieHeader)
{
    for (QByteArray part : cookieHeader.split(';')) {
        part = part.trimmed();
        if (part.startsWith(CookieName) && part.size() > CookieName.size() && part[CookieName.size()] == '=') {
            return part.mid(CookieName.size() + 1);
        }
    }
    return {};
}

QByteArray cookieToken(const Request &request)
{
    return cookieTokenIn(request.value("cookie"));
}

http::HttpRouter::BodyLimitRule verifiedBodyLimit(ServerContext &context, qsizetype limit)
{
    const http::LiveTokenIndex &live = context.portalSessions().liveTokens();
    const platform::Clock &clock = context.clock();
    return [&live, &clock, limit](const http::HttpRouter::HeaderValue &header) {
        return live.mayBeLive(cookieTokenIn(header("cookie")), clock.nowMs()) ? limit : std::min<qsizetype>(limit, 4096);
    };
}

Response htmlPage(const QString &html, Status status)
{
    return Response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
}

Response redirectTo(const QByteArray &location)
{
    Response response(Status::SeeOther);
    response.setHeader("Location", location);
    return response;
}

void setSessionCookie(Response &response, const QByteArray &token)
{
    response.setHeader("Set-Cookie", CookieName + '=' + token + "; Path=/; Secure; HttpOnly; SameSite=Strict");
}

void clearSessionCookie(Response &response)
{
    response.setHeader("Set-Cookie", CookieName + "=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0");
}

Portal::Portal(ServerContext &context)
    : m_context(context),
      m_pages(context.config().clinicName, int(context.config().portal.uploadBytes / (1024 * 1024))),
      m_origin(context.config().portal.publicUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash).toUtf8())
{
}

QString Portal::languageFor(const Request &request, const PortalSessions::Session *session) const
{
    return PortalPages::chooseLanguage(request.query().queryItemValue(QStringLiteral("lang")), session ? session->language : QString(),
                                       request.value("accept-language"));
}

Portal::Visit Portal::visit(const Request &request, bool activity)
{
    Visit visit;
    visit.token = cookieToken(request);
    visit.lookup = m_context.portalSessions().find(visit.token, activity);
    if (visit.lookup.endedNow) {
        m_context.record(QStringLiteral("portal:%1").arg(visit.lookup.endedSessionId), QStringLiteral("portal.session_ended"),
                         target(visit.lookup.endedConversationId), {{QStringLiteral("reason"), visit.lookup.ended}});
    }
    const auto &session = visit.lookup.session;
    visit.language = languageFor(request, session ? &*session : nullptr);
    if (session) {
        if (visit.language != session->language) {
            m_context.portalSessions().setLanguage(session->id, visit.language);
        }
        visit.csrf = QString::fromLatin1(m_context.portalSessions().csrfToken(visit.token));
    }
    return visit;
}

// A form must come from a page of the portal itself: neither its Origin nor
// the fetch metadata may name another site. Our pages' no-referrer policy
// makes browsers send "Origin: null" on their own forms, so null passes here
// and Sec-Fetch-Site (which a page cannot forge) tells same-origin apart; the
// CSRF token is required on top of both.
bool Portal::sameOrigin(const Request &request) const
{
    const QByteArray origin = request.value("origin");
    const QByteArray site = request.value("sec-fetch-site");
    return (origin.isEmpty() || origin == "null" || origin == m_origin) && (site.isEmpty() || site == "same-origin" || site == "none");
}

std::optional<Response> Portal::refuseForm(const Request &request, const Visit &visit, const std::optional<FormData> &form,
                                           const QString &path)
{
    const QString csrf = form ? form->value(QStringLiteral("csrf")) : QString();
    if (!visit.lookup.session) {
        return htmlPage(m_pages.notice(PortalPages::Notice::SessionEnded, visit.language, path), Status::Unauthorized);
    }
    if (!sameOrigin(request) || !m_context.portalSessions().csrfMatches(visit.token, csrf.toLatin1())) {
        m_context.record(actor(*visit.lookup.session), QStringLiteral("portal.csrf_refused"), target(visit.lookup.session->conversationId),
                         {{QStringLiteral("path"), path}, {QStringLiteral("address"), request.remoteAddress().toString()}});
        return htmlPage(m_pages.notice(PortalPages::Notice::FormExpired, visit.language, QStringLiteral("/portal")), Status::Forbidden);
    }
    return std::nullopt;
}

void Portal::endSession(const PortalSessions::Session &session, const QString &reason)
{
    store::Transaction transaction(m_context.store().database());
    m_context.portalSessions().end(session.id, reason);
    m_context.record(actor(session), reason == QLatin1String("signed_out") ? QStringLiteral("portal.signed_out")
                                                                           : QStringLiteral("portal.session_ended"),
                     target(session.conversationId), {{QStringLiteral("reason"), reason}});
    transaction.commit();
}

void Portal::publish(std::int64_t conversationId)
{
    m_context.inbox().publishConversation(conversationId);
}

void Portal::markRead(const PortalSessions::Session &session, const QList<model::Message> &shown)
{
    const bool unread = std::any_of(shown.cbegin(), shown.cend(), [](const model::Message &message) {
        return message.direction == model::Direction::Outbound && message.state == model::DeliveryState::Delivered;
    });
    if (!unread) {
        return;
    }
    store::Transaction transaction(m_context.store().database());
    const QList<std::int64_t> read = m_context.inbox().markPortalRead(session.conversationId, shown.first().id, shown.last().id,
                                                                        m_context.clock().nowMs());
    for (const std::int64_t id : read) {
        m_context.inbox().publishMessage(id, api::event::MessageChanged);
    }
    transaction.commit();
    m_context.changes().notifyCommitted();
}

Response Portal::show(const Request &request)
{
    const Visit visit = this->visit(request);
    const auto &session = visit.lookup.session;
    if (!session) {
        Response response = htmlPage(m_pages.notice(visit.lookup.ended.isEmpty() ? PortalPages::Notice::LinkNotValid
                                                                                 : PortalPages::Notice::SessionEnded,
                                                    visit.language, QStringLiteral("/portal")),
                                     visit.lookup.ended.isEmpty() ? Status::NotFound : Status::Ok);
        if (!visit.token.isEmpty()) {
            clearSessionCookie(response);
        }
        return response;
    }
    if (!session->verified) {
        const auto invitation = m_context.invitations().byId(session->invitationId);
        if (!invitation || !invitation->usable(m_context.clock().nowMs())) {
            endSession(*session, QStringLiteral("link_unusable"));
            Response response = htmlPage(m_pages.notice(PortalPages::Notice::LinkNotValid, visit.language, QStringLiteral("/portal")),
                                         Status::NotFound);
            clearSessionCookie(response);
            return response;
        }
        const auto conversation = m_context.inbox().conversation(session->conversationId);
        const bool resent = request.query().queryItemValue(QStringLiteral("sent")) == QLatin1String("1");
        return htmlPage(m_pages.verify(visit.language, visit.csrf, conversation && conversation->contact.hasDateOfBirth, {},
                                       resent ? m_pages.codeSent(visit.language) : QString()));
    }
    return showConversation(visit, {});
}

Response Portal::showConversation(const Visit &visit, const QString &error, Status status, bool uploadError)
{
    const auto &session = *visit.lookup.session;
    const QList<model::Message> messages =
        m_context.inbox().channelMessages(session.conversationId, model::Channel::Portal, 0, PageMessages);
    QJsonObject detail{{QStringLiteral("count"), messages.size()}};
    if (!messages.isEmpty()) {
        detail.insert(QStringLiteral("first_id"), qint64(messages.first().id));
        detail.insert(QStringLiteral("last_id"), qint64(messages.last().id));
    }
    m_context.record(actor(session), QStringLiteral("portal.view"), target(session.conversationId), detail);
    markRead(session, messages);
    return htmlPage(m_pages.conversation(visit.language, visit.csrf, messages, error, uploadError), status);
}

Response Portal::signOut(const Request &request)
{
    const Visit visit = this->visit(request);
    const auto form = parseUrlEncodedForm(request.body(), {});
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/sign-out"))) {
        return *refusal;
    }
    endSession(*visit.lookup.session, QStringLiteral("signed_out"));
    Response response = htmlPage(m_pages.notice(PortalPages::Notice::SignedOut, visit.language, QStringLiteral("/portal")));
    clearSessionCookie(response);
    return response;
}

// Files up to the upload limit: read on a reader connection, audited here.
void Portal::addTo(http::HttpRouter &routes)
{
    auto self = shared_from_this();
    routes.addSimple(Method::Get, QStringLiteral("/p/<arg>"), [self](const Request &request, const QStringList &args) {
        return self->openLink(request, args.value(0));
    }, 0);
    routes.addSimple(Method::Get, QStringLiteral("/portal"), [self](const Request &request, const QStringList &) { return self->show(request); }, 0);
    routes.addSimple(Method::Get, QStringLiteral("/portal/continue"), [self](const Request &request, const QStringList &) {
        return htmlPage(self->m_pages.continuePage(self->languageFor(request, nullptr)));
    }, 0);
    routes.addSimple(Method::Post, QStringLiteral("/portal/verify"), [self](const Request &request, const QStringList &) { return self->verify(request); }, 4096);
    routes.addSimple(Method::Post, QStringLiteral("/portal/code"), [self](const Request &request, const QStringList &) { return self->resendCode(request); }, 4096);
    routes.addSimple(Method::Post, QStringLiteral("/portal/messages"), [self](const Request &request, const QStringList &) {
        return self->postMessage(request);
    }, verifiedBodyLimit(m_context, 64 * 1024));
    routes.addSimple(Method::Post, QStringLiteral("/portal/upload"), [self](const Request &request, const QStringList &) {
        return self->upload(request);
    }, verifiedBodyLimit(m_context, m_context.config().portal.uploadBytes + 64 * 1024));
    routes.addSimple(Method::Get, QStringLiteral("/portal/updates"), [self](const Request &request, const QStringList &) { return self->updates(request); }, 0);
    routes.addSimple(Method::Post, QStringLiteral("/portal/sign-out"), [self](const Request &request, const QStringList &) { return self->signOut(request); }, 4096);
    routes.add(Method::Get, QStringLiteral("/portal/media/<arg>"), [self](const Request &request, const QStringList &args, const Responder &responder) {
        self->media(request, args.value(0), responder);
    }, 0);
    // The page's own stylesheet and script; nothing from any other origin.
    for (const auto &[name, type] : {std::pair{"portal.css", "text/css; charset=utf-8"}, std::pair{"portal.js", "text/javascript; charset=utf-8"}}) {
        QFile file(QStringLiteral(":/portal/%1").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error(std::string("portal asset missing: ") + name);
        }
        const QByteArray content = file.readAll();
        const QByteArray contentType = type;
        routes.addSimple(Method::Get, QStringLiteral("/portal/static/%1").arg(QLatin1String(name)),
                         [content, contentType](const Request &, const QStringList &) { return Response(contentType, content); }, 0);
    }
    routes.addSimple(Method::Get, QStringLiteral("/"), [](const Request &, const QStringList &) { return redirectTo("/portal"); }, 0);
}
} // namespace portal

void addPortalRoutes(http::HttpRouter &routes, ServerContext &context)
{
    std::make_shared<portal::Portal>(context)->addTo(routes);
    const QUrl publicUrl = context.config().portal.publicUrl;
    QList<http::Header> headers{
        {"Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"},
    };
    // Patients reach the portal over https (nginx or our own TLS): browsers keep to it.
    if (publicUrl.scheme() == QLatin1String("https")) {
        headers.append(http::Header("Strict-Transport-Security", "max-age=31536000; includeSubDomains"));
    }
    routes.setExtraHeaders(headers);
}

} // namespace cb::server
