#include "server/audit/audit_query.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVariant>

namespace cb::server {

namespace {
constexpr int MaxWorkstationSessions = 200; // the newest sessions on one device that a filter looks at
constexpr int MaxBranches = 400;           // index ranges merged in one query (SQLite allows 500 compound terms)

std::optional<std::int64_t> numberParam(const QUrlQuery &query, const QString &name, bool *ok)
{
    if (!query.hasQueryItem(name)) {
        return std::nullopt;
    }
    bool parsed = false;
    const std::int64_t value = query.queryItemValue(name).toLongLong(&parsed);
    *ok = *ok && parsed && value >= 0;
    return value;
}

// The smallest string greater than every string starting with `prefix`.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

// `words` for LIKE … ESCAPE '\\': its own % and _ match only themselves.
QString likePattern(QString words)
{
    words.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return words;
}

// SQL text and its bound values, built up one condition at a time.
struct Sql
{
    QString text;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound = {})
    {
        text += QStringLiteral(" AND ") + condition;
        values += bound;
    }
};

void bindAll(store::Statement &statement, const QVariantList &values)
{
    int index = 0;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::LongLong) {
            statement.bind(++index, std::int64_t(value.toLongLong()));
        } else {
            statement.bind(++index, value.toString());
        }
    }
}
} // namespace

std::optional<AuditFilter> AuditFilter::fromQuery(const QUrlQuery &query, QString *error)
{
    AuditFilter filter;
    bool ok = true;
    filter.actor = query.queryItemValue(QStringLiteral("actor"), QUrl::FullyDecoded);
    filter.actionPrefix = query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    filter.deviceId = query.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded);
    filter.patient = query.queryItemValue(QStringLiteral("patient"), QUrl::FullyDecoded).trimmed();
    filter.contactId = numberParam(query, QStringLiteral("contact"), &ok).value_or(0);
    filter.fromMs = numberParam(query, QStringLiteral("from_ms"), &ok);
    filter.toMs = numberParam(query, QStringLiteral("to_ms"), &ok);
    if (!ok) {
        *error = QStringLiteral("contact, from_ms and to_ms must be whole numbers");
        return std::nullopt;
    }
    if (filter.fromMs && filter.toMs && *filter.fromMs > *filter.toMs) {
        *error = QStringLiteral("from_ms must not be after to_ms");
        return std::nullopt;
    }
    if (filter.actor.size() > 200 || filter.actionPrefix.size() > 200 || filter.deviceId.size() > 200 || filter.patient.size() > 200) {
        *error = QStringLiteral("a filter is too long");
        return std::nullopt;
    }
    return filter;
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject json;
    if (!actor.isEmpty()) {
        json.insert(QStringLiteral("actor"), actor);
    }
    if (contactId > 0) {
        json.insert(QStringLiteral("contact"), qint64(contactId));
    }
    if (!patient.isEmpty()) { // what the words matched, never the words (a name or number) themselves
        QJsonArray ids;
        for (const std::int64_t id : contactIds) {
            ids.append(qint64(id));
        }
        json.insert(QStringLiteral("patient_contacts"), ids);
    }
    if (!actionPrefix.isEmpty()) {
        json.insert(QStringLiteral("action"), actionPrefix);
    }
    if (!deviceId.isEmpty()) {
        json.insert(QStringLiteral("device"), deviceId);
    }
    if (fromMs) {
        json.insert(QStringLiteral("from_ms"), qint64(*fromMs));
    }
    if (toMs) {
        json.insert(QStringLiteral("to_ms"), qint64(*toMs));
    }
    return json;
}

