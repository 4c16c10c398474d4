#pragma once

// Pieces the server benchmarks share: Meta-shaped signed deliveries, a plan
// that posts them, raw streaming, and one way to print a load's figures.
#include "bench/load_client.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace cb::bench {

// One patient message in Meta's shape (a distinct wamid per n), as the sandbox builds them.
QByteArray singleMessage(const QString &prefix, std::uint64_t n);
// Signed single-message deliveries to /webhooks/whatsapp on `port`.
LoadPlan webhookPlan(quint16 port, const QString &prefix);
// Writes `head`, then `total` bytes, ignoring the server's refusal; returns when done or cut off.
// With `bytesPerSecond`, no faster than that (a client on a real network).
void streamAfter(quint16 port, const QByteArray &head, std::size_t total, std::size_t bytesPerSecond = 0);
void printLoad(const char *what, const LoadResult &result);

} // namespace cb::bench
