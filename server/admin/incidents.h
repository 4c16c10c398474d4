#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <cstdint>

namespace cb::server {

class ServerContext;
struct Caller;

// Incidents: reported by anyone (a misdirected message, patient data sent on
// WhatsApp, a lost device, other), assessed by the privacy officer with HIPAA's
// four factors, then notified and closed. The 60-day notification deadline runs
// from discovery. Every step is audited with ids and outcomes, never the words.
//
//   open ──assess──▶ assessed ──(breach)──▶ notified ──▶ closed
//                        └──(low probability)──────────▶ closed
class Incidents
{
public:
    static constexpr std::int64_t NotificationDays = 60;

    explicit Incidents(ServerContext &context) : m_context(context) {}

    // { type, conversation_id | device_id, discovered_at_ms, summary }
    HttpResponse report(const Caller &caller, const QJsonObject &body);
    // ?status=: newest discovery first, 200 at most.
    HttpResponse list(const QUrlQuery &query);
    HttpResponse get(std::int64_t id);
    // { nature_of_data, unauthorised_recipient, acquired_or_viewed: yes|no|unknown, mitigation, risk_conclusion: low_probability|breach }
    HttpResponse assess(const Caller &caller, std::int64_t id, const QJsonObject &body);
    // { status: notified|closed, note }
    HttpResponse setStatus(const Caller &caller, std::int64_t id, const QJsonObject &body);

private:
    ServerContext &m_context;
};

} // namespace cb::server
