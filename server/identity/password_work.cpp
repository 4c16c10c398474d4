#include "server/identity/password_work.h"

#include "core/crypto/password_hash.h"
#include "server/server_context.h"

#include <memory>

namespace cb::server {

using http::sendSafely;

namespace {
struct Checked
{
    bool matches = false;
    QByteArray hash;
};

void busy(const http::Responder &responder, const PasswordPool &pool)
{
    responder.send(busyResponse(QStringLiteral("busy"), QStringLiteral("the server is busy checking passwords; try again shortly"),
                                pool.retryAfterSeconds()));
}
} // namespace

bool checkPasswordThen(ServerContext &context, const QString &account, QByteArray encodedHash,
                       crypto::SecretBytes password, const http::Responder &responder,
                       std::function<HttpResponse(bool matches)> then)
{
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(password));
    const bool queued = context.passwords().run<bool>(
        account, [encodedHash, secret] { return crypto::PasswordHash::verify(encodedHash, *secret); },
        [responder, then = std::move(then)](bool matches) { sendSafely(responder, [&] { return then(matches); }); });
    if (!queued) {
        busy(responder, context.passwords());
    }
    return queued;
}

bool checkPasswordForSignInThen(ServerContext &context, const QString &account, QByteArray encodedHash, bool rehash,
                                crypto::SecretBytes password, const http::Responder &responder,
                                std::function<HttpResponse(bool matches, QByteArray newHash)> then)
{
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(password));
    const crypto::PasswordHash hasher(context.config().passwordCost);
    const bool queued = context.passwords().run<Checked>(
        account,
        [encodedHash, secret, hasher, rehash] {
            Checked checked;
            checked.matches = crypto::PasswordHash::verify(encodedHash, *secret);
            if (rehash) {
                const QByteArray made = hasher.hash(*secret); // always: equal time either way
                checked.hash = checked.matches ? made : QByteArray();
            }
            return checked;
        },
        [responder, then = std::move(then)](Checked checked) { sendSafely(responder, [&] { return then(checked.matches, checked.hash); }); });
    if (!queued) {
        busy(responder, context.passwords());
    }
    return queued;
}

bool checkAndHashThen(ServerContext &context, const QString &account, QByteArray encodedHash,
                      crypto::SecretBytes current, crypto::SecretBytes replacement, const http::Responder &responder,
                      std::function<HttpResponse(bool matches, QByteArray newHash)> then)
{
    auto currentSecret = std::make_shared<crypto::SecretBytes>(std::move(current));
    auto replacementSecret = std::make_shared<crypto::SecretBytes>(std::move(replacement));
    const crypto::PasswordHash hasher(context.config().passwordCost);
    const bool queued = context.passwords().run<Checked>(
        account,
        [encodedHash, currentSecret, replacementSecret, hasher] {
            Checked checked;
            checked.matches = crypto::PasswordHash::verify(encodedHash, *currentSecret);
            if (checked.matches) {
                checked.hash = hasher.hash(*replacementSecret);
            }
            return checked;
        },
        [responder, then = std::move(then)](Checked checked) {
            sendSafely(responder, [&] { return then(checked.matches, checked.hash); });
        });
    if (!queued) {
        busy(responder, context.passwords());
    }
    return queued;
}

void hashPasswordThen(ServerContext &context, const QString &account, crypto::SecretBytes password,
                      const http::Responder &responder, std::function<HttpResponse(QByteArray hash)> then)
{
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(password));
    const crypto::PasswordHash hasher(context.config().passwordCost);
    const bool queued = context.passwords().run<QByteArray>(
        account, [secret, hasher] { return hasher.hash(*secret); },
        [responder, then = std::move(then)](QByteArray hash) { sendSafely(responder, [&] { return then(std::move(hash)); }); });
    if (!queued) {
        busy(responder, context.passwords());
    }
}

} // namespace cb::server
