#pragma once

#include <QJsonObject>

#include <cstdint>

namespace cb::store {
class Database;
}

namespace cb::server {

// The portal's figures for the compliance dashboard over [fromMs, toMs):
// links sent, opened and verified; the share of active conversations moved to
// the portal; minutes from an escalation to the first secure reply (median).
QJsonObject portalStats(store::Database &db, std::int64_t fromMs, std::int64_t toMs);

} // namespace cb::server
