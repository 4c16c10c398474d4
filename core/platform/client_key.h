#pragma once

#include <QHostAddress>
#include <QString>

namespace cb::platform {

// The key that per-address limits and throttles count a client under: an IPv4
// address as it is (also when mapped into IPv6), an IPv6 address as its /64.
// One home or phone gets a whole /64, so counting full IPv6 addresses would let
// one attacker act as 2^64 clients.
QString clientKey(const QHostAddress &address);

} // namespace cb::platform
