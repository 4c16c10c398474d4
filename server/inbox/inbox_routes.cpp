#include "server/store/read_then.h"
#include "server/inbox/inbox_routes.h"


#include "core/api/identity_dto.h"
#include "core/api/inbox_dto.h"
#include "core/policy/permissions.h"
#include "core/policy/phi_guard.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/whatsapp/media_type.h"
#include "server/http/api_router.h"
#include "server/inbox/mentions.h"
#include "server/inbox/minimum_necessary.h"
#include "server/inbox/outbound_service.h"
#include "server/portal/escalation_service.h"
#include "server/server_context.h"

#include <QJsonArray>

#include <algorithm>

namespace cb::server {

namespace {
constexpr int SnapshotPage = 500;
constexpr int MessagePage = 100;

// BEGIN … COMMIT on a reader connection: every query inside sees one commit.
class ReadTransaction
{
public:
    explicit ReadTransaction(store::Database &db) : m_db(db) { m_db.exec("BEGIN"); }
    ~ReadTransaction()
    {
        try {
            m_db.exec("COMMIT");
        } catch (...) {
            // A read has nothing to keep: the connection ends the transaction itself.
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    store::Database &m_db;
};

QString conversationTarget(std::int64_t id)
{
    return QStringLiteral("conversation:%1").arg(id);
}

HttpResponse noSuchConversation()
{
    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
}

// Runs a change to one conversation, publishes its new state and audits it.
template <typename Change>
HttpResponse changeConversation(ServerContext &context, const ApiRequest &request, const QString &action,
                                       const QJsonObject &detail, Change change)
{
    const std::int64_t id = request.pathId();
    if (!context.inbox().conversation(id)) {
        return noSuchConversation();
    }
    store::Transaction transaction(context.store().database());
    change(id);
    context.inbox().publishConversation(id);
    context.record(request.caller->actor(), action, conversationTarget(id), detail);
    transaction.commit();
    context.changes().notifyCommitted();
    const MinimumNecessary reader(context.config().frontDeskPortalSummary, request.caller->user.roles);
    return jsonResponse(reader.conversation(api::conversationToJson(*context.inbox().conversation(id))));
}
} // namespace

void addInboxRoutes(ApiRouter &router, ServerContext &context)
{
    // Pages of conversation summaries, newest activity first, read on a reader
    // connection. The page and `seq` come from one read transaction: the desktop's
    // event stream resumes after `seq`, so nothing between them is lost.
    router.handleAsync("inbox.snapshot", [&context](const ApiRequest &request, const http::Responder &responder) {
        const int offset = std::max(0, request.http.query().queryItemValue(QStringLiteral("offset")).toInt());
        // ?limit=0: no conversations, only what the page carries besides (the templates,
        // the clinic's flags, the person's mentions and `seq`). A desktop whose cache is
        // warm asks this and resumes its event stream instead of downloading every summary.
        bool limited = false;
        const int limit = std::clamp(request.http.query().queryItemValue(QStringLiteral("limit")).toInt(&limited), 0, SnapshotPage);
        const int pageSize = limited ? limit : SnapshotPage;
        QJsonArray templates;
        for (const model::MessageTemplate &templ : context.templates().all()) {
            templates.append(api::templateToJson(templ));
        }
        const bool whatsappConfigured = context.whatsappCredentials() != nullptr;
        const platform::Clock &clock = context.clock();
        const QString actor = request.caller->actor();
        const MinimumNecessary reader(context.config().frontDeskPortalSummary, request.caller->user.roles);
        const std::int64_t me = request.caller->user.id;
        readThen<QJsonObject>(context.readers(), responder,
            [offset, pageSize, whatsappConfigured, &clock, reader, me](store::Database &db) {
                const ReadTransaction snapshot(db);
                EventLog events(db, clock);
                const InboxStore inbox(db, events, clock);
                QJsonArray conversations;
                for (const model::Conversation &conversation : pageSize > 0 ? inbox.conversations(pageSize, offset)
                                                                            : QList<model::Conversation>{}) {
                    conversations.append(reader.conversation(api::conversationToJson(conversation)));
                }
                auto connection = db.prepare("SELECT status FROM whatsapp_connection WHERE id = 1");
                const QString whatsapp = !whatsappConfigured ? QStringLiteral("not_configured")
                                         : connection.step() ? connection.columnText(0)
                                                             : QStringLiteral("ok");
                QJsonObject page{{QStringLiteral("seq"), qint64(events.lastSeq())},
                                 {QStringLiteral("conversations"), conversations},
                                 {QStringLiteral("more"), pageSize > 0 && conversations.size() == pageSize},
                                 {QStringLiteral("whatsapp"), whatsapp}};
                if (offset == 0) { // the person's @mentions, from the same read
                    page.insert(QStringLiteral("mentions"), Mentions::listFor(db, me, clock.nowMs()));
                }
                return page;
            },
            [&context, templates, actor, offset, reader](QJsonObject page) {
                // Names, numbers and previews of every patient on the page: audited,
                // with which conversations were shown (finding 3).
                QJsonArray shown;
                for (const auto &conversation : page.value(QStringLiteral("conversations")).toArray()) {
                    shown.append(conversation.toObject().value(QStringLiteral("id")));
                }
                context.record(actor, QStringLiteral("inbox.snapshot"), QStringLiteral("inbox"),
                               {{QStringLiteral("offset"), offset},
                                {QStringLiteral("count"), shown.size()},
                                {QStringLiteral("conversations"), shown}});
                page.insert(QStringLiteral("templates"), templates);
                page.insert(QStringLiteral("portal"), context.config().portal.enabled());
                // Minimum necessary: this reader sees portal messages only as such, and writes none.
                page.insert(QStringLiteral("portal_withheld"), reader.withholdsPortal());
                // What a first WhatsApp reply carries, so the composer can show it before sending.
                page.insert(QStringLiteral("notices"),
                            QJsonObject{{QStringLiteral("en"), context.templates().notice(QStringLiteral("en"))},
                                        {QStringLiteral("es"), context.templates().notice(QStringLiteral("es"))}});
                return jsonResponse(page);
            });
    });

    router.handle("inbox.colleagues", [&context](const ApiRequest &) {
        QJsonArray people;
        // Everyone who may write in a thread, former staff too (their replies still
        // need a name); only active people can be assigned.
        for (const StaffUser &user : context.staff().list()) {
            if (policy::rolesAllow(user.roles, policy::Permission::ReadConversations)) {
                people.append(QJsonObject{{QStringLiteral("id"), qint64(user.id)},
                                          {QStringLiteral("display_name"), user.displayName},
                                          {QStringLiteral("roles"), QJsonArray::fromStringList(policy::roleNames(user.roles))},
                                          {QStringLiteral("active"), user.active},
                                          {QStringLiteral("triage"), policy::rolesAllow(user.roles, policy::Permission::TriageQueue)}});
            }
        }
        return jsonResponse({{QStringLiteral("colleagues"), people}});
    });

    router.handleAsync("conversations.messages", [&context](const ApiRequest &request, const http::Responder &responder) {
        const std::int64_t id = request.pathId();
        if (!context.inbox().conversation(id)) {
            return responder.send(noSuchConversation());
        }
        const std::int64_t before = request.http.query().queryItemValue(QStringLiteral("before")).toLongLong();
        const QString actor = request.caller->actor();
        const platform::Clock &clock = context.clock();
        const MinimumNecessary reader(context.config().frontDeskPortalSummary, request.caller->user.roles);
        readThen<QJsonArray>(context.readers(), responder,
            [id, before, &clock, reader](store::Database &db) {
                EventLog events(db, clock);
                const InboxStore inbox(db, events, clock);
                QJsonArray messages;
                for (const model::Message &message : inbox.messages(id, before, MessagePage)) {
                    messages.append(reader.message(api::messageToJson(message)));
                }
                return messages;
            },
            [&context, id, before, actor](const QJsonArray &messages) {
                // Every page is a read of patient data, the newest page whatever
                // `before` says (finding 3): which page, and which messages.
                QJsonObject detail{{QStringLiteral("before"), qint64(before)}, {QStringLiteral("count"), messages.size()}};
                if (!messages.isEmpty()) {
                    detail.insert(QStringLiteral("first_id"), messages.first().toObject().value(QStringLiteral("id")));
                    detail.insert(QStringLiteral("last_id"), messages.last().toObject().value(QStringLiteral("id")));
                }
                context.record(actor, QStringLiteral("conversation.view"), conversationTarget(id), detail);
                return jsonResponse({{QStringLiteral("messages"), messages}, {QStringLiteral("more"), messages.size() == MessagePage}});
            });
    });

    router.handle("conversations.send", [&context](const ApiRequest &request) {
        OutboundService outbound(context);
        const auto outcome = outbound.submit(*request.caller, request.pathId(), request.body);
        if (!outcome.sent) {
            return errorResponse(outcome.status, outcome.code, outcome.message, outcome.extra);
        }
        // A new portal reply (not a retry) tells the patient on WhatsApp, without content.
        if (outcome.sent->channel == model::Channel::Portal && outcome.status == Status::Accepted) {
            EscalationService(context).nudge(*request.caller, outcome.sent->conversationId);
        }
        return jsonResponse(api::messageToJson(*outcome.sent), outcome.status);
    });

    // { rules: ["medication", …] }: PhiGuard stopped a reply in the desktop before
    // it was sent, so the server never saw it. The report names the rules only,
    // never the text, and counts like a refusal here.
    router.handle("conversations.phi_refused", [&context](const ApiRequest &request) {
        const std::int64_t id = request.pathId();
        if (!context.inbox().conversation(id)) {
            return noSuchConversation();
        }
        static const QStringList known = policy::PhiGuard::ruleNames();
        QJsonArray rules;
        for (const QJsonValue &value : request.body.value(QStringLiteral("rules")).toArray()) {
            if (!value.isString() || !known.contains(value.toString()) || rules.contains(value)) {
                return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"),
                                     QStringLiteral("rules must name PhiGuard's rules, each once"));
            }
            rules.append(value);
        }
        if (rules.isEmpty()) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_field"), QStringLiteral("rules must name at least one rule"));
        }
        context.record(request.caller->actor(), QStringLiteral("message.phi_refused"), QStringLiteral("conversation:%1").arg(id),
                       {{QStringLiteral("rules"), rules}, {QStringLiteral("where"), QStringLiteral("desktop")}});
        return jsonResponse({{QStringLiteral("recorded"), true}});
    });