QList<audit::AuditEvent> AuditQuery::page(const AuditFilter &filter, std::optional<std::int64_t> beforeSeq, int limit)
{
    limit = std::clamp(limit, 1, MaxPage);
    Sql where;
    if (beforeSeq) {
        where.add(QStringLiteral("seq < ?"), {qint64(*beforeSeq)});
    }
    if (!filter.actors.isEmpty()) {
        QStringList marks;
        QVariantList values;
        for (const QString &actor : filter.actors) {
            marks << QStringLiteral("?");
            values << actor;
        }
        where.add(QStringLiteral("actor IN (%1)").arg(marks.join(QLatin1Char(','))), values);
    } else if (!filter.actor.isEmpty()) {
        where.add(QStringLiteral("actor = ?"), {filter.actor});
    }
    if (filter.fromMs) {
        where.add(QStringLiteral("at >= ?"), {qint64(*filter.fromMs)});
    }
    if (filter.toMs) {
        where.add(QStringLiteral("at <= ?"), {qint64(*filter.toMs)});
    }
    QList<std::int64_t> contacts = filter.contactIds;
    if (filter.contactId > 0 && !contacts.contains(filter.contactId)) {
        contacts.append(filter.contactId);
    }
    QString aboutPatient;
    QString listedPatient;
    if (!contacts.isEmpty()) {
        QStringList ids;
        for (const std::int64_t id : contacts) {
            ids << QString::number(id);
        }
        const QString list = ids.join(QLatin1Char(','));
        // Everything about these patients: the contact, its conversation, and each
        // of its messages (media views name the message)…
        aboutPatient = QStringLiteral("target IN (SELECT 'contact:' || id FROM contacts WHERE id IN (%1) UNION ALL "
                                      "SELECT 'conversation:' || id FROM conversations WHERE contact_id IN (%1) UNION ALL "
                                      "SELECT 'message:' || m.id FROM messages m JOIN conversations c ON m.conversation_id = c.id "
                                      "WHERE c.contact_id IN (%1))")
                           .arg(list);
        // …and every inbox snapshot page that listed them, every event stream that
        // carried their changes (name, number, preview), and every admin list that
        // named them (the dashboard's drill-down, the forms' patient picker, the flags list), and
        // every search whose results showed them.
        // The stored detail is canonical compact JSON whose only array is
        // "conversations", so an id in it stands between [ or , and , or ]: a
        // text search, much cheaper than parsing each page's 500 ids.
        listedPatient = QStringLiteral("action IN ('inbox.snapshot', 'stream.delivered', 'compliance.drill_down', "
                                       "'compliance.conversations_found', 'compliance.flags_listed', 'retention.preview', 'retention.holds_listed', 'search.run') AND EXISTS (SELECT 1 FROM conversations v "
                                       "WHERE v.contact_id IN (%1) AND (instr(detail, ',' || v.id || ',') > 0 OR "
                                       "instr(detail, '[' || v.id || ',') > 0 OR instr(detail, ',' || v.id || ']') > 0 OR "
                                       "instr(detail, '[' || v.id || ']') > 0))")
                            .arg(list);
    }
    // Conditions of which an event must meet one: each becomes its own newest-first
    // index range, merged below, so no branch sorts every match.
    QList<Sql> branches{Sql{}};
    if (!filter.deviceId.isEmpty()) {
        // Events carry the person, not the workstation: an event belongs to a device
        // when its actor had a session there at that moment.
        // The device id, or the workstation's name as its sessions reported it.
        auto sessions = m_db.prepare("SELECT user_id, created_at_ms, coalesce(ended_at_ms, 9223372036854775807) FROM sessions "
                                     "WHERE device_id = ?1 OR workstation_name = ?1 COLLATE NOCASE ORDER BY created_at_ms DESC LIMIT ?2");
        sessions.bind(1, filter.deviceId).bind(2, MaxWorkstationSessions);
        QList<Sql> windows;
        while (sessions.step()) {
            Sql window;
            window.add(QStringLiteral("actor = ? AND at BETWEEN ? AND ?"),
                       {QStringLiteral("staff:%1").arg(sessions.columnInt64(0)), qint64(sessions.columnInt64(1)),
                        qint64(sessions.columnInt64(2))});
            windows.append(window);
        }
        if (windows.isEmpty()) {
            return {};
        }
        branches = windows;
    }
    if (!filter.actionPrefix.isEmpty()) {
        // A prefix matches a handful of distinct actions, found by a skip scan.
        auto actions = m_db.prepare("WITH RECURSIVE a(name) AS ("
                                    " SELECT min(action) FROM audit_events WHERE action >= ?1 AND action < ?2"
                                    " UNION ALL SELECT (SELECT min(action) FROM audit_events WHERE action > a.name AND action < ?2)"
                                    " FROM a WHERE a.name IS NOT NULL) SELECT name FROM a WHERE name IS NOT NULL");
        actions.bind(1, filter.actionPrefix).bind(2, prefixEnd(filter.actionPrefix));
        QStringList names;
        while (actions.step()) {
            names << actions.columnText(0);
        }
        if (names.isEmpty()) {
            return {};
        }
        if (branches.size() * names.size() > MaxBranches) {
            // SQLite allows 500 terms in a compound SELECT: beyond our cap the prefix
            // is one range condition on every branch instead (slower, still right).
            where.add(QStringLiteral("action >= ? AND action < ?"), {filter.actionPrefix, prefixEnd(filter.actionPrefix)});
        } else {
            QList<Sql> withActions;
            for (const QString &name : names) {
                for (const Sql &branch : branches) {
                    Sql combined = branch;
                    combined.add(QStringLiteral("action = ?"), {name});
                    withActions.append(combined);
                }
            }
            branches = withActions;
        }
    }
    if (!aboutPatient.isEmpty()) {
        // Either way of reading the patient: each branch splits in two index ranges
        // (by target, and the snapshot pages by action), merged like the others.
        if (branches.size() * 2 > MaxBranches) {
            where.add(QStringLiteral("(%1 OR %2)").arg(aboutPatient, listedPatient));
        } else {
            QList<Sql> split;
            for (const Sql &branch : branches) {
                Sql about = branch;
                about.add(aboutPatient);
                Sql listed = branch;
                listed.add(listedPatient);
                split << about << listed;
            }
            branches = split;
        }
    }
    const QString columns = QStringLiteral("SELECT seq, at, actor, action, target, detail FROM audit_events WHERE 1");
    QStringList parts;
    QVariantList values;
    for (const Sql &branch : branches) {
        parts.append(QStringLiteral("SELECT * FROM (") + columns + branch.text + where.text +
                     QStringLiteral(" ORDER BY seq DESC LIMIT %1)").arg(limit));
        values += branch.values;
        values += where.values;
    }
    const QString sql = parts.size() == 1 ? parts.first()
                                          : parts.join(QStringLiteral(" UNION ALL ")) +
                                                QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(limit);
    auto rows = m_db.prepare(sql.toStdString());
    bindAll(rows, values);
    QList<audit::AuditEvent> events;
    while (rows.step()) {
        events.append({rows.columnInt64(0), rows.columnInt64(1), rows.columnText(2), rows.columnText(3), rows.columnText(4),
                       QJsonDocument::fromJson(rows.columnText(5).toUtf8()).object()});
    }
    return events;
}

