#include "core/audit/audit_log.h"

#include <QHash>
#include <QRegularExpression>

#include "core/crypto/keyed_hash.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <optional>

#include <QJsonDocument>

namespace cb::audit {

namespace {
void appendField(QByteArray &out, const QByteArray &field)
{
    const auto size = static_cast<quint32>(field.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>((size >> shift) & 0xff));
    }
    out.append(field);
}

QByteArray canonicalDetail(const QJsonObject &detail)
{
    return QJsonDocument(detail).toJson(QJsonDocument::Compact); // keys are sorted by QJsonObject
}
} // namespace

AuditLog::AuditLog(store::Database &db, crypto::SecretBytes key) : m_db(db), m_key(std::move(key)) {}

QByteArray AuditLog::hashOf(const AuditEvent &event, const QByteArray &previousHash) const
{
    QByteArray message;
    appendField(message, previousHash);
    appendField(message, QByteArray::number(event.seq));
    appendField(message, QByteArray::number(event.atMs));
    appendField(message, event.actor.toUtf8());
    appendField(message, event.action.toUtf8());
    appendField(message, event.target.toUtf8());
    appendField(message, canonicalDetail(event.detail));
    return crypto::keyedHash(m_key, message);
}

std::int64_t AuditLog::append(AuditEvent event)
{
    // Reading the head and writing after it must be one write transaction:
    // another process (a backup, the CLI, another node on PostgreSQL) may append
    // to the same trail, and the write lock makes it wait its turn.
    store::TransactionIfNone write(m_db);
    auto last = m_db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    QByteArray previous(32, '\0'); // the chain starts from a zero hash
    event.seq = 1;
    if (last.step()) {
        event.seq = last.columnInt64(0) + 1;
        previous = last.columnBlob(1);
    }
    const QByteArray hash = hashOf(event, previous);
    m_db.prepare("INSERT INTO audit_events (seq, at, actor, action, target, detail, prev_hash, hash)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, event.seq)
        .bind(2, event.atMs)
        .bind(3, event.actor)
        .bind(4, event.action)
        .bind(5, event.target)
        .bind(6, QString::fromUtf8(canonicalDetail(event.detail)))
        .bindBlob(7, previous)
        .bindBlob(8, hash)
        .run();
    write.commit();
    return event.seq;
}

namespace {
// What the migrations made, whitespace aside. The viewer's lookups by person,
// patient and date rely on it: a table rebuilt without STRICT could hold a
// field as a BLOB that hashes the same and is never found.
const char *const ExpectedTable =
    "CREATE TABLE audit_events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
    "target TEXT NOT NULL, detail TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL) STRICT";
const char *const ExpectedNoUpdate = "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                                     "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END";
const char *const ExpectedNoDelete = "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
                                     "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END";

QString withoutSpace(QString sql)
{
    sql.remove(QRegularExpression(QStringLiteral("\\s+")));
    return sql;
}
} // namespace

QString AuditLog::schemaProblem() const
{
    if (m_db.engine() == store::Database::Engine::PostgreSql) {
        return postgresSchemaProblem();
    }
    auto rows = m_db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'audit_events' AND type IN ('table', 'trigger')");
    QHash<QString, QString> found;
    while (rows.step()) {
        found.insert(rows.columnText(1), withoutSpace(rows.columnText(2)));
    }
    if (found.value(QStringLiteral("audit_events")) != withoutSpace(QLatin1String(ExpectedTable))) {
        return QStringLiteral("the audit_events table's definition changed");
    }
    if (found.value(QStringLiteral("audit_events_no_update")) != withoutSpace(QLatin1String(ExpectedNoUpdate)) ||
        found.value(QStringLiteral("audit_events_no_delete")) != withoutSpace(QLatin1String(ExpectedNoDelete)) || found.size() != 3) {
        return QStringLiteral("the audit_events triggers changed");
    }
    auto strict = m_db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'audit_events' AND schema = 'main'");
    if (!strict.step() || strict.columnInt64(0) != 1) {
        return QStringLiteral("the audit_events table is not STRICT");
    }
    return {};
}

QString AuditLog::postgresSchemaProblem() const
{
    // PostgreSQL's columns hold only their declared type, so the types, the
    // three triggers and that none of them is disabled are what can change.
    auto columns = m_db.prepare("SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable, ', ' "
                                "ORDER BY ordinal_position) FROM information_schema.columns "
                                "WHERE table_schema = current_schema() AND table_name = 'audit_events'");
    const QString expected = QStringLiteral(
        "seq bigint NO, at bigint NO, actor text NO, action text NO, target text NO, detail text NO, prev_hash bytea NO, "
        "hash bytea NO");
    if (!columns.step() || columns.columnText(0) != expected) {
        return QStringLiteral("the audit_events table's definition changed");
    }
    auto triggers = m_db.prepare("SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
                                 "WHERE t.tgrelid = to_regclass('audit_events') AND t.tgenabled IN ('O', 'A') "
                                 "AND p.proname = 'refuse_change' AND t.tgname IN ('audit_events_no_update', "
                                 "'audit_events_no_delete', 'audit_events_no_truncate')");
    if (!triggers.step() || triggers.columnInt64(0) != 3) {
        return QStringLiteral("the audit_events triggers changed");
    }
    return {};
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    // SQLite may store any type in any column; PostgreSQL cannot (the schema check covers it).
    const bool typed = m_db.engine() == store::Database::Engine::PostgreSql;
    auto rows = m_db.prepare(typed ? "SELECT seq, at, actor, action, target, detail, prev_hash, hash, 1 FROM audit_events "
                                     "ORDER BY seq"
                                   : "SELECT seq, at, actor, action, target, detail, prev_hash, hash, "
                                     "typeof(at) = 'integer' AND typeof(actor) = 'text' AND typeof(action) = 'text' AND "
                                     "typeof(target) = 'text' AND typeof(detail) = 'text' AND typeof(prev_hash) = 'blob' AND "
                                     "typeof(hash) = 'blob' FROM audit_events ORDER BY seq");
    QByteArray previous(32, '\0');
    std::int64_t expectedSeq = 1;
    while (rows.step()) {
        AuditEvent event;
        event.seq = rows.columnInt64(0);
        event.atMs = rows.columnInt64(1);
        event.actor = rows.columnText(2);
        event.action = rows.columnText(3);
        event.target = rows.columnText(4);
        const QByteArray storedDetail = rows.columnText(5).toUtf8();
        event.detail = QJsonDocument::fromJson(storedDetail).object();
        const QByteArray storedPrevious = rows.columnBlob(6);
        const QByteArray stored = rows.columnBlob(7);
        // The event's own hash is checked against its own stored link first, so an
        // edit is named as such; a good event after a removed or moved one is a broken link.
        Problem problem = Problem::None;
        if (event.seq != expectedSeq) {
            problem = Problem::OutOfSequence;
        } else if (rows.columnInt64(8) != 1) {
            problem = Problem::WrongType;
        } else if (!crypto::constantTimeEquals(stored, hashOf(event, storedPrevious)) ||
                   storedDetail != canonicalDetail(event.detail)) {
            // The hash covers the parsed detail; the stored text must be exactly its
            // canonical form too, or text that parses the same (a duplicate key, junk
            // where "{}" was) would pass while SQL readers see something else.
            problem = Problem::HashMismatch;
        } else if (storedPrevious != previous) {
            problem = Problem::BrokenLink;
        }
        if (problem != Problem::None) {
            result.intact = false;
            result.firstBadSeq = event.seq;
            result.problem = problem;
            result.firstBad = std::move(event);
            return result;
        }
        previous = stored;
        result.lastSeq = event.seq;
        result.lastHash = stored;
        ++expectedSeq;
        ++result.eventsChecked;
    }
    // Every event is intact; the table that holds them must be too (seq 0: the table itself).
    if (!schemaProblem().isEmpty()) {
        result.intact = false;
        result.firstBadSeq = 0;
        result.problem = Problem::SchemaChanged;
    }
    return result;
}

QByteArray AuditLog::storedHash(std::int64_t seq) const
{
    auto row = m_db.prepare("SELECT hash FROM audit_events WHERE seq = ?");
    row.bind(1, seq);
    return row.step() ? row.columnBlob(0) : QByteArray();
}

std::optional<AuditEvent> AuditLog::event(std::int64_t seq) const
{
    auto row = m_db.prepare("SELECT seq, at, actor, action, target, detail FROM audit_events WHERE seq = ?");
    row.bind(1, seq);
    if (!row.step()) {
        return std::nullopt;
    }
    return AuditEvent{row.columnInt64(0), row.columnInt64(1), row.columnText(2), row.columnText(3), row.columnText(4),
                      QJsonDocument::fromJson(row.columnText(5).toUtf8()).object()};
}

std::pair<std::int64_t, QByteArray> AuditLog::head() const
{
    auto last = m_db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    return last.step() ? std::pair{last.columnInt64(0), last.columnBlob(1)} : std::pair{std::int64_t(0), QByteArray()};
}

} // namespace cb::audit
