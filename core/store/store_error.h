#pragma once

#include <QString>

#include <stdexcept>
#include <string>

namespace cb::store {

// Everything that can go wrong with an encrypted store, each kind with its own
// message, so "wrong key" is never confused with "damaged file".
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound,      // no file where one was expected (never silently created)
        WrongKey,      // the file is intact but this key does not open it
        NotEncrypted,  // a plaintext SQLite file: refused, never "upgraded" in place
        Truncated,     // shorter than its pages say: copied or written partly
        Damaged,       // pages fail their authentication code (bit rot or tampering)
        TooNew,        // made by a newer Carebridge with a schema we do not know
        OldSqlCipher,  // linked against SQLCipher < 4 (or plain SQLite)
        Busy,          // another process holds the lock
        Io,            // the OS refused (permissions, disk full)
        Sql,           // a statement failed: a bug or a constraint, see technical()
    };

    StoreError(Kind kind, const std::string &technical);

    Kind kind() const { return m_kind; }
    // What a person should read; translated, free of paths and data.
    QString userMessage() const;
    static const char *kindName(Kind kind);

private:
    Kind m_kind;
};

} // namespace cb::store
