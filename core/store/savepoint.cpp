#include "core/store/savepoint.h"

#include "core/store/database.h"

namespace cb::store {

Savepoint::Savepoint(Database &db) : m_db(db)
{
    m_db.exec("SAVEPOINT part");
}

Savepoint::~Savepoint()
{
    if (m_open) {
        try {
            m_db.exec("ROLLBACK TO part");
            m_db.exec("RELEASE part");
        } catch (...) {
            // The enclosing transaction rolls back as a whole.
        }
    }
}

void Savepoint::release()
{
    m_db.exec("RELEASE part");
    m_open = false;
}

} // namespace cb::store
