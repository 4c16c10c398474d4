#include "server/portal/portal_routes.h"

#include "core/api/inbox_dto.h"
#include "core/api/json_text.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/whatsapp/media_type.h"
#include "server/http/api_response.h"
#include "server/http/http_router.h"
#include "server/portal/form_data.h"
#include "server/portal/portal_files.h"
#include "server/portal/portal_messenger.h"
#include "server/portal/portal_pages.h"
#include "server/server_context.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

#include <memory>

namespace cb::server {

namespace {
using http::Method;
using http::Request;
using http::Responder;
using http::Response;

const QByteArray CookieName = QByteArrayLiteral("__Host-cb_portal");
constexpr int PageMessages = 200;

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

// Decided on an I/O thread from the headers: only a verified patient's
// session gets room for a message or a file; anyone else a small form's worth.
http::HttpRouter::BodyLimitRule verifiedBodyLimit(ServerContext &context, qsizetype limit)
{
    const http::LiveTokenIndex &live = context.portalSessions().liveTokens();
    const platform::Clock &clock = context.clock();
    return [&live, &clock, limit](const http::HttpRouter::HeaderValue &header) {
        return live.mayBeLive(cookieTokenIn(header("cookie")), clock.nowMs()) ? limit : std::min<qsizetype>(limit, 4096);
    };
}

Response htmlPage(const QString &html, Status status = Status::Ok)
{
    return Response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
}

Response redirectTo(const QByteArray &location)
{
    Response response(Status::SeeOther);
    response.setHeader("Location", location);
    return response;
}

// Secure and HttpOnly, for this host only (__Host-), never sent cross-site.
void setSessionCookie(Response &response, const QByteArray &token)
{
    response.setHeader("Set-Cookie", CookieName + '=' + token + "; Path=/; Secure; HttpOnly; SameSite=Strict");
}

void clearSessionCookie(Response &response)
{
    response.setHeader("Set-Cookie", CookieName + "=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0");
}

class Portal : public std::enable_shared_from_this<Portal>
{
public:
    explicit Portal(ServerContext &context)
        : m_context(context),
          m_pages(context.config().clinicName, int(context.config().portal.uploadBytes / (1024 * 1024))),
          m_origin(context.config().portal.publicUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash).toUtf8())
    {
    }

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

bool Portal::sendCode(const model::Conversation &conversation, std::int64_t invitationId, const QString &actor)
{
    PortalMessenger messenger(m_context);
    if (messenger.cannotReach(conversation)) {
        return false;
    }
    const auto code = m_context.invitations().issueCode(invitationId);
    if (!code) {
        return false;
    }
    const std::int64_t messageId = messenger.queue(conversation, PortalMessenger::Kind::Code, *code, 0);
    m_context.record(actor, QStringLiteral("portal.code_sent"), target(conversation.id),
                     {{QStringLiteral("invitation"), qint64(invitationId)}, {QStringLiteral("message"), qint64(messageId)}});
    return true;
}

// The link only identifies: it becomes a session cookie at once, and the
// browser moves to a URL without it (so it is in no history, Referer or log).
Response Portal::openLink(const Request &request, const QString &token)
{
    const QString language = languageFor(request, nullptr);
    const auto invitation = m_context.invitations().byToken(token.toLatin1());
    const auto refused = [&](const QString &why) {
        if (invitation) {
            m_context.record(QStringLiteral("portal"), why, target(invitation->conversationId),
                             {{QStringLiteral("invitation"), qint64(invitation->id)},
                              {QStringLiteral("address"), request.remoteAddress().toString()}});
        }
        m_context.metrics().portalLinksRefused.fetch_add(1);
        // The cookie stays: a refused link must not sign a patient out of a live session.
        return htmlPage(m_pages.notice(PortalPages::Notice::LinkNotValid, language, QStringLiteral("/portal")), Status::NotFound);
    };
    const std::int64_t now = m_context.clock().nowMs();
    if (!invitation) {
        return refused({});
    }
    // Already verified in this browser for this conversation (a nudge's link
    // tapped during a session): straight in, nothing new to prove.
    if (const Visit current = visit(request);
        current.lookup.session && current.lookup.session->verified && current.lookup.session->conversationId == invitation->conversationId) {
        return redirectTo("/portal/continue");
    }
    if (invitation->state == QLatin1String("verified")) {
        return refused(QStringLiteral("portal.link_reused"));
    }
    if (!invitation->usable(now)) {
        return refused(invitation->expired(now) ? QStringLiteral("portal.expired") : QStringLiteral("portal.link_refused"));
    }
    const auto conversation = m_context.inbox().conversation(invitation->conversationId);
    if (!conversation) {
        return refused(QStringLiteral("portal.link_refused"));
    }
    const QString contactLanguage = conversation->contact.language == QLatin1String("es") ? QStringLiteral("es") : QString();
    store::Transaction transaction(m_context.store().database());
    const QByteArray sessionToken = m_context.portalSessions().open(
        invitation->id, PortalPages::chooseLanguage(request.query().queryItemValue(QStringLiteral("lang")), contactLanguage,
                                                    request.value("accept-language")));
    if (invitation->state == QLatin1String("sent")) {
        m_context.invitations().setState(invitation->id, QStringLiteral("opened"));
    }
    m_context.record(QStringLiteral("portal"), QStringLiteral("portal.opened"), target(invitation->conversationId),
                     {{QStringLiteral("invitation"), qint64(invitation->id)}, {QStringLiteral("address"), request.remoteAddress().toString()}});
    // A code on the first opening, and again only once the last has expired
    // (a forwarded link opened elsewhere cannot replace the patient's code;
    // "Send me a new code" can, once a minute).
    if (!m_context.invitations().hasLiveCode(invitation->id)) {
        sendCode(*conversation, invitation->id, QStringLiteral("portal"));
    }
    publish(invitation->conversationId);
    transaction.commit();
    m_context.changes().notifyCommitted();
    Response response = redirectTo("/portal/continue");
    setSessionCookie(response, sessionToken);
    return response;
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
    return htmlPage(m_pages.conversation(visit.language, visit.csrf, messages, error, uploadError), status);
}

Response Portal::verify(const Request &request)
{
    const Visit visit = this->visit(request);
    const auto form = parseUrlEncodedForm(request.body(), {});
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/verify"))) {
        return *refusal;
    }
    const auto &session = *visit.lookup.session;
    if (session.verified) {
        return redirectTo("/portal");
    }
    const auto invitation = m_context.invitations().byId(session.invitationId);
    const auto conversation = m_context.inbox().conversation(session.conversationId);
    if (!invitation || !conversation || !invitation->usable(m_context.clock().nowMs())) {
        endSession(session, QStringLiteral("link_unusable"));
        Response response = htmlPage(m_pages.notice(PortalPages::Notice::LinkNotValid, visit.language, QStringLiteral("/portal")), Status::NotFound);
        clearSessionCookie(response);
        return response;
    }
    const bool codeRight = m_context.invitations().codeMatches(invitation->id, form->value(QStringLiteral("code")));
    bool dateRight = true;
    if (conversation->contact.hasDateOfBirth) {
        auto row = m_context.store().database().prepare("SELECT date_of_birth FROM contacts WHERE id = ?");
        row.bind(1, conversation->contact.id);
        const QDate given = QDate::fromString(form->value(QStringLiteral("dob")).trimmed(), Qt::ISODate);
        dateRight = row.step() && given.isValid() && given.toString(Qt::ISODate) == row.columnText(0);
    }
    store::Transaction transaction(m_context.store().database());
    if (codeRight && dateRight) {
        m_context.invitations().setState(invitation->id, QStringLiteral("verified"));
        // The link is used up: other browsers that opened it lose their hold.
        m_context.portalSessions().endForInvitation(invitation->id, QStringLiteral("verified_elsewhere"), session.id);
        const QByteArray token = m_context.portalSessions().verify(session.id);
        m_context.record(actor(session), QStringLiteral("portal.verified"), target(session.conversationId),
                         {{QStringLiteral("invitation"), qint64(invitation->id)},
                          {QStringLiteral("date_of_birth_checked"), conversation->contact.hasDateOfBirth}});
        publish(session.conversationId);
        transaction.commit();
        m_context.changes().notifyCommitted();
        Response response = redirectTo("/portal");
        setSessionCookie(response, token);
        return response;
    }
    m_context.invitations().recordFailure(invitation->id);
    // Counted over the patient's portal: another link (an earlier nudge) brings no fresh tries.
    const int attempts = m_context.invitations().failuresSinceStaffLink(session.conversationId);
    const int maxAttempts = m_context.invitations().maxAttempts();
    // Which answer was wrong is for the audit trail, never for the page.
    m_context.record(actor(session), QStringLiteral("portal.failed_attempt"), target(session.conversationId),
                     {{QStringLiteral("invitation"), qint64(invitation->id)}, {QStringLiteral("attempt"), attempts},
                      {QStringLiteral("code_wrong"), !codeRight}, {QStringLiteral("date_of_birth_wrong"), !dateRight},
                      {QStringLiteral("address"), request.remoteAddress().toString()}});
    if (attempts >= maxAttempts) {
        // Every link that could still be verified locks with it; a patient already
        // verified on an earlier link keeps that session, and staff keep the thread.
        for (const std::int64_t locked : m_context.invitations().lockUsable(session.conversationId)) {
            m_context.portalSessions().endForInvitation(locked, QStringLiteral("locked"));
        }
        m_context.record(QStringLiteral("portal"), QStringLiteral("portal.locked"), target(session.conversationId),
                         {{QStringLiteral("invitation"), qint64(invitation->id)}, {QStringLiteral("attempts"), attempts}});
        publish(session.conversationId);
        transaction.commit();
        m_context.changes().notifyCommitted();
        Response response = htmlPage(m_pages.notice(PortalPages::Notice::Locked, visit.language, QStringLiteral("/portal")), Status::Forbidden);
        clearSessionCookie(response);
        return response;
    }
    transaction.commit();
    return htmlPage(m_pages.verify(visit.language, visit.csrf, conversation->contact.hasDateOfBirth,
                                   m_pages.problem(visit.language, PortalPages::Problem::WrongAnswer, maxAttempts - attempts), {}),
                    Status::UnprocessableEntity);
}

Response Portal::resendCode(const Request &request)
{
    const Visit visit = this->visit(request);
    const auto form = parseUrlEncodedForm(request.body(), {});
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/code"))) {
        return *refusal;
    }
    const auto &session = *visit.lookup.session;
    const auto invitation = m_context.invitations().byId(session.invitationId);
    const auto conversation = m_context.inbox().conversation(session.conversationId);
    if (session.verified || !invitation || !conversation || !invitation->usable(m_context.clock().nowMs())) {
        return redirectTo("/portal");
    }
    store::Transaction transaction(m_context.store().database());
    const bool sent = sendCode(*conversation, invitation->id, actor(session));
    transaction.commit();
    if (!sent) {
        return htmlPage(m_pages.verify(visit.language, visit.csrf, conversation->contact.hasDateOfBirth,
                                       m_pages.problem(visit.language, PortalPages::Problem::CodeNotSent), {}),
                        Status::TooManyRequests);
    }
    m_context.changes().notifyCommitted();
    return redirectTo("/portal?sent=1");
}

