#pragma once

#include "tests/support/http_client.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace cb::test {

// Talks to a real server's /api/v1 the way the desktop does (bearer header).
struct ApiClient
{
    QUrl base;
    // Every session these tests open is on this one "workstation".
    static constexpr const char *DeviceId = "test-device";

    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &token = {}) const;
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {}) const
    {
        return call("POST", path, body, token);
    }
    HttpResult get(const QString &path, const QString &token) const { return call("GET", path, {}, token); }

    // A TOTP code from oathtool for the base32 key at `offsetSeconds` from now.
    static QByteArray oathtoolCode(const QString &base32Key, int offsetSeconds = 0);
    // Signs in a user who has not enrolled yet, with the one-time enrolment code
    // their admin was given; returns the sign-in JSON (token …).
    QJsonObject enrol(const QString &username, const QString &password, const QString &enrolmentCode,
                      QString *base32Key = nullptr) const;
};

QString errorCode(const HttpResult &result);

} // namespace cb::test
