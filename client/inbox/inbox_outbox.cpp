// InboxService's outbox: everything a person sends goes into the encrypted cache
// first, then to the server, and leaves the cache only when the server answers.
#include "client/inbox/inbox_service.h"

#include "client/net/server_connection.h"
#include "core/api/inbox_dto.h"
#include "core/crypto/random_token.h"
#include "core/log/logging.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace cb::client {

namespace {
constexpr int OutboxRetryMs = 5000;

QString newClientId()
{
    return QString::fromLatin1(crypto::randomToken(16));
}

// A refusal that will not change by retrying (unlike a network error or 5xx).
bool permanent(const ServerConnection::Reply &reply)
{
    // A channel the server does not have will not appear by retrying: the text
    // goes back to the person instead of blocking the outbox behind it.
    if (reply.errorCode == QLatin1String("portal_not_configured") || reply.errorCode == QLatin1String("whatsapp_not_configured")) {
        return true;
    }
    // A send that reached the server just after the desktop locked waits for the unlock.
    if (reply.errorCode == QLatin1String("session_locked")) {
        return false;
    }
    return reply.httpStatus >= 400 && reply.httpStatus < 500 && reply.httpStatus != 401 && reply.httpStatus != 408 &&
           reply.httpStatus != 429;
}
} // namespace

void InboxService::sendText(std::int64_t conversationId, const QString &text)
{
    enqueue(conversationId, {{QStringLiteral("kind"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
}

void InboxService::sendButtons(std::int64_t conversationId, const QString &text, const QStringList &titles)
{
    enqueue(conversationId, {{QStringLiteral("kind"), QStringLiteral("buttons")},
                             {QStringLiteral("text"), text},
                             {QStringLiteral("buttons"), QJsonArray::fromStringList(titles)}});
}

void InboxService::addNote(std::int64_t conversationId, const QString &text)
{
    QJsonObject note{{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("text"), text}};
    if (const QList<std::int64_t> named = mentionedIn(text, m_colleagues, myId()); !named.isEmpty()) {
        QJsonArray mentions;
        for (const std::int64_t id : named) {
            mentions.append(qint64(id));
        }
        note.insert(QStringLiteral("mentions"), mentions);
    }
    enqueue(conversationId, note);
}

void InboxService::sendPortal(std::int64_t conversationId, const QString &text)
{
    enqueue(conversationId, {{QStringLiteral("kind"), QStringLiteral("portal")}, {QStringLiteral("text"), text}});
}

bool InboxService::attachToPortal(std::int64_t conversationId, const QString &path, QString *problem)
{
    constexpr qint64 MaxBytes = 10 * 1024 * 1024;
    QFile file(path);
    if (file.size() > MaxBytes) {
        *problem = tr("The file is larger than 10 MB.");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The file could not be read.");
        return false;
    }
    const QByteArray data = file.read(MaxBytes + 1);
    const QString lower = path.toLower();
    const QString type = lower.endsWith(QLatin1String(".pdf")) ? QStringLiteral("application/pdf")
                         : lower.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                                                                 : QStringLiteral("image/jpeg");
    // Not through the outbox: a file is sent while the person waits, and a
    // refusal (type, size) is told at once.
    m_connection.post(QStringLiteral("/api/v1/conversations/%1/attachments").arg(conversationId),
                      {{QStringLiteral("client_id"), newClientId()},
                       {QStringLiteral("filename"), QFileInfo(path).fileName()},
                       {QStringLiteral("mime_type"), type},
                       {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}},
                      [this, conversationId](const ServerConnection::Reply &reply) {
                          if (!m_cache) {
                              return;
                          }
                          if (!reply.ok()) {
                              emit failed(ServerConnection::describe(reply));
                          } else if (const auto message = api::messageFromJson(reply.body)) {
                              m_cache->upsertMessage(*message);
                              emit messagesChanged(conversationId);
                          }
                      });
    return true;
}

void InboxService::sendTemplate(std::int64_t conversationId, const model::MessageTemplate &templ, const QStringList &parameters)
{
    enqueue(conversationId, {{QStringLiteral("kind"), QStringLiteral("template")},
                             {QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), templ.name},
                                                                      {QStringLiteral("language"), templ.language},
                                                                      {QStringLiteral("parameters"), QJsonArray::fromStringList(parameters)}}}});
}

// Written to the encrypted cache first, then sent: a crash between the two
// loses nothing, and the client id makes the resend harmless.
void InboxService::enqueue(std::int64_t conversationId, QJsonObject request)
{
    if (!m_cache) {
        return;
    }
    const QString clientId = newClientId();
    request.insert(QStringLiteral("client_id"), clientId);
    m_cache->addToOutbox({clientId, conversationId, request, 0, {}}, QDateTime::currentMSecsSinceEpoch());
    emit messagesChanged(conversationId);
    flushOutbox();
}

QList<InboxCache::OutboxItem> InboxService::pending(std::int64_t conversationId) const
{
    QList<InboxCache::OutboxItem> items;
    if (m_cache) {
        for (const auto &item : m_cache->outbox()) {
            if (item.conversationId == conversationId) {
                items.append(item);
            }
        }
    }
    return items;
}

void InboxService::flushOutbox()
{
    if (!m_cache || m_flushing) {
        return;
    }
    const QList<InboxCache::OutboxItem> items = m_cache->outbox();
    if (items.isEmpty()) {
        return;
    }
    m_flushing = true;
    const InboxCache::OutboxItem item = items.first();
    m_connection.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(item.conversationId), item.request,
                      [this, item](const ServerConnection::Reply &reply) {
                          m_flushing = false;
                          if (!m_cache) {
                              return;
                          }
                          if (reply.ok()) {
                              if (const auto message = api::messageFromJson(reply.body)) {
                                  m_cache->upsertMessage(*message);
                              }
                              m_cache->removeFromOutbox(item.clientId);
                          } else if (permanent(reply)) {
                              // Refused for good (PhiGuard, window, opt-out…): the text goes
                              // back to the person with the reason; nothing is lost.
                              m_cache->removeFromOutbox(item.clientId);
                              QStringList rules;
                              for (const QJsonValue &rule : reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("rules")).toArray()) {
                                  rules << rule.toString();
                              }
                              emit sendRefused(item.conversationId, item.request.value(QStringLiteral("text")).toString(),
                                               reply.errorCode, ServerConnection::describe(reply), rules);
                          } else {
                              m_cache->recordOutboxAttempt(item.clientId, {});
                              m_outboxRetry.start(OutboxRetryMs);
                              emit messagesChanged(item.conversationId);
                              return;
                          }
                          emit messagesChanged(item.conversationId);
                          flushOutbox();
                      });
}

} // namespace cb::client