Response Portal::postMessage(const Request &request)
{
    const Visit visit = this->visit(request);
    const auto form = parseUrlEncodedForm(request.body(), {});
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/messages"))) {
        return *refusal;
    }
    const auto &session = *visit.lookup.session;
    if (!session.verified) {
        return redirectTo("/portal");
    }
    const QString text = form->value(QStringLiteral("text")).trimmed();
    if (text.isEmpty() || text.size() > 4000) {
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::EmptyMessage), Status::UnprocessableEntity);
    }
    model::Message message;
    message.conversationId = session.conversationId;
    message.channel = model::Channel::Portal;
    message.direction = model::Direction::Inbound;
    message.kind = QStringLiteral("text");
    message.body = text;
    message.state = model::DeliveryState::Received;
    message.sentAtMs = m_context.clock().nowMs();
    store::Transaction transaction(m_context.store().database());
    message.id = m_context.inbox().insertMessage(message);
    m_context.inbox().recordActivity(message);
    m_context.inbox().publishMessage(message.id, api::event::MessageAdded);
    m_context.record(actor(session), QStringLiteral("portal.message"), target(session.conversationId),
                     {{QStringLiteral("message"), qint64(message.id)}});
    transaction.commit();
    m_context.changes().notifyCommitted();
    return redirectTo("/portal#message-" + QByteArray::number(message.id));
}

