#pragma once

#include "server/http/api_response.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <cstdint>

namespace cb::server {

class ServerContext;
struct Caller;

// The compliance flags as a work list: admins and compliance read them (with the
// people and patients by name, as the audit viewer shows them); only compliance
// closes one, with a note of what was checked, and never a flag raised by their
// own action (a review they opened is looked at by a colleague).
class FlagReview
{
public:
    static constexpr int MaxListed = 200;
    static constexpr int MaxNote = 2000;

    explicit FlagReview(ServerContext &context) : m_context(context) {}

    // ?state=open (default) | all: newest first, at most MaxListed.
    HttpResponse list(const Caller &caller, const QUrlQuery &query);
    // { note }: 1..MaxNote characters.
    HttpResponse acknowledge(const Caller &caller, std::int64_t id, const QJsonObject &body);

private:
    ServerContext &m_context;
};

} // namespace cb::server
