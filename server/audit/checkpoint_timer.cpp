#include "server/audit/checkpoint_timer.h"

#include "core/log/logging.h"
#include "server/server_context.h"

namespace cb::server {

namespace {
// Often enough to notice checkpoint_events soon after it is reached; one
// primary-key lookup each time.
constexpr int TickMs = 1000;
} // namespace

CheckpointTimer::CheckpointTimer(ServerContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    connect(&m_timer, &QTimer::timeout, this, &CheckpointTimer::tick);
    m_timer.start(TickMs);
}

void CheckpointTimer::tick()
{
    try {
        const std::int64_t head = m_context.audit().head().first;
        const auto last = m_context.auditCheckpoints().latest();
        const std::int64_t lastSeq = last ? last->seq : 0;
        if (head <= lastSeq) {
            return;
        }
        const std::int64_t now = m_context.clock().nowMs();
        const bool enoughEvents = head - lastSeq >= m_context.config().auditCheckpointEvents;
        const bool longEnough = !last || now - last->atMs >= std::int64_t(m_context.config().auditCheckpointSeconds) * 1000;
        if (enoughEvents || longEnough) {
            m_context.auditCheckpoints().checkpointNow(now);
        }
    } catch (const std::exception &error) {
        log::logger("server")->error("could not sign an audit checkpoint: {}", error.what());
    }
}

void CheckpointTimer::finish()
{
    m_timer.stop();
    try {
        m_context.auditCheckpoints().checkpointNow(m_context.clock().nowMs());
    } catch (const std::exception &error) {
        log::logger("server")->error("could not sign the shutdown audit checkpoint: {}", error.what());
    }
}

} // namespace cb::server