Response Portal::upload(const Request &request)
{
    const Visit visit = this->visit(request);
    // Nobody without a verified session makes this thread parse a large body.
    if (!visit.lookup.session) {
        return htmlPage(m_pages.notice(PortalPages::Notice::SessionEnded, visit.language, QStringLiteral("/portal")), Status::Unauthorized);
    }
    if (!visit.lookup.session->verified) {
        return redirectTo("/portal");
    }
    FormLimits limits;
    // The route's own limit bounds the body; a file over the portal's limit is
    // still read, so the page can say "too large" rather than fail the form.
    limits.maxFileBytes = m_context.config().portal.uploadBytes + 64 * 1024;
    const auto form = parseMultipartForm(request.value("content-type"), request.body(), limits);
    if (auto refusal = refuseForm(request, visit, form, QStringLiteral("/portal/upload"))) {
        return *refusal;
    }
    const auto &session = *visit.lookup.session;
    if (!session.verified) {
        return redirectTo("/portal");
    }
    if (!form->file) {
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::NoFile), Status::UnprocessableEntity, true);
    }
    QString mimeType;
    switch (checkPortalFile(form->file->data, form->file->declaredType, m_context.config().portal.uploadBytes, &mimeType)) {
    case FileProblem::None: break;
    case FileProblem::Empty:
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::NoFile), Status::UnprocessableEntity, true);
    case FileProblem::TooLarge:
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::FileTooLarge), Status::PayloadTooLarge, true);
    case FileProblem::WrongType:
        return showConversation(visit, m_pages.problem(visit.language, PortalPages::Problem::FileType), Status::UnsupportedMediaType, true);
    }
    const PortalFile file{mimeType, safeFilename(form->file->filename, mimeType), form->file->data};
    store::Transaction transaction(m_context.store().database());
    const std::int64_t messageId = storePortalFile(m_context.store().database(), m_context.inbox(), session.conversationId,
                                                   model::Direction::Inbound, 0, file, {}, m_context.clock().nowMs());
    m_context.record(actor(session), QStringLiteral("portal.upload"), target(session.conversationId),
                     {{QStringLiteral("message"), qint64(messageId)}, {QStringLiteral("mime_type"), mimeType},
                      {QStringLiteral("size"), qint64(file.data.size())}});
    transaction.commit();
    m_context.changes().notifyCommitted();
    return redirectTo("/portal#message-" + QByteArray::number(messageId));
}

