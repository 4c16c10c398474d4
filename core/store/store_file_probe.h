#pragma once

#include "core/store/store_error.h"

#include <QString>

namespace cb::store {

class Database;

// Checks a store file's shape before SQLCipher reads it: a plaintext SQLite
// header is NotEncrypted, an empty file or a partial last page is Truncated.
void probeStoreFile(const QString &path, int pageSize);

// Called when page 1 does not authenticate. If no page authenticates, the key is
// wrong; if some do, the file is damaged (a wrong key cannot pass any page's HMAC).
StoreError::Kind classifyUnreadableStore(Database &db);

// Full check of an opened store: every page's HMAC (cipher_integrity_check) and
// the b-tree structure (quick_check, which also sees pages cut off the end).
void verifyStoreIntegrity(Database &db);

} // namespace cb::store
