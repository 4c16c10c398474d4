// The portal's way in: a link that only identifies, then the code (and the
// date of birth) that proves who the patient is; wrong answers lock the portal.
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

#include <QDate>

namespace cb::server::portal {

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

} // namespace cb::server::portal
