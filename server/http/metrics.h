#pragma once

#include <QByteArray>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace cb::server {

// A Prometheus histogram with fixed buckets, safe to observe from any thread.
class Histogram
{
public:
    explicit Histogram(std::vector<double> upperBounds);
    void observe(double value);
    // Appends the _bucket, _sum and _count lines for `name`.
    void render(QByteArray &out, const char *name, const char *help) const;

private:
    std::vector<double> m_bounds;
    std::vector<std::atomic<std::uint64_t>> m_counts; // one per bound, plus +Inf
    std::atomic<std::uint64_t> m_sumMicros{0};
    std::atomic<std::uint64_t> m_count{0};
};

// Every figure /metrics shows. Counters are atomics, so the edge's I/O threads,
// the password pool and the application thread all write them without locks.
struct Metrics
{
    using Counter = std::atomic<std::uint64_t>;
    using Gauge = std::atomic<std::int64_t>;

    // The edge.
    Gauge connections{0};
    Counter connectionsRefused{0};   // over the total or per-address cap
    Counter requests{0};
    Counter refusedTooLarge{0};      // 413 before or while reading a body, 431 for headers
    Counter refusedBodyMemory{0};    // 503: the bodies in flight already hold the memory budget
    Counter timedOut{0};             // header, body or write deadline passed
    Counter badRequests{0};          // unparsable HTTP
    Gauge inFlight{0};               // requests handed to the application, not yet answered

    // The event stream.
    Gauge streamClients{0};
    Counter streamSlowConsumers{0};
    Counter streamTooBig{0};

    // WhatsApp intake.
    Counter deliveries{0};           // signed deliveries acknowledged
    Counter deliveriesRefused{0};    // bad signature
    Counter deliveriesRetryLater{0}; // 503: store busy or failed, Meta retries
    Counter messagesStored{0};
    Counter duplicates{0};
    Counter statusesApplied{0};
    Counter deadLetters{0};
    Counter otherNumberEntries{0};
    Histogram ackSeconds{{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5}};

    // The store's writer.
    Gauge writerQueue{0};
    Histogram groupSize{{1, 2, 4, 8, 16, 32, 64, 128, 256, 512}};

    // Password hashing.
    Gauge hashingBusy{0};
    Gauge hashingQueued{0};
    Counter hashingRefused{0};

    // The portal: links that could not be used (forged, used, expired, locked).
    Counter portalLinksRefused{0};

    // Filled in by the application when the page is rendered.
    std::function<std::int64_t()> senderBacklog;

    QByteArray render() const;
};

} // namespace cb::server
