#include "sandbox/graph_api_sandbox.h"

#include "sandbox/approved_templates.h"

#include "core/crypto/keyed_hash.h"
#include "core/crypto/random_token.h"
#include "core/whatsapp/graph_error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cb::sandbox {

namespace {
QString newTraceId()
{
    return QString::fromLatin1(crypto::randomToken(8));
}

QHttpServerResponse errorResponse(const whatsapp::GraphError &error)
{
    return QHttpServerResponse(error.toJson(newTraceId()),
                               static_cast<QHttpServerResponder::StatusCode>(error.httpStatus));
}

// wamid.<base64>: the shape of Meta's message ids.
QString newMessageId()
{
    return QStringLiteral("wamid.") + QString::fromLatin1(crypto::randomBytes(30).toBase64());
}

const QStringList &knownTypes()
{
    static const QStringList types{QStringLiteral("text"),     QStringLiteral("template"),
                                   QStringLiteral("interactive"), QStringLiteral("image"),
                                   QStringLiteral("document"), QStringLiteral("audio"),
                                   QStringLiteral("video"),    QStringLiteral("location"),
                                   QStringLiteral("contacts"), QStringLiteral("reaction")};
    return types;
}
} // namespace

GraphApiSandbox::GraphApiSandbox(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_http.route(QStringLiteral("/<arg>/<arg>/messages"), QHttpServerRequest::Method::Post,
                 [this](const QString &version, const QString &phoneNumberId, const QHttpServerRequest &request) {
                     return handleSend(version, phoneNumberId, request);
                 });
    m_http.route(QStringLiteral("/<arg>/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &, const QString &mediaId, const QHttpServerRequest &request) {
                     return handleMediaInfo(mediaId, request);
                 });
    m_http.route(QStringLiteral("/sandbox-media/file/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &mediaId, const QHttpServerRequest &request) {
                     return handleMediaDownload(mediaId, request);
                 });
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const whatsapp::GraphError error{404, 100, 33, QStringLiteral("GraphMethodException"),
                                         QStringLiteral("Unsupported post request."), {}};
        responder.write(QJsonDocument(error.toJson(newTraceId())),
                        static_cast<QHttpServerResponder::StatusCode>(error.httpStatus));
    });
}

quint16 GraphApiSandbox::listen(quint16 port)
{
    const quint16 bound = m_http.listen(QHostAddress::LocalHost, port);
    m_port = bound;
    if (bound == 0) {
        throw std::runtime_error("sandbox cannot listen on 127.0.0.1:" + std::to_string(port));
    }
    return bound;
}

bool GraphApiSandbox::authorised(const QHttpServerRequest &request) const
{
    const QByteArray expected = "Bearer " + m_settings.accessToken.toUtf8();
    return !m_settings.accessToken.isEmpty() && crypto::constantTimeEquals(request.value("Authorization"), expected);
}

void GraphApiSandbox::injectSendFault(SendFault fault, int count)
{
    m_faults[fault] += count;
}

QString GraphApiSandbox::addMedia(const QByteArray &data, const QString &mimeType)
{
    const QString id = QString::number(1000000000000000LL + m_media.size() * 7919 + 17);
    m_media.insert(id, {data, mimeType});
    return id;
}

QHttpServerResponse GraphApiSandbox::handleMediaInfo(const QString &mediaId, const QHttpServerRequest &request)
{
    if (!authorised(request)) {
        return errorResponse(whatsapp::GraphError::invalidAccessToken());
    }
    const auto media = m_media.constFind(mediaId);
    if (media == m_media.constEnd()) {
        return errorResponse({400, 100, 33, QStringLiteral("GraphMethodException"),
                              QStringLiteral("Unsupported get request. Object with ID '%1' does not exist").arg(mediaId), {}});
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/sandbox-media/file/%2").arg(m_port).arg(mediaId)},
        {QStringLiteral("mime_type"), media->mimeType},
        {QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(media->data).toHex())},
        {QStringLiteral("file_size"), QString::number(media->data.size())},
        {QStringLiteral("id"), mediaId}});
}

