#include "client/net/server_connection.h"

#include <algorithm>

#include "core/log/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace cb::client {

ServerConnection::ServerConnection(ServerEndpoint endpoint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_network(network)
{
}

void ServerConnection::setToken(const QString &token)
{
    QByteArray bytes = token.toLatin1();
    m_token = crypto::SecretBytes::takeFrom(bytes);
}

void ServerConnection::clearToken()
{
    m_token = crypto::SecretBytes();
}

void ServerConnection::get(const QString &path, Callback done)
{
    send("GET", path, {}, std::move(done));
}

void ServerConnection::post(const QString &path, const QJsonObject &body, Callback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void ServerConnection::remove(const QString &path, Callback done)
{
    send("DELETE", path, {}, std::move(done));
}

void ServerConnection::send(const QByteArray &method, const QString &path, const QByteArray &body, Callback done,
                            bool steppedUp)
{
    if (!m_endpoint.isValid()) {
        QMetaObject::invokeMethod(this, [done] { Reply reply; reply.errorCode = QStringLiteral("misconfigured"); done(reply); },
                                  Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(m_endpoint.resolve(path));
    m_endpoint.prepare(request);
    request.setTransferTimeout(15000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_deviceId.isEmpty()) {
        request.setRawHeader("X-Carebridge-Device", m_deviceId);
    }
    const bool authenticated = !m_token.isEmpty();
    if (authenticated) {
        request.setRawHeader("Authorization",
                             "Bearer " + QByteArray(reinterpret_cast<const char *>(m_token.data()), qsizetype(m_token.size())));
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, authenticated, method, path, body, steppedUp] {
        reply->deleteLater();
        Reply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (result.contentType.startsWith(QLatin1String("application/json")) || result.contentType.isEmpty()) {
            result.body = QJsonDocument::fromJson(reply->readAll()).object();
        } else {
            result.raw = reply->readAll();
        }
        const QJsonObject error = result.body.value(QStringLiteral("error")).toObject();
        result.errorCode = error.value(QStringLiteral("code")).toString();
        result.retryAfterSeconds = error.value(QStringLiteral("retry_after_seconds")).toInt();
        if (result.httpStatus == 0) {
            result.errorCode = QStringLiteral("unreachable");
            log::logger("net")->warn("request failed without an answer ({})", int(reply->error()));
        }
        if (authenticated && result.httpStatus == 401 && result.errorCode != QLatin1String("invalid_credentials")) {
            emit sessionEnded(result.errorCode);
        }
        if (result.errorCode == QLatin1String("step_up_required") && m_stepUpHandler && !steppedUp) {
            m_stepUpHandler([this, method, path, body, done, result](bool confirmed) {
                if (confirmed) {
                    send(method, path, body, done, true);
                } else {
                    done(result);
                }
            });
            return;
        }
        done(result);
    });
}

QString ServerConnection::describe(const Reply &reply)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("cb::client::ServerConnection", text); };
    const QString &code = reply.errorCode;
    if (code == QLatin1String("invalid_credentials")) {
        if (reply.retryAfterSeconds > 0) {
            return QCoreApplication::translate("cb::client::ServerConnection",
                                               "That did not work. Check your username, password and code, and try "
                                               "again in %n second(s).",
                                               nullptr, reply.retryAfterSeconds);
        }
        return tr("That did not work. Check your username, password and code, and try again.");
    }
    if (code == QLatin1String("too_many_attempts")) {
        const int seconds = std::max(1, reply.retryAfterSeconds);
        if (seconds >= 120) {
            return QCoreApplication::translate("cb::client::ServerConnection",
                                               "Too many failed attempts. Try again in %n minute(s).", nullptr,
                                               (seconds + 59) / 60);
        }
        return QCoreApplication::translate("cb::client::ServerConnection",
                                           "Too many failed attempts. Try again in %n second(s).", nullptr, seconds);
    }
    if (code == QLatin1String("weak_password")) {
        return reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
    if (code == QLatin1String("session_idle_timeout")) {
        return tr("You were signed out after a long time without activity.");
    }
    if (code == QLatin1String("session_expired")) {
        return tr("Your session reached its time limit. Please sign in again.");
    }
    if (code == QLatin1String("session_ended") || code == QLatin1String("unauthenticated")) {
        return tr("Your session has ended. Please sign in again.");
    }
    if (code == QLatin1String("unreachable")) {
        return tr("Cannot reach the Carebridge server. Check the network and try again.");
    }
    if (code == QLatin1String("forbidden")) {
        return tr("Your role does not allow this.");
    }
    if (code == QLatin1String("misconfigured")) {
        return tr("No valid Carebridge server is configured for this workstation.");
    }
    static const std::pair<const char *, const char *> inbox[] = {
        {"busy", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                   "The server is busy with other sign-ins. Wait a moment and try again.")},
        {"number_moved", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                           "This patient's WhatsApp number now belongs to someone else. Reply in their new conversation.")},
        {"phi_refused", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                          "This reads as medical or identifying information, which must not go on WhatsApp. "
                                          "Use the secure portal instead.")},
        {"window_closed", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                            "More than 24 hours have passed since the patient last wrote. Only an approved template can be sent now.")},
        {"contact_opted_out", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                                "This patient asked not to receive WhatsApp messages (STOP).")},
        {"no_opt_in", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                        "This patient has not agreed to reminders from the clinic, so we cannot start a conversation.")},
        {"quiet_hours", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                          "It is quiet hours for patients. Send this reminder in the morning.")},
        {"too_frequent", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                           "This patient has had the most reminders allowed this week.")},
        {"whatsapp_not_configured", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                                      "WhatsApp is not set up on the clinic's server.")},
        {"invalid_template", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Fill in every field of the template.")},
        {"invalid_request", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "The message is empty or too long.")},
        {"portal_not_configured", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "The secure portal is not set up on the clinic's server.")},
        {"not_escalated", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Send the patient a secure portal link first.")},
        {"portal_not_live", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                              "The patient's portal link was revoked, locked or has expired. Send a new link first.")},
        {"file_too_large", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "The file is larger than the portal allows.")},
        {"file_type_refused", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Only photos (JPEG, PNG) and PDF documents can be sent.")},
        {"invalid_date_of_birth", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "The date of birth must be a date in the past.")},
        {"unknown_patient", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                              "No patient matches that name or number. Check it, or use the contact number shown in About.")},
        {"unknown_person", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                             "No staff member matches that name. Check the spelling, or type part of the name or username.")},
        {"session_locked", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Carebridge is locked. Unlock it with your password first.")},
        // Administration, and why the server ended a session.
        {"step_up_required", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Confirm your password and code to make this change.")},
        {"password_change_required", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Choose a new password before you continue.")},
        {"device_wiped", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                           "An administrator wiped this workstation. Its saved messages were deleted.")},
        {"revoked", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "An administrator ended your session.")},
        {"user_disabled", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                            "Your account was disabled. Its saved messages on this workstation were deleted.")},
        {"roles_changed", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                            "An administrator changed your roles. Sign in again to continue.")},
        {"password_reset", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                             "An administrator reset your password. Sign in with the new one.")},
        {"mfa_reset", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                        "An administrator reset your authenticator. Sign in to set up a new one.")},
        {"cannot_wipe_self", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Wipe this workstation from another one.")},
        {"cannot_change_own_roles", QT_TRANSLATE_NOOP("cb::client::ServerConnection",
                                                      "Ask another administrator to change your own roles.")},
        {"cannot_disable_self", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "Ask another administrator to disable your account.")},
        {"not_found", QT_TRANSLATE_NOOP("cb::client::ServerConnection", "It is no longer there. The list was refreshed.")},
    };
    for (const auto &[known, text] : inbox) {
        if (code == QLatin1String(known)) {
            return tr(text);
        }
    }
    return tr("The server could not do that (error %1).").arg(reply.httpStatus);
}

} // namespace cb::client

namespace cb::client {

QString ServerConnection::eventStreamHello(qint64 afterSeq) const
{
    const QString token = QString::fromUtf8(reinterpret_cast<const char *>(m_token.data()), qsizetype(m_token.size()));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                       {QStringLiteral("token"), token},
                                                       {QStringLiteral("device"), QString::fromUtf8(m_deviceId)},
                                                       {QStringLiteral("after"), afterSeq}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace cb::client
