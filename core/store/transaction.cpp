#include "core/store/transaction.h"

#include "core/store/database.h"

namespace cb::store {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.beginWrite();
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; never throw here.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace cb::store
