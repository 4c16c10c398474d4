#include "core/store/store_error.h"

#include <QCoreApplication>

namespace cb::store {

StoreError::StoreError(Kind kind, const std::string &technical)
    : std::runtime_error(std::string(kindName(kind)) + ": " + technical), m_kind(kind)
{
}

const char *StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound: return "not-found";
    case Kind::WrongKey: return "wrong-key";
    case Kind::NotEncrypted: return "not-encrypted";
    case Kind::Truncated: return "truncated";
    case Kind::Damaged: return "damaged";
    case Kind::TooNew: return "too-new";
    case Kind::OldSqlCipher: return "old-sqlcipher";
    case Kind::Busy: return "busy";
    case Kind::Io: return "io";
    case Kind::Sql: return "sql";
    }
    return "unknown";
}

QString StoreError::userMessage() const
{
    const char *text = "";
    switch (m_kind) {
    case Kind::NotFound:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError", "The encrypted data file does not exist.");
        break;
    case Kind::WrongKey:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The encrypted data file is intact, but the key does not open it.");
        break;
    case Kind::NotEncrypted:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The data file is not encrypted. Carebridge refuses to use it.");
        break;
    case Kind::Truncated:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The encrypted data file is incomplete (it was cut short).");
        break;
    case Kind::Damaged:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The encrypted data file is damaged: some of its pages fail "
                                 "their integrity check.");
        break;
    case Kind::TooNew:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The data file was written by a newer version of Carebridge.");
        break;
    case Kind::OldSqlCipher:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "This installation uses SQLCipher older than version 4. "
                                 "Install SQLCipher 4.6 from bookworm-backports.");
        break;
    case Kind::Busy:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The data file is in use by another Carebridge process.");
        break;
    case Kind::Io:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError",
                                 "The data file could not be read or written (check disk space "
                                 "and permissions).");
        break;
    case Kind::Sql:
        text = QT_TRANSLATE_NOOP("cb::store::StoreError", "A database operation failed.");
        break;
    }
    return QCoreApplication::translate("cb::store::StoreError", text);
}

} // namespace cb::store
