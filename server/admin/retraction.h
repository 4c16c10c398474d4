#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>

#include <cstdint>

namespace cb::server {

class ServerContext;
struct Caller;

// Staff never delete a message: a retraction hides a staff message (outbound or
// a note) from the inbox and the portal and keeps it, with who, when and why, for
// the record. Patients' own messages are never retracted: what a patient said
// is part of the record; a misdirected one is an incident.
// { reason: 3–500 characters }
HttpResponse retractMessage(ServerContext &context, const Caller &caller, std::int64_t messageId, const QJsonObject &body);

} // namespace cb::server
