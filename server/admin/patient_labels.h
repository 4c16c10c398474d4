#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <cstdint>

namespace cb::store {
class Database;
class Statement;
} // namespace cb::store

namespace cb::server {

// How the admin and compliance screens name what they point at, instead of
// "conversation:12" or a device id: a patient by their WhatsApp name (their
// number when they gave none), a workstation by the name its sessions reported.
// Only for callers whose role may see the audit trail, which names them too.

// Columns (profile_name, wa_id) of `row` as a name.
QString patientName(const store::Statement &row);
// The patient of a conversation; empty when there is no such conversation.
QString conversationPatient(store::Database &db, std::int64_t conversationId);
// Adds "patient" to each {conversation_id, ...} of `conversations`.
void namePatients(store::Database &db, QJsonArray &conversations);
// {reference: name} for each "staff:<id>", "contact:<id>" and "conversation:<id>" of
// `refs` that still exists (a conversation by its patient); other references are skipped.
QJsonObject namesOfReferences(store::Database &db, const QSet<QString> &refs);
// The ids of {conversation_id, ...} entries: what an audit event says a list showed.
QJsonArray conversationIds(const QJsonArray &conversations);
// Adds "patient" to each legal hold {contact_id | conversation_id, ...}; returns the
// conversations the holds name (a contact's, all of them), for the audit event.
QJsonArray nameHeldPatients(store::Database &db, QJsonArray &holds);
// The device a workstation name (any case) or device id stands for: the newest
// session's device when a name is shared; `text` itself when nothing matches.
QString workstationDevice(store::Database &db, const QString &text);

// At most `limit` conversations of the patients whose name or number `words`
// gives (as the audit viewer reads them), newest activity first:
// [{conversation_id, contact_id, patient, last_message_at_ms}].
QJsonArray conversationsOfPatients(store::Database &db, const QString &words, int limit);

} // namespace cb::server
