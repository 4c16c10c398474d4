// How fast the audit viewer pages over a large trail: a real SQLCipher server
// store with N audit events (default 1,000,000) spread over a year, then the
// first page, a deep page and filtered pages, each the median of 15 warm runs.
// Usage: bench_audit_paging [events]
#include "core/audit/audit_log.h"
#include "core/store/transaction.h"
#include "server/audit/audit_query.h"
#include "server/config/server_keys.h"
#include "server/store/server_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using cb::crypto::SecretBytes;
using namespace cb::server;

namespace {
constexpr std::int64_t Start = 1'700'000'000'000; // UTC ms
constexpr std::int64_t Year = 365LL * 24 * 3600 * 1000;
constexpr int Staff = 200;
constexpr int Contacts = 5000;
constexpr int SnapshotPage = 500;

const char *const Actions[] = {"conversation.view", "conversation.view", "conversation.view", "inbox.snapshot",
                               "message.send", "conversation.read", "login.success", "session.lock", "session.unlock",
                               "stream.subscribe", "portal.view", "portal.message", "portal.invitation_sent",
                               "media.view", "conversation.assign", "contact.opt_out", "access.denied", "login.failure"};

void fill(ServerStore &store, const ServerKeys &keys, int events)
{
    auto &db = store.database();
    {
        cb::store::Transaction setup(db);
        for (int i = 1; i <= Staff; ++i) {
            db.prepare("INSERT INTO staff_users (id, username, display_name, roles, password_hash, password_changed_at, created_at_ms)"
                       " VALUES (?, ?, 'Staff', 'nurse', 'x', 0, 0)").bind(1, i).bind(2, QStringLiteral("s%1").arg(i)).run();
            // Each person signs in on their own workstation, one long session each.
            db.prepare("INSERT INTO sessions (id, token_hash, user_id, device_id, created_at_ms, last_seen_at_ms)"
                       " VALUES (?, randomblob(32), ?, ?, ?, ?)")
                .bind(1, QStringLiteral("s%1").arg(i)).bind(2, i).bind(3, QStringLiteral("ws-%1").arg(i % 40))
                .bind(4, Start).bind(5, Start).run();
        }
        // One more patient, on no inbox page and read by nobody: "who accessed" must
        // look through every page to say so (the slowest case).
        db.prepare("INSERT INTO contacts (id, wa_id, created_at_ms) VALUES (?, ?, 0)").bind(1, Contacts + 1).bind(2, QStringLiteral("99999")).run();
        db.prepare("INSERT INTO conversations (id, contact_id) VALUES (?, ?)").bind(1, Contacts + 1).bind(2, Contacts + 1).run();
        for (int i = 1; i <= Contacts; ++i) {
            db.prepare("INSERT INTO contacts (id, wa_id, created_at_ms) VALUES (?, ?, 0)").bind(1, i).bind(2, QString::number(1000 + i)).run();
            db.prepare("INSERT INTO conversations (id, contact_id) VALUES (?, ?)").bind(1, i).bind(2, i).run();
        }
        setup.commit();
    }
    cb::audit::AuditLog log(db, keys.audit.clone());
    const int actions = int(std::size(Actions));
    for (int done = 0; done < events;) {
        cb::store::Transaction batch(db);
        for (int i = 0; i < 20000 && done < events; ++i, ++done) {
            const QString action = QString::fromLatin1(Actions[(done * 7) % actions]);
            const QString actor = QStringLiteral("staff:%1").arg(done % Staff + 1);
            const std::int64_t at = Start + Year * done / events;
            if (action == QLatin1String("inbox.snapshot")) {
                // As the server writes them: a page of 500 conversations of the
                // 5,000-patient inbox (ten pages a sign-in), each listed by id.
                const int offset = (done / actions) % (Contacts / SnapshotPage) * SnapshotPage;
                QJsonArray listed;
                for (int id = offset + 1; id <= offset + SnapshotPage; ++id) {
                    listed.append(id);
                }
                log.append({0, at, actor, action, QStringLiteral("inbox"),
                            QJsonObject{{QStringLiteral("offset"), offset}, {QStringLiteral("count"), SnapshotPage},
                                        {QStringLiteral("conversations"), listed}}});
                continue;
            }
            const QString target = action.startsWith(QLatin1String("login")) || action.startsWith(QLatin1String("session"))
                                       ? QStringLiteral("session:s%1").arg(done % Staff + 1)
                                       : QStringLiteral("conversation:%1").arg((done * 13) % Contacts + 1);
            log.append({0, at, actor, action, target, QJsonObject{{QStringLiteral("n"), done % 500}}});
        }
        batch.commit();
        std::fprintf(stderr, "\r%d events", done);
    }
    std::fprintf(stderr, "\n");
}

double medianMs(const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    const SecretBytes masterKey = SecretBytes::random(32);
    const ServerKeys keys = ServerKeys::derive(masterKey);
    ServerStore store = ServerStore::create(dir.filePath(QStringLiteral("server.db")), masterKey);
    QElapsedTimer filling;
    filling.start();
    fill(store, keys, events);
    std::printf("%d audit events written in %.1f s; store %.0f MiB\n\n", events, double(filling.elapsed()) / 1000,
                double(QFileInfo(store.database().path()).size() + QFileInfo(store.database().path() + QStringLiteral("-wal")).size()) /
                    (1024 * 1024));

    AuditQuery query(store.database());
    struct Row
    {
        const char *name;
        AuditFilter filter;
        std::optional<std::int64_t> before;
    };
    AuditFilter person;
    person.actor = QStringLiteral("staff:17");
    AuditFilter contact;
    contact.contactId = 1234;
    AuditFilter unread;
    unread.contactId = Contacts + 1;
    AuditFilter portal;
    portal.actionPrefix = QStringLiteral("portal.");
    AuditFilter logins;
    logins.actionPrefix = QStringLiteral("login.success");
    AuditFilter week;
    week.fromMs = Start + Year / 2;
    week.toMs = week.fromMs.value() + 7LL * 24 * 3600 * 1000;
    AuditFilter oldWeek;
    oldWeek.fromMs = Start + Year / 20;
    oldWeek.toMs = oldWeek.fromMs.value() + 7LL * 24 * 3600 * 1000;
    AuditFilter workstation;
    workstation.deviceId = QStringLiteral("ws-7");
    AuditFilter personAndType = person;
    personAndType.actionPrefix = QStringLiteral("conversation.");
    const std::vector<Row> rows{
        {"first page, no filter", {}, std::nullopt},
        {"deep page (seq < 10,000), no filter", {}, 10'000},
        {"person, first page", person, std::nullopt},
        {"person, deep page (seq < 10,000)", person, 10'000},
        {"patient contact (who accessed), listed on 1 inbox page in 10", contact, std::nullopt},
        {"who accessed a patient on no inbox page (every page looked at)", unread, std::nullopt},
        {"event type prefix 'portal.'", portal, std::nullopt},
        {"event type prefix 'portal.', deep", portal, 10'000},
        {"event type 'login.success'", logins, std::nullopt},
        {"date range: a week mid-year", week, std::nullopt},
        {"date range: a week in month 1", oldWeek, std::nullopt},
        {"workstation (5 sessions)", workstation, std::nullopt},
        {"person + type prefix", personAndType, std::nullopt},
    };
    std::printf("| page of 100 | events | median ms |\n|---|---:|---:|\n");
    for (const Row &row : rows) {
        qsizetype count = 0;
        const double ms = medianMs([&] { count = query.page(row.filter, row.before, 100).size(); });
        std::printf("| %s | %lld | %.2f |\n", row.name, static_cast<long long>(count), ms);
    }
    return 0;
}