QHttpServerResponse GraphApiSandbox::handleMediaDownload(const QString &mediaId, const QHttpServerRequest &request)
{
    const auto media = m_media.constFind(mediaId);
    if (!authorised(request) || media == m_media.constEnd()) {
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
    }
    return QHttpServerResponse(media->mimeType.toUtf8(), media->data);
}

QHttpServerResponse GraphApiSandbox::handleSend(const QString &version, const QString &phoneNumberId,
                                                const QHttpServerRequest &request)
{
    if (!authorised(request) || m_faults.value(SendFault::ExpiredToken) > 0) {
        if (m_faults.value(SendFault::ExpiredToken) > 0) {
            --m_faults[SendFault::ExpiredToken];
        }
        whatsapp::GraphError expired = whatsapp::GraphError::invalidAccessToken();
        expired.subcode = 463;
        expired.message = QStringLiteral("Error validating access token: Session has expired.");
        return errorResponse(expired);
    }
    if (m_faults.value(SendFault::RateLimit) > 0) {
        --m_faults[SendFault::RateLimit];
        return errorResponse({400, 130429, 0, QStringLiteral("OAuthException"), QStringLiteral("(#130429) Rate limit hit"),
                              QStringLiteral("Cloud API message throughput has been reached.")});
    }
    if (version != m_settings.apiVersion || phoneNumberId != m_settings.phoneNumberId) {
        const whatsapp::GraphError unknown{400, 100, 33, QStringLiteral("GraphMethodException"),
                                           QStringLiteral("Unsupported post request. Object with ID '%1' does not exist")
                                               .arg(phoneNumberId),
                                           {}};
        return errorResponse(unknown);
    }
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return errorResponse(whatsapp::GraphError::invalidParameter(QStringLiteral("Request body is not valid JSON")));
    }
    if (body.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp")) {
        return errorResponse(whatsapp::GraphError::invalidParameter(
            QStringLiteral("The parameter messaging_product is required and must be 'whatsapp'.")));
    }
    if (body.value(QStringLiteral("status")).toString() == QLatin1String("read")) {
        m_readReceipts << body.value(QStringLiteral("message_id")).toString();
        return QHttpServerResponse(QJsonObject{{QStringLiteral("success"), true}});
    }
    const QString to = body.value(QStringLiteral("to")).toString();
    if (to.isEmpty()) {
        return errorResponse(whatsapp::GraphError::invalidParameter(QStringLiteral("The parameter to is required.")));
    }
    const QString type = body.value(QStringLiteral("type")).toString(QStringLiteral("text"));
    if (!knownTypes().contains(type) || !body.contains(type)) {
        return errorResponse(whatsapp::GraphError::invalidParameter(
            QStringLiteral("The parameter %1 is required for messages of type %1.").arg(type)));
    }

    if (type == QLatin1String("interactive")) {
        // Meta refuses reply buttons beyond three or with titles over 20 characters.
        const QJsonArray buttons = body.value(QStringLiteral("interactive")).toObject()
                                       .value(QStringLiteral("action")).toObject()
                                       .value(QStringLiteral("buttons")).toArray();
        bool valid = !buttons.isEmpty() && buttons.size() <= 3;
        for (const QJsonValue &button : buttons) {
            const QString title = button.toObject().value(QStringLiteral("reply")).toObject().value(QStringLiteral("title")).toString();
            valid = valid && !title.isEmpty() && title.size() <= 20;
        }
        if (!valid) {
            return errorResponse(whatsapp::GraphError::invalidParameter(
                QStringLiteral("Invalid buttons: between 1 and 3 buttons with titles of at most 20 characters.")));
        }
    }

    if (type == QLatin1String("template")) {
        if (const auto refusal = templateRefusal(body.value(QStringLiteral("template")).toObject())) {
            return errorResponse(*refusal);
        }
    }

    m_sent.append(body);
    QString waId = to;
    waId.remove(QLatin1Char('+'));
    const QString wamid = newMessageId();
    emit messageAccepted(body, wamid);
    QJsonObject message{{QStringLiteral("id"), wamid}};
    if (type == QLatin1String("template")) {
        message.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("input"), to}, {QStringLiteral("wa_id"), waId}}}},
        {QStringLiteral("messages"), QJsonArray{message}}});
}

} // namespace cb::sandbox
