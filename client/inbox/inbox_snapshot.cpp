// InboxService's snapshot: the pages of conversation summaries a fresh (or reset)
// cache fills from, handed to SnapshotWriter; a warm cache asks only the first,
// summary-free part (templates, flags, mentions).
#include "client/inbox/inbox_service.h"

#include "client/net/server_connection.h"
#include "core/api/inbox_dto.h"
#include "core/store/transaction.h"

#include <QJsonArray>

namespace cb::client {

// Pages of conversation summaries. On a first fill the event cursor starts at
// the snapshot's sequence; otherwise the stream replays from where we were.
void InboxService::loadSnapshot(int offset, bool firstFill, bool summaries)
{
    const QString path = summaries ? QStringLiteral("/api/v1/inbox?offset=%1").arg(offset)
                                   : QStringLiteral("/api/v1/inbox?limit=0");
    if (offset == 0) {
        ++m_snapshotGeneration; // answers to an earlier snapshot no longer count
        m_snapshotInFlight = 0;
        m_lastPageQueued = false;
    }
    ++m_snapshotInFlight;
    const int generation = m_snapshotGeneration;
    m_connection.get(path, [this, offset, firstFill,
                            generation](const ServerConnection::Reply &reply) {
        if (!m_cache || generation != m_snapshotGeneration) {
            return;
        }
        --m_snapshotInFlight;
        if (!reply.ok()) {
            emit failed(ServerConnection::describe(reply));
            return;
        }
        const qint64 seq = reply.body.value(QStringLiteral("seq")).toInteger();
        const QJsonArray rows = reply.body.value(QStringLiteral("conversations")).toArray();
        const bool more = reply.body.value(QStringLiteral("more")).toBool();
        // Two pages ahead are asked while this one is written: the first page asks
        // the next two, every later one the page after the next. The server's pages
        // are all full but the last (one past the end answers empty, harmlessly).
        if (more) {
            const int page = int(rows.size());
            if (offset == 0) {
                loadSnapshot(page, firstFill);
            }
            loadSnapshot(offset + 2 * page, firstFill);
        }
        // Only the first page carries anything for the GUI connection to write: a
        // transaction on every page would wait for the writer's slice under way.
        if (offset == 0) {
            store::Transaction transaction(m_session.cache()->database());
            for (const QJsonValue &value : reply.body.value(QStringLiteral("mentions")).toArray()) {
                m_cache->addMention(InboxCache::Mention::fromJson(value.toObject()));
            }
            if (firstFill && offset == 0) {
                m_cache->setLastSeq(seq);
                m_cache->setFilled(false); // until the last page is in
            }
            transaction.commit();
        }
        if (offset == 0) {
            m_templates.clear();
            for (const QJsonValue &value :
                 reply.body.value(QStringLiteral("templates")).toArray()) {
                if (const auto templ = api::templateFromJson(value.toObject())) {
                    m_templates.append(*templ);
                }
            }
            m_whatsappStatus = reply.body.value(QStringLiteral("whatsapp")).toString();
            m_portalEnabled = reply.body.value(QStringLiteral("portal")).toBool();
            m_portalWithheld = reply.body.value(QStringLiteral("portal_withheld")).toBool();
            if (m_portalWithheld != m_cache->portalWithheld()) {
                m_cache->setPortalWithheld(m_portalWithheld);
                // The clinic now keeps the portal's words for the care team: what a warm
                // cache held from before goes, and every summary comes again, withheld.
                // (A first fill has nothing to forget, and its next pages are already asked.)
                if (m_portalWithheld && !firstFill && m_cache->isFilled()) {
                    forgetPortalWords();
                    return;
                }
            }
            m_notices = reply.body.value(QStringLiteral("notices")).toObject();
            emit whatsappStatusChanged(m_whatsappStatus);
        }
        // The rows are parsed off the GUI thread and written in short slices.
        if (!rows.isEmpty()) {
            m_writer.add(rows, seq);
        }
        if (!more) {
            m_lastPageQueued = true;
            m_lastPageFillsCache = firstFill;
        }
        finishSnapshot();
        scheduleRepaint();
    });
}

// The snapshot's rows go through the cache's worker connection, on the writer's
// thread. Its commits do not wait for the disk (WAL with synchronous=NORMAL never
// corrupts; at worst a power cut loses the newest slices). Everything else stays
// FULL: the "filled" mark is written after, on the GUI connection, and waits for
// the disk, and the WAL keeps order, so a durable "filled" means durable rows.
void InboxService::attachWriter()
{
    m_writer.setDatabase(&m_session.cache()->workerDatabase());
}

void InboxService::forgetPortalWords()
{
    {
        store::Transaction transaction(m_session.cache()->database());
        m_cache->forgetPortalWords();
        m_cache->setFilled(false);
        transaction.commit();
    }
    m_lastPageQueued = false;
    loadSnapshot(0, true);
    scheduleRepaint();
}

// The last page is written: a first fill is complete, and the stream goes live.
void InboxService::finishSnapshot()
{
    if (!m_lastPageQueued || m_snapshotInFlight > 0 || !m_cache || !m_writer.idle()) {
        return;
    }
    m_lastPageQueued = false;
    if (m_lastPageFillsCache && !m_writer.lostRows()) {
        m_cache->setFilled(true);
    }
    if (!m_stream->isLive()) {
        m_stream->start();
    }
    scheduleRepaint();
}

} // namespace cb::client
