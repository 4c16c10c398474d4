#pragma once

namespace cb::store {

class Database;

// SAVEPOINT inside an open transaction: one part of a larger change that can
// fail alone. Rolled back to (and released) on destruction unless released.
class Savepoint
{
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    void release();

private:
    Database &m_db;
    bool m_open = true;
};

} // namespace cb::store
