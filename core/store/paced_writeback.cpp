#include "core/store/paced_writeback.h"

#include "core/store/store_error.h"

#include <sqlite3.h>

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cb::store {

namespace {
// SQLite calls the handler every this many virtual-machine steps: often enough to
// notice each few MiB of growth, rarely enough to cost nothing measurable.
constexpr int ProgressSteps = 20000;
} // namespace

PacedWriteback::PacedWriteback(sqlite3 *db, const QString &path, std::int64_t stepBytes)
    : m_db(db), m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)), m_stepBytes(stepBytes)
{
    // Without a descriptor the copy still works, only unpaced; finish() then reports it.
    if (m_fd >= 0) {
        sqlite3_progress_handler(m_db, ProgressSteps, &PacedWriteback::onProgress, this);
    }
}

PacedWriteback::~PacedWriteback()
{
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

int PacedWriteback::onProgress(void *self)
{
    static_cast<PacedWriteback *>(self)->writeOutIfGrown();
    return 0; // never interrupts the statement
}

void PacedWriteback::writeOutIfGrown()
{
    struct stat info {};
    if (::fstat(m_fd, &info) != 0 || info.st_size - m_writtenUpTo < m_stepBytes) {
        return;
    }
    // Whatever is dirty in the file (SQLite does not write strictly in order),
    // written and waited for. A failure here is caught by finish()'s fdatasync.
    ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    m_writtenUpTo = info.st_size;
}

void PacedWriteback::finish()
{
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (m_fd < 0 || ::fdatasync(m_fd) != 0) {
        throw StoreError(StoreError::Kind::Io, "could not write the copied store to disk");
    }
}

} // namespace cb::store
