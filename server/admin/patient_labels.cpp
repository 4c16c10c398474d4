#include "server/admin/patient_labels.h"

#include "core/store/database.h"
#include "server/audit/audit_query.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace cb::server {

namespace {
constexpr const char *PatientOfConversation =
    "SELECT c.profile_name, c.wa_id FROM conversations v JOIN contacts c ON c.id = v.contact_id WHERE v.id = ?";
} // namespace

QString patientName(const store::Statement &row)
{
    return row.columnText(0).isEmpty() ? QStringLiteral("+") + row.columnText(1) : row.columnText(0);
}

QString conversationPatient(store::Database &db, std::int64_t conversationId)
{
    auto row = db.prepare(PatientOfConversation);
    row.bind(1, conversationId);
    return row.step() ? patientName(row) : QString();
}

void namePatients(store::Database &db, QJsonArray &conversations)
{
    auto row = db.prepare(PatientOfConversation);
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        QJsonObject entry = conversations.at(i).toObject();
        row.reset();
        row.bind(1, std::int64_t(entry.value(QStringLiteral("conversation_id")).toInteger()));
        entry.insert(QStringLiteral("patient"), row.step() ? patientName(row) : QString());
        conversations.replace(i, entry);
    }
}

QJsonArray conversationIds(const QJsonArray &conversations)
{
    QJsonArray ids;
    for (const QJsonValue &each : conversations) {
        ids.append(each.toObject().value(QStringLiteral("conversation_id")));
    }
    return ids;
}

QString workstationDevice(store::Database &db, const QString &text)
{
    auto row = db.prepare("SELECT device_id FROM sessions WHERE device_id = ?1 OR workstation_name = ?1 COLLATE NOCASE "
                          "ORDER BY device_id = ?1 DESC, created_at_ms DESC LIMIT 1");
    row.bind(1, text);
    return row.step() ? row.columnText(0) : text;
}

QJsonArray nameHeldPatients(store::Database &db, QJsonArray &holds)
{
    auto contact = db.prepare("SELECT profile_name, wa_id FROM contacts WHERE id = ?");
    auto contactConversations = db.prepare("SELECT id FROM conversations WHERE contact_id = ?");
    QJsonArray shown;
    for (qsizetype i = 0; i < holds.size(); ++i) {
        QJsonObject hold = holds.at(i).toObject();
        if (const std::int64_t conversation = hold.value(QStringLiteral("conversation_id")).toInteger(); conversation > 0) {
            hold.insert(QStringLiteral("patient"), conversationPatient(db, conversation));
            shown.append(qint64(conversation));
        } else if (const std::int64_t contactId = hold.value(QStringLiteral("contact_id")).toInteger(); contactId > 0) {
            contact.reset();
            contact.bind(1, contactId);
            hold.insert(QStringLiteral("patient"), contact.step() ? patientName(contact) : QString());
            contactConversations.reset();
            contactConversations.bind(1, contactId);
            while (contactConversations.step()) {
                shown.append(qint64(contactConversations.columnInt64(0)));
            }
        }
        holds.replace(i, hold);
    }
    return shown;
}

QJsonArray conversationsOfPatients(store::Database &db, const QString &words, int limit)
{
    QList<QJsonObject> found;
    auto row = db.prepare("SELECT c.profile_name, c.wa_id, v.id, v.last_message_at_ms FROM conversations v "
                          "JOIN contacts c ON c.id = v.contact_id WHERE v.contact_id = ?");
    for (const std::int64_t contact : AuditQuery(db).resolvePatient(words)) {
        row.reset();
        row.bind(1, contact);
        if (row.step()) {
            found.append(QJsonObject{{QStringLiteral("conversation_id"), qint64(row.columnInt64(2))},
                                    {QStringLiteral("contact_id"), qint64(contact)},
                                    {QStringLiteral("patient"), patientName(row)},
                                    {QStringLiteral("last_message_at_ms"), qint64(row.columnInt64(3))}});
        }
    }
    const auto newest = [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("last_message_at_ms")).toInteger() > b.value(QStringLiteral("last_message_at_ms")).toInteger();
    };
    std::sort(found.begin(), found.end(), newest);
    QJsonArray list;
    for (const QJsonObject &conversation : found.mid(0, limit)) {
        list.append(conversation);
    }
    return list;
}

QJsonObject namesOfReferences(store::Database &db, const QSet<QString> &refs)
{
    QSet<std::int64_t> staff;
    QSet<std::int64_t> contacts;
    QSet<std::int64_t> conversations;
    for (const QString &ref : refs) {
        if (ref.startsWith(QLatin1String("staff:"))) {
            staff.insert(ref.mid(6).toLongLong());
        } else if (ref.startsWith(QLatin1String("contact:"))) {
            contacts.insert(ref.mid(8).toLongLong());
        } else if (ref.startsWith(QLatin1String("conversation:"))) {
            conversations.insert(ref.mid(13).toLongLong());
        }
    }
    QJsonObject names;
    auto person = db.prepare("SELECT display_name FROM staff_users WHERE id = ?");
    for (const std::int64_t id : staff) {
        person.reset();
        person.bind(1, id);
        if (person.step()) {
            names.insert(QStringLiteral("staff:%1").arg(id), person.columnText(0));
        }
    }
    auto patient = db.prepare("SELECT profile_name, wa_id FROM contacts WHERE id = ?");
    for (const std::int64_t id : contacts) {
        patient.reset();
        patient.bind(1, id);
        if (patient.step()) {
            names.insert(QStringLiteral("contact:%1").arg(id), patientName(patient));
        }
    }
    // A conversation is one patient's thread: it goes by the patient's name.
    auto thread = db.prepare("SELECT c.profile_name, c.wa_id FROM conversations v JOIN contacts c ON c.id = v.contact_id WHERE v.id = ?");
    for (const std::int64_t id : conversations) {
        thread.reset();
        thread.bind(1, id);
        if (thread.step()) {
            names.insert(QStringLiteral("conversation:%1").arg(id), patientName(thread));
        }
    }
    return names;
}

} // namespace cb::server