    // { assignee_id: staff id or 0, triage: bool }
    router.handle("conversations.assign", [&context](const ApiRequest &request) {
        const std::int64_t assignee = request.body.value(QStringLiteral("assignee_id")).toInteger();
        const bool triage = request.body.value(QStringLiteral("triage")).toBool();
        if (assignee != 0) {
            const auto user = context.staff().findById(assignee);
            if (!user || !user->active || !policy::rolesAllow(user->roles, policy::Permission::ReadConversations)) {
                return errorResponse(Status::UnprocessableEntity, QStringLiteral("invalid_assignee"),
                                     QStringLiteral("that person cannot work on conversations"));
            }
        }
        return changeConversation(context, request, QStringLiteral("conversation.assign"),
                                  {{QStringLiteral("assignee"), qint64(assignee)}, {QStringLiteral("triage"), triage}},
                                  [&](std::int64_t id) { context.inbox().setAssignment(id, assignee, triage); });
    });

    // { status: open|pending|snoozed|resolved, snoozed_until_ms }
    router.handle("conversations.status", [&context](const ApiRequest &request) {
        const auto status = model::conversationStatusFromName(request.body.value(QStringLiteral("status")).toString());
        const std::int64_t until = request.body.value(QStringLiteral("snoozed_until_ms")).toInteger();
        if (!status || (*status == model::ConversationStatus::Snoozed && until <= context.clock().nowMs())) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("status must be open, pending, snoozed (with a future time) or resolved"));
        }
        return changeConversation(context, request, QStringLiteral("conversation.status"),
                                  {{QStringLiteral("status"), QLatin1String(model::conversationStatusName(*status))}},
                                  [&](std::int64_t id) {
                                      context.inbox().setStatus(id, *status,
                                                                *status == model::ConversationStatus::Snoozed ? until : 0);
                                  });
    });

    router.handle("conversations.read", [&context](const ApiRequest &request) {
        auto response = changeConversation(context, request, QStringLiteral("conversation.read"), {},
                                           [&](std::int64_t id) { context.inbox().markRead(id); });
        context.changes().requestReadReceipt(context.inbox().lastInboundWamid(request.pathId()));
        return response;
    });

    router.handle("conversations.unread", [&context](const ApiRequest &request) {
        return changeConversation(context, request, QStringLiteral("conversation.unread"), {},
                                  [&](std::int64_t id) { context.inbox().markUnread(id); });
    });

    // { consent: patient_initiated|documented_request|opt_in, proactive_opt_in: bool }
    router.handle("conversations.consent", [&context](const ApiRequest &request) {
        const auto conversation = context.inbox().conversation(request.pathId());
        const auto consent = model::consentBasisFromName(request.body.value(QStringLiteral("consent")).toString());
        if (!conversation) {
            return noSuchConversation();
        }
        if (!consent) {
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_request"),
                                 QStringLiteral("consent must be patient_initiated, documented_request or opt_in"));
        }
        model::Contact contact = conversation->contact;
        contact.consent = *consent;
        contact.proactiveOptIn = request.body.value(QStringLiteral("proactive_opt_in")).toBool(*consent == model::ConsentBasis::OptIn);
        return changeConversation(context, request, QStringLiteral("contact.consent"),
                                  {{QStringLiteral("consent"), QLatin1String(model::consentBasisName(*consent))},
                                   {QStringLiteral("proactive_opt_in"), contact.proactiveOptIn}},
                                  [&](std::int64_t) { context.inbox().setContactFlags(contact); });
    });

    // Up to 16 MiB: read on a reader connection, not on the application thread.
    router.handleAsync("messages.media", [&context](const ApiRequest &request, const http::Responder &responder) {
        struct Media
        {
            bool found = false;
            QByteArray mimeType;
            QByteArray data;
        };
        const std::int64_t messageId = request.pathId();
        const QString actor = request.caller->actor();
        const bool withheld = MinimumNecessary(context.config().frontDeskPortalSummary, request.caller->user.roles).withholdsPortal();
        readThen<Media>(context.readers(), responder,
            [messageId, withheld](store::Database &db) {
                // A retracted message's file is kept for the record, not shown; a purged one is gone.
                // Minimum necessary: a portal file is not there for a front desk kept from the portal.
                auto row = db.prepare("SELECT mime_type, data FROM media WHERE message_id = ? AND state = 'stored' "
                                      "AND message_id IN (SELECT id FROM messages WHERE retracted_at_ms = 0 AND purged_at_ms = 0 "
                                      "AND (? = 0 OR channel != 'portal'))");
                row.bind(1, messageId);
                row.bind(2, withheld ? 1 : 0);
                Media media;
                if (row.step()) {
                    media = {true, row.columnText(0).toUtf8(), row.columnBlob(1)};
                }
                return media;
            },
            [&context, messageId, actor](const Media &media) {
                if (!media.found) {
                    return errorResponse(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no stored media for that message"));
                }
                context.record(actor, QStringLiteral("media.view"), QStringLiteral("message:%1").arg(messageId));
                // Only our own canonical type names reach a header (finding 5).
                const auto type = whatsapp::canonicalMediaType(QString::fromUtf8(media.mimeType));
                return HttpResponse(type ? type->toLatin1() : QByteArray("application/octet-stream"), media.data);
            });
    });
}

} // namespace cb::server
