#pragma once

#include "core/store/database.h"

#include <QString>

#include <memory>

namespace cb::store::pg {

class PatientFields;

// A store::Database on PostgreSQL (issue 23): the repositories' one API over a
// pg::Connection. Its write transactions (store::Transaction) take one
// transaction-scoped advisory lock, so writers on every node take turns as
// SQLite's BEGIN IMMEDIATE makes them on one file: the repositories' read-then-
// write steps (the audit chain's head, a conversation's next event) were
// written for that, and stay right across nodes. Readers never wait for it.
//
// Patient data goes through Statement::bindPatient and columnPatient, sealed and
// opened with `fields`; a store opened without them refuses patient data.
// Throws StoreError as Connection::open does.
store::Database openDatabase(const QString &url, std::shared_ptr<const PatientFields> fields = {});

// The advisory lock every write transaction holds: one number, fixed forever.
inline constexpr std::int64_t StoreWriteLock = 0x63627374'77726974; // "cbstwrit"

} // namespace cb::store::pg