bool AuditQuery::isPhoneNumber(const QString &words)
{
    // A phone number as people write one: "+1 (555) 010-9001", "555.010.9001", "0015550109001".
    static const QRegularExpression phoneish(QStringLiteral("^[+0-9 ().\\-/]+$"));
    const QString trimmed = words.trimmed();
    QString digits = trimmed;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return phoneish.match(trimmed).hasMatch() && digits.size() >= 7;
}

QList<std::int64_t> AuditQuery::resolvePatient(const QString &text) const
{
    QList<std::int64_t> ids;
    const QString words = text.trimmed();
    if (words.isEmpty()) {
        return ids;
    }
    static const QRegularExpression contactRef(QStringLiteral("^contact:(\\d{1,18})$"));
    if (const auto match = contactRef.match(words); match.hasMatch()) {
        auto row = m_db.prepare("SELECT id FROM contacts WHERE id = ?");
        row.bind(1, std::int64_t(match.captured(1).toLongLong()));
        if (row.step()) {
            ids << row.columnInt64(0);
        }
        return ids;
    }
    if (isPhoneNumber(words)) {
        QString digits = words;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.startsWith(QLatin1String("00"))) {
            digits = digits.mid(2); // the international prefix dialled from Europe and elsewhere
        }
        QStringList candidates{digits};
        if (digits.size() == 10) {
            candidates << QStringLiteral("1") + digits; // a US number written without its country code
        }
        auto rows = m_db.prepare("SELECT id FROM contacts WHERE wa_id IN (?, ?) ORDER BY id LIMIT ?");
        rows.bind(1, candidates.value(0)).bind(2, candidates.value(1, candidates.value(0))).bind(3, MaxPatients);
        while (rows.step()) {
            ids << rows.columnInt64(0);
        }
        return ids;
    }
    // Part of a name (a patient's WhatsApp profile name); LIKE ignores ASCII case.
    const QString pattern = likePattern(words);
    auto rows = m_db.prepare("SELECT id FROM contacts WHERE profile_name LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?");
    rows.bind(1, QStringLiteral("%") + pattern + QStringLiteral("%")).bind(2, MaxPatients);
    while (rows.step()) {
        ids << rows.columnInt64(0);
    }
    return ids;
}

QStringList AuditQuery::resolvePerson(const QString &words) const
{
    const QString pattern = likePattern(words.trimmed());
    auto rows = m_db.prepare("SELECT id FROM staff_users WHERE display_name LIKE ?1 ESCAPE '\\' OR username LIKE ?1 ESCAPE '\\' "
                             "ORDER BY id LIMIT ?2");
    rows.bind(1, QStringLiteral("%") + pattern + QStringLiteral("%")).bind(2, MaxPeople);
    QStringList actors;
    while (rows.step()) {
        actors << QStringLiteral("staff:%1").arg(rows.columnInt64(0));
    }
    return actors;
}

QString AuditQuery::resolve(AuditFilter &filter) const
{
    // "system", "staff:12" and "portal:…" are actors as the trail writes them.
    const QString actor = filter.actor.trimmed();
    if (!actor.isEmpty() && actor != QLatin1String("system") && !actor.contains(QLatin1Char(':'))) {
        filter.actors = resolvePerson(actor);
        if (filter.actors.isEmpty()) {
            return QStringLiteral("unknown_person");
        }
    }
    if (!filter.patient.isEmpty()) {
        filter.contactIds = resolvePatient(filter.patient);
        if (filter.contactIds.isEmpty()) {
            return QStringLiteral("unknown_patient");
        }
    }
    return {};
}

} // namespace cb::server
