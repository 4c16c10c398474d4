#include "core/store/store_file_probe.h"

#include "core/store/database.h"

#include <QFile>

namespace cb::store {

namespace {
constexpr char PlaintextHeader[] = "SQLite format 3"; // followed by a NUL in the file

// Rows of cipher_integrity_check: one line per failing page (plus summary lines).
int countFailingPages(Database &db)
{
    Statement check = db.prepare("PRAGMA cipher_integrity_check");
    int failures = 0;
    while (check.step()) {
        if (check.columnText(0).contains(QLatin1String("page"), Qt::CaseInsensitive)) {
            ++failures;
        }
    }
    return failures;
}
} // namespace

void probeStoreFile(const QString &path, int pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreError(StoreError::Kind::Io, "cannot read the store file");
    }
    const qint64 size = file.size();
    const QByteArray head = file.read(sizeof PlaintextHeader);
    if (head == QByteArray(PlaintextHeader, sizeof PlaintextHeader)) {
        throw StoreError(StoreError::Kind::NotEncrypted, "file has a plaintext SQLite header");
    }
    if (size == 0) {
        throw StoreError(StoreError::Kind::Truncated, "file is empty");
    }
    if (size % pageSize != 0) {
        throw StoreError(StoreError::Kind::Truncated,
                         "file size is not a whole number of pages");
    }
}

StoreError::Kind classifyUnreadableStore(Database &db)
{
    QFile file(db.path());
    const qint64 pages = file.size() / Database::PageSize;
    try {
        const int failing = countFailingPages(db);
        return failing > 0 && failing < pages ? StoreError::Kind::Damaged
                                              : StoreError::Kind::WrongKey;
    } catch (const StoreError &) {
        return StoreError::Kind::WrongKey;
    }
}

void verifyStoreIntegrity(Database &db)
{
    if (const int failing = countFailingPages(db); failing > 0) {
        throw StoreError(StoreError::Kind::Damaged,
                         std::to_string(failing) + " page(s) fail HMAC verification");
    }
    Statement quick = db.prepare("PRAGMA quick_check");
    if (!quick.step() || quick.columnText(0) != QLatin1String("ok")) {
        throw StoreError(StoreError::Kind::Damaged, "b-tree structure check failed");
    }
}

} // namespace cb::store
