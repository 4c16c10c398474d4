#pragma once

#include "core/crypto/secret_bytes.h"
#include "server/http/api_response.h"
#include "server/http/responder.h"

#include <functional>

namespace cb::server {

class ServerContext;

// Route helpers for the password pool: the slow Argon2id step runs on a worker,
// the rest of the handler on the application thread, and a full pool answers
// 503 with Retry-After. `account` is what the per-account cap counts (a username).

// Checks `password` against `encodedHash`; then answers with `then(matches)`.
// False when the pool had no place (the 503 is already sent).
bool checkPasswordThen(ServerContext &context, const QString &account, QByteArray encodedHash,
                       crypto::SecretBytes password, const http::Responder &responder,
                       std::function<HttpResponse(bool matches)> then);

// The sign-in check: `password` against `encodedHash`, and when `rehash` is set a
// new hash of it at the server's cost, made whether or not it matched, so the
// time taken says nothing about the password; then `then(matches, newHash)`
// (newHash empty unless it matched). False when the pool had no place.
bool checkPasswordForSignInThen(ServerContext &context, const QString &account, QByteArray encodedHash, bool rehash,
                                crypto::SecretBytes password, const http::Responder &responder,
                                std::function<HttpResponse(bool matches, QByteArray newHash)> then);

// Checks `current` against `encodedHash` and, if it matches, hashes `replacement`;
// then answers with `then(matches, newHash)` (newHash empty when it did not match).
// False when the pool had no place (the 503 is already sent).
bool checkAndHashThen(ServerContext &context, const QString &account, QByteArray encodedHash,
                      crypto::SecretBytes current, crypto::SecretBytes replacement, const http::Responder &responder,
                      std::function<HttpResponse(bool matches, QByteArray newHash)> then);

// Hashes `password` with the server's cost; then answers with `then(hash)`.
void hashPasswordThen(ServerContext &context, const QString &account, crypto::SecretBytes password,
                      const http::Responder &responder, std::function<HttpResponse(QByteArray hash)> then);

} // namespace cb::server
