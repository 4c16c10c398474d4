#include "sandbox/graph_api_sandbox.h"

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
    if (bound == 0) {
        throw std::runtime_error("sandbox cannot listen on 127.0.0.1:" + std::to_string(port));
    }
    return bound;
}

QHttpServerResponse GraphApiSandbox::handleSend(const QString &version, const QString &phoneNumberId,
                                                const QHttpServerRequest &request)
{
    const QByteArray expected = "Bearer " + m_settings.accessToken.toUtf8();
    if (m_settings.accessToken.isEmpty() || !crypto::constantTimeEquals(request.value("Authorization"), expected)) {
        return errorResponse(whatsapp::GraphError::invalidAccessToken());
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
    const QString to = body.value(QStringLiteral("to")).toString();
    if (to.isEmpty()) {
        return errorResponse(whatsapp::GraphError::invalidParameter(QStringLiteral("The parameter to is required.")));
    }
    const QString type = body.value(QStringLiteral("type")).toString(QStringLiteral("text"));
    if (!knownTypes().contains(type) || !body.contains(type)) {
        return errorResponse(whatsapp::GraphError::invalidParameter(
            QStringLiteral("The parameter %1 is required for messages of type %1.").arg(type)));
    }

    m_sent.append(body);
    emit messageAccepted(body);
    QString waId = to;
    waId.remove(QLatin1Char('+'));
    QJsonObject message{{QStringLiteral("id"), newMessageId()}};
    if (type == QLatin1String("template")) {
        message.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("input"), to}, {QStringLiteral("wa_id"), waId}}}},
        {QStringLiteral("messages"), QJsonArray{message}}});
}

} // namespace cb::sandbox