// For the page's script: messages after the one it shows last. Polling is not
// the patient's activity, so it never keeps an idle session alive.
Response Portal::updates(const Request &request)
{
    const Visit visit = this->visit(request, false);
    const auto &session = visit.lookup.session;
    if (!session || !session->verified) {
        return errorResponse(Status::Unauthorized, QStringLiteral("session_ended"), QStringLiteral("open the newest link again"));
    }
    bool ok = false;
    const std::int64_t after = request.query().queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || after < 0) {
        return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("after must be a message id"));
    }
    // Only messages newer than the page: a guessed "after" cannot reach further back than 0 would.
    const QList<model::Message> messages = m_context.inbox().channelMessages(session->conversationId, model::Channel::Portal,
                                                                            after, PageMessages);
    QJsonArray items;
    for (const model::Message &message : messages) {
        items.append(QJsonObject{{QStringLiteral("id"), qint64(message.id)}, {QStringLiteral("html"), m_pages.messageItem(visit.language, message)}});
    }
    if (!messages.isEmpty()) {
        m_context.record(actor(*session), QStringLiteral("portal.view"), target(session->conversationId),
                         {{QStringLiteral("after"), qint64(after)}, {QStringLiteral("count"), messages.size()},
                          {QStringLiteral("first_id"), qint64(messages.first().id)}, {QStringLiteral("last_id"), qint64(messages.last().id)}});
    }
    return jsonResponse({{QStringLiteral("messages"), items},
                         {QStringLiteral("after"), qint64(messages.isEmpty() ? after : messages.last().id)}});
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
void Portal::media(const Request &request, const QString &id, const Responder &responder)
{
    const Visit visit = this->visit(request);
    const auto &session = visit.lookup.session;
    if (!session || !session->verified) {
        return responder.send(htmlPage(m_pages.notice(PortalPages::Notice::SessionEnded, visit.language, QStringLiteral("/portal")),
                                       Status::Unauthorized));
    }
    struct File
    {
        bool found = false;
        QString mimeType;
        QString filename;
        QByteArray data;
    };
    const std::int64_t messageId = id.toLongLong();
    const std::int64_t conversationId = session->conversationId;
    const QString who = actor(*session);
    auto self = shared_from_this();
    const bool queued = m_context.readers().read<File>(
        [messageId, conversationId](store::Database &db) {
            // Only a file of this session's own conversation, on the portal channel,
            // and never one retracted (sent to the wrong patient) or purged.
            auto row = db.prepare("SELECT d.mime_type, m.content, d.data FROM media d JOIN messages m ON m.id = d.message_id "
                                  "WHERE d.message_id = ? AND m.conversation_id = ? AND m.channel = 'portal' AND d.state = 'stored' "
                                  "AND m.retracted_at_ms = 0 AND m.purged_at_ms = 0");
            row.bindAll(messageId, conversationId);
            File file;
            if (row.step()) {
                file = {true, row.columnText(0), api::parseJsonObject(row.columnText(1)).value(QStringLiteral("filename")).toString(),
                        row.columnBlob(2)};
            }
            return file;
        },
        [self, responder, messageId, conversationId, who](const File &file) {
            http::sendSafely(responder, [&] {
                if (!file.found) {
                    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such file"));
                }
                self->m_context.record(who, QStringLiteral("portal.media_view"), self->target(conversationId),
                                       {{QStringLiteral("message"), qint64(messageId)}});
                const QString type = whatsapp::canonicalMediaType(file.mimeType).value_or(QStringLiteral("application/octet-stream"));
                Response response(type.toLatin1(), file.data);
                // A PDF is a download; its name is ours (safeFilename) and ASCII-quoted here.
                QByteArray ascii;
                for (const QChar c : safeFilename(file.filename, type)) { // files stored before names were tied to their type too
                    ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\') ? char(c.unicode()) : '_';
                }
                response.setHeader("Content-Disposition", type == QLatin1String("application/pdf")
                                                              ? "attachment; filename=\"" + ascii + '"'
                                                              : QByteArray("inline"));
                return response;
            });
        },
        [responder] {
            responder.send(errorResponse(Status::ServiceUnavailable, QStringLiteral("store_unavailable"), QStringLiteral("try again")));
        });
    if (!queued) {
        responder.send(busyResponse(QStringLiteral("busy"), QStringLiteral("try again"), 1));
    }
}

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
} // namespace

void addPortalRoutes(http::HttpRouter &routes, ServerContext &context)
{
    std::make_shared<Portal>(context)->addTo(routes);
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
