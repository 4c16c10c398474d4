#include "client/admin/records_service.h"

#include <QJsonArray>

namespace cb::client {

namespace {
const QString Base = QStringLiteral("/api/v1/");

qint64 integer(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger();
}

LegalHold holdFromJson(const QJsonObject &json)
{
    return {integer(json, "id"),          integer(json, "conversation_id"), integer(json, "contact_id"),
            json.value(QStringLiteral("reason")).toString(), integer(json, "placed_by"), integer(json, "placed_at_ms"),
            json.value(QStringLiteral("patient")).toString()};
}

Review reviewFromJson(const QJsonObject &json)
{
    return {integer(json, "id"),
            integer(json, "conversation_id"),
            json.value(QStringLiteral("reason")).toString(),
            integer(json, "opened_at_ms"),
            integer(json, "expires_at_ms"),
            integer(json, "reads"),
            json.value(QStringLiteral("live")).toBool(true),
            json.value(QStringLiteral("patient")).toString()};
}

ReviewedMessage messageFromJson(const QJsonObject &json)
{
    ReviewedMessage message;
    message.id = integer(json, "id");
    message.channel = json.value(QStringLiteral("channel")).toString();
    message.direction = json.value(QStringLiteral("direction")).toString();
    message.kind = json.value(QStringLiteral("kind")).toString();
    message.body = json.value(QStringLiteral("body")).toString();
    message.authorId = integer(json, "author_id");
    message.state = json.value(QStringLiteral("state")).toString();
    message.sentAtMs = integer(json, "sent_at_ms");
    message.retractedAtMs = integer(json, "retracted_at_ms");
    message.retractedBy = integer(json, "retracted_by");
    message.retractionReason = json.value(QStringLiteral("retraction_reason")).toString();
    message.purgedAtMs = integer(json, "purged_at_ms");
    return message;
}
} // namespace

RecordsService::RecordsService(ServerConnection &server, QObject *parent) : QObject(parent), m_server(server) {}

void RecordsService::holds(Holds done)
{
    m_server.get(Base + QStringLiteral("retention/holds"), [done](const ServerConnection::Reply &reply) {
        QList<LegalHold> holds;
        if (!reply.ok()) {
            done(holds, describeRefusal(reply));
            return;
        }
        for (const QJsonValue &value : reply.body.value(QStringLiteral("in_force")).toArray()) {
            holds.append(holdFromJson(value.toObject()));
        }
        done(holds, {});
    });
}

void RecordsService::preview(Preview done)
{
    m_server.get(Base + QStringLiteral("retention/preview"), [done](const ServerConnection::Reply &reply) {
        if (!reply.ok()) {
            done(std::nullopt, describeRefusal(reply));
            return;
        }
        const QJsonObject &body = reply.body;
        const QJsonObject totals = body.value(QStringLiteral("totals")).toObject();
        const QJsonObject held = body.value(QStringLiteral("held")).toObject();
        RetentionPreview preview;
        preview.cutoffMs = integer(body, "cutoff_ms");
        preview.messages = integer(totals, "messages");
        preview.media = integer(totals, "media");
        preview.conversations = integer(totals, "conversations");
        preview.deadLetters = integer(totals, "dead_letters");
        preview.heldMessages = integer(held, "messages");
        preview.heldConversations = integer(held, "conversations");
        preview.pendingDeadLetters = integer(body, "dead_letters_pending_past_period");
        preview.conversationsListedMax = int(integer(body, "conversations_listed_max"));
        preview.purgeBatchMax = int(integer(body, "purge_batch_max"));
        for (const QJsonValue &value : body.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject entry = value.toObject();
            preview.due.append({integer(entry, "conversation_id"), integer(entry, "messages"), integer(entry, "media"),
                                integer(entry, "oldest_ms"), integer(entry, "newest_ms"), entry.value(QStringLiteral("patient")).toString()});
        }
        done(preview, {});
    });
}

void RecordsService::placeHold(qint64 conversationId, qint64 contactId, const QString &reason, Done done)
{
    QJsonObject body{{QStringLiteral("reason"), reason}};
    if (conversationId > 0) {
        body.insert(QStringLiteral("conversation_id"), conversationId);
    }
    if (contactId > 0) {
        body.insert(QStringLiteral("contact_id"), contactId);
    }
    m_server.post(Base + QStringLiteral("retention/holds"), body, [done](const ServerConnection::Reply &reply) {
        done(reply.ok() ? integer(reply.body, "id") : 0, reply.ok() ? QString() : describeRefusal(reply));
    });
}

void RecordsService::releaseHold(qint64 holdId, const QString &reason, Done done)
{
    m_server.post(Base + QStringLiteral("retention/holds/%1/release").arg(holdId), {{QStringLiteral("reason"), reason}},
                  [done, holdId](const ServerConnection::Reply &reply) {
                      done(reply.ok() ? holdId : 0, reply.ok() ? QString() : describeRefusal(reply));
                  });
}

void RecordsService::purge(qint64 cutoffMs, Purged done)
{
    m_server.post(Base + QStringLiteral("retention/purge"), {{QStringLiteral("cutoff_ms"), cutoffMs}},
                  [done](const ServerConnection::Reply &reply) {
                      if (!reply.ok()) {
                          done(std::nullopt, describeRefusal(reply));
                          return;
                      }
                      const QJsonObject &body = reply.body;
                      done(PurgeResult{integer(body, "cutoff_ms"), integer(body, "messages"), integer(body, "media"),
                                       integer(body, "events_rewritten"), integer(body, "dead_letters"),
                                       integer(body, "conversations"), body.value(QStringLiteral("more")).toBool()},
                           {});
                  });
}

void RecordsService::openReview(qint64 conversationId, const QString &reason, int minutes, Opened done)
{
    m_server.post(Base + QStringLiteral("reviews"),
                  {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("reason"), reason}, {QStringLiteral("minutes"), minutes}},
                  [done, reason](const ServerConnection::Reply &reply) {
                      if (!reply.ok()) {
                          const QString field = reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
                          if (reply.errorCode == QLatin1String("invalid_field") && field == QLatin1String("reason")) {
                              done(std::nullopt, tr("State the investigation's reason in at least %n character(s).", nullptr, MinReviewReason));
                              return;
                          }
                          done(std::nullopt, describeRefusal(reply));
                          return;
                      }
                      Review review = reviewFromJson(reply.body);
                      review.reason = reason;
                      done(review, {});
                  });
}

