#pragma once

#include "core/crypto/secret_bytes.h"

#include <QMap>
#include <QString>

#include <functional>

namespace cb::store {

class Database;

// Copies a whole SQLCipher store into `target` (a new, empty store already open
// under its own key) with sqlcipher_export: tables, indexes, triggers, rows,
// AUTOINCREMENT sequences and the schema version (PRAGMA user_version, which
// sqlcipher_export leaves out). The plain SQLite backup API refuses encrypted
// stores; this is SQLCipher's supported way.
//
// The source is read inside one transaction, so the copy is a single moment even
// while another connection or process keeps writing (WAL readers see the last
// commit before they began). `duringSnapshot` runs inside that same transaction,
// with the source attached as schema "source", to read figures of that moment.
void exportStoreInto(Database &target, const QString &sourcePath, const crypto::SecretBytes &sourceKey,
                     const std::function<void(Database &)> &duringSnapshot = {});

// Rows per table in one schema ("main", "source" …), SQLite's own tables aside.
QMap<QString, qint64> countRows(Database &db, const QString &schema);

// Leaves a WAL-mode store as one self-contained file (checkpointed, rollback
// journal), so it can be hashed, copied and opened read-only.
void makeSingleFile(Database &db);

} // namespace cb::store
