#pragma once

#include "core/policy/permissions.h"

#include "server/http/http_types.h"
#include <QList>
#include <QString>

#include <optional>

namespace cb::server {

// Every API endpoint and the permission it requires, in one list. The router
// refuses to start if an endpoint has no handler (or a handler no entry), and
// the endpoint × role test walks this same list.
struct Endpoint
{
    const char *id;
    http::Method method;
    const char *path;                          // QHttpServer pattern, <arg> for ids
    std::optional<policy::Permission> permission; // nullopt: public (sign-in only)
    bool userActivity = true;                  // resets the session's idle clock
    qsizetype bodyLimit = 64 * 1024;           // the most body bytes accepted
    // Changes to staff, roles, sessions and retention: the caller must have proved
    // who they are (password and code) within `[security] step_up_seconds` (at
    // most 5 minutes), else 403 step_up_required.
    bool stepUp = false;
};

constexpr qsizetype DefaultBodyLimit = 64 * 1024;
// Sign-in takes a few short fields: a stranger gets no more room than this.
constexpr qsizetype PublicBodyLimit = 4 * 1024;
// An endpoint that needs a session, asked with no live token, reads at most
// this much: it will only hear 401, and the body is never parsed.
constexpr qsizetype AnonymousBodyLimit = 1024;
// Bodies larger than this are parsed on a worker, not the application thread.
constexpr qsizetype ParseOffThreadBytes = 64 * 1024;

const QList<Endpoint> &endpointCatalogue();
const Endpoint &endpointById(const char *id);

} // namespace cb::server