void RecordsService::reviews(Reviews done)
{
    m_server.get(Base + QStringLiteral("reviews"), [done](const ServerConnection::Reply &reply) {
        QList<Review> reviews;
        if (!reply.ok()) {
            done(reviews, describeRefusal(reply));
            return;
        }
        for (const QJsonValue &value : reply.body.value(QStringLiteral("reviews")).toArray()) {
            reviews.append(reviewFromJson(value.toObject()));
        }
        done(reviews, {});
    });
}

void RecordsService::reviewMessages(qint64 reviewId, Messages done)
{
    m_server.get(Base + QStringLiteral("reviews/%1/messages").arg(reviewId), [done](const ServerConnection::Reply &reply) {
        QList<ReviewedMessage> messages;
        if (!reply.ok()) {
            const bool expired = reply.errorCode == QLatin1String("review_expired");
            done(messages, expired, describeRefusal(reply));
            return;
        }
        for (const QJsonValue &value : reply.body.value(QStringLiteral("messages")).toArray()) {
            messages.append(messageFromJson(value.toObject()));
        }
        done(messages, false, {});
    });
}

QString RecordsService::describeRefusal(const ServerConnection::Reply &reply)
{
    const QJsonObject error = reply.body.value(QStringLiteral("error")).toObject();
    if (reply.errorCode == QLatin1String("review_expired")) {
        return tr("This review has expired. Open a new one, with its reason, to read the conversation again.");
    }
    if (reply.errorCode == QLatin1String("cutoff_too_recent")) {
        return tr("The server refused: the cutoff is later than the retention period allows. Check what would be purged again.");
    }
    if (reply.errorCode == QLatin1String("invalid_field")) {
        const QString field = error.value(QStringLiteral("field")).toString();
        if (field == QLatin1String("reason")) {
            return tr("Give a reason (3 to 500 characters).");
        }
        if (field == QLatin1String("minutes")) {
            return tr("A review lasts 1 to %n minute(s).", nullptr, MaxReviewMinutes);
        }
        if (field == QLatin1String("conversation_id")) {
            return tr("Name either a conversation or a contact.");
        }
        return tr("Check the fields and try again.");
    }
    if (reply.errorCode == QLatin1String("not_found")) {
        return tr("No such conversation, contact, hold or review.");
    }
    return ServerConnection::describe(reply);
}

} // namespace cb::client
