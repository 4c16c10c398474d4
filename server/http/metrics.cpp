#include "server/http/metrics.h"

namespace cb::server {

Histogram::Histogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds)), m_counts(m_bounds.size() + 1)
{
}

void Histogram::observe(double value)
{
    std::size_t bucket = 0;
    while (bucket < m_bounds.size() && value > m_bounds[bucket]) {
        ++bucket;
    }
    m_counts[bucket].fetch_add(1, std::memory_order_relaxed);
    m_sumMicros.fetch_add(std::uint64_t(value * 1e6), std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
}

void Histogram::render(QByteArray &out, const char *name, const char *help) const
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i <= m_bounds.size(); ++i) {
        cumulative += m_counts[i].load(std::memory_order_relaxed);
        const QByteArray le = i < m_bounds.size() ? QByteArray::number(m_bounds[i]) : QByteArray("+Inf");
        out += QByteArray(name) + "_bucket{le=\"" + le + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    out += QByteArray(name) + "_sum " + QByteArray::number(double(m_sumMicros.load()) / 1e6) + '\n';
    out += QByteArray(name) + "_count " + QByteArray::number(m_count.load()) + '\n';
}

namespace {
template <typename Value>
void line(QByteArray &out, const char *name, const char *type, const char *help, Value value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    out += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
}
} // namespace

QByteArray Metrics::render() const
{
    QByteArray out;
    line(out, "carebridge_http_connections", "gauge", "Open client connections.", qint64(connections.load()));
    line(out, "carebridge_http_connections_refused_total", "counter", "Connections closed at once: over the total or per-address cap.", quint64(connectionsRefused.load()));
    line(out, "carebridge_http_requests_total", "counter", "Requests read in full and handed to a route.", quint64(requests.load()));
    line(out, "carebridge_http_refused_too_large_total", "counter", "Requests refused for header or body size before buffering.", quint64(refusedTooLarge.load()));
    line(out, "carebridge_http_refused_body_memory_total", "counter", "Requests refused because bodies in flight held the memory budget.", quint64(refusedBodyMemory.load()));
    line(out, "carebridge_http_timeouts_total", "counter", "Connections closed because a header, body or write deadline passed.", quint64(timedOut.load()));
    line(out, "carebridge_http_bad_requests_total", "counter", "Requests that were not valid HTTP.", quint64(badRequests.load()));
    line(out, "carebridge_http_in_flight", "gauge", "Requests being answered.", qint64(inFlight.load()));
    line(out, "carebridge_stream_clients", "gauge", "Open event-stream WebSockets.", qint64(streamClients.load()));
    line(out, "carebridge_stream_slow_consumers_total", "counter", "Event streams closed because they did not read.", quint64(streamSlowConsumers.load()));
    line(out, "carebridge_stream_too_big_total", "counter", "Event streams closed for an oversized frame or message.", quint64(streamTooBig.load()));
    line(out, "carebridge_webhook_deliveries_total", "counter", "Signed webhook deliveries acknowledged after commit.", quint64(deliveries.load()));
    line(out, "carebridge_webhook_refused_total", "counter", "Webhook deliveries refused for their signature.", quint64(deliveriesRefused.load()));
    line(out, "carebridge_webhook_retry_later_total", "counter", "Webhook deliveries answered 503 so that Meta retries.", quint64(deliveriesRetryLater.load()));
    line(out, "carebridge_webhook_messages_stored_total", "counter", "Patient messages stored.", quint64(messagesStored.load()));
    line(out, "carebridge_webhook_duplicates_total", "counter", "Messages Meta sent again that were already stored.", quint64(duplicates.load()));
    line(out, "carebridge_webhook_statuses_applied_total", "counter", "Delivery statuses applied.", quint64(statusesApplied.load()));
    line(out, "carebridge_portal_links_refused_total", "counter", "Portal links refused: forged, used, expired or locked.",
         quint64(portalLinksRefused.load()));
    line(out, "carebridge_webhook_dead_letters_total", "counter", "Signed deliveries or items kept as dead letters.", quint64(deadLetters.load()));
    line(out, "carebridge_webhook_other_number_entries_total", "counter", "Entries for another phone number, counted and not stored.", quint64(otherNumberEntries.load()));
    ackSeconds.render(out, "carebridge_webhook_ack_seconds", "Time from a delivery's arrival to its acknowledgement.");
    line(out, "carebridge_store_writer_queue", "gauge", "Deliveries waiting for the writer.", qint64(writerQueue.load()));
    groupSize.render(out, "carebridge_store_group_size", "Deliveries committed together in one transaction.");
    line(out, "carebridge_password_pool_busy", "gauge", "Password hashes running now.", qint64(hashingBusy.load()));
    line(out, "carebridge_password_pool_queued", "gauge", "Password hashes waiting for a worker.", qint64(hashingQueued.load()));
    line(out, "carebridge_password_pool_refused_total", "counter", "Sign-in steps refused with 503 because the pool was full.", quint64(hashingRefused.load()));
    if (senderBacklog) {
        line(out, "carebridge_whatsapp_send_backlog", "gauge", "Outbound WhatsApp messages not yet accepted by Meta.", qint64(senderBacklog()));
    }
    return out;
}

} // namespace cb::server
