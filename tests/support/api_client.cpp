#include "tests/support/api_client.h"

#include "tests/support/test_env.h"

#include <QDateTime>
#include <QtTest>

namespace cb::test {

HttpResult ApiClient::call(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token) const
{
    QList<QPair<QByteArray, QByteArray>> headers{{"X-Carebridge-Device", DeviceId}};
    if (!token.isEmpty()) {
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    }
    const QByteArray payload = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    return httpRequest(method, base.resolved(QUrl(path)), payload, headers);
}

QByteArray ApiClient::oathtoolCode(const QString &base32Key, int offsetSeconds)
{
    QByteArray output;
    const qint64 when = QDateTime::currentSecsSinceEpoch() + offsetSeconds;
    runProgram(QStringLiteral("oathtool"),
               {QStringLiteral("--totp"), QStringLiteral("--base32"), QStringLiteral("--now"),
                QStringLiteral("@%1").arg(when), base32Key},
               &output);
    return output.trimmed();
}

QJsonObject ApiClient::enrol(const QString &username, const QString &password, const QString &enrolmentCode,
                             QString *base32Key) const
{
    const auto challenge = post(QStringLiteral("/api/v1/login/password"),
                                {{QStringLiteral("username"), username},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("device_id"), QLatin1String(DeviceId)}});
    const auto started = post(QStringLiteral("/api/v1/login/code"),
                              {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge")).toString()},
                               {QStringLiteral("enrolment_code"), enrolmentCode}});
    const QJsonObject json = started.json();
    const QString key = json.value(QStringLiteral("enrolment")).toObject().value(QStringLiteral("key")).toString();
    if (base32Key != nullptr) {
        *base32Key = key;
    }
    const auto signedIn = post(QStringLiteral("/api/v1/login/enrol"),
                               {{QStringLiteral("challenge"), json.value(QStringLiteral("challenge")).toString()},
                                {QStringLiteral("code"), QString::fromLatin1(oathtoolCode(key))}});
    return signedIn.json();
}

QString errorCode(const HttpResult &result)
{
    return result.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace cb::test
