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

TransactionIfNone::TransactionIfNone(Database &db)
{
    if (!db.inTransaction()) {
        m_own.emplace(db);
    }
}

void TransactionIfNone::commit()
{
    if (m_own) {
        m_own->commit();
    }
}

} // namespace cb::store
