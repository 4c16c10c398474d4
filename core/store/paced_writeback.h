#pragma once

#include <QString>

#include <cstdint>

struct sqlite3;

namespace cb::store {

// Writes a large file out to disk in small steps while SQLite fills it, instead
// of leaving a gigabyte dirty in the page cache for one final fsync. That final
// flood is what made a running server's own commits (each one an fsync) wait
// hundreds of milliseconds while a backup or restore was being written.
//
// Installs a progress handler on `db`; every `stepBytes` the file grows, the
// dirty pages are written out and waited for (sync_file_range), which paces the
// writer to the disk. `finish()` makes the whole file durable (fdatasync).
class PacedWriteback
{
public:
    PacedWriteback(sqlite3 *db, const QString &path, std::int64_t stepBytes = 8 << 20);
    ~PacedWriteback();
    PacedWriteback(const PacedWriteback &) = delete;
    PacedWriteback &operator=(const PacedWriteback &) = delete;

    void finish(); // throws StoreError when the file cannot be made durable

private:
    static int onProgress(void *self);
    void writeOutIfGrown();

    sqlite3 *m_db;
    int m_fd;
    std::int64_t m_stepBytes;
    std::int64_t m_writtenUpTo = 0;
};

} // namespace cb::store
