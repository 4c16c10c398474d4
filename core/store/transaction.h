#pragma once

namespace cb::store {

class Database;

// A write transaction (Database::beginWrite) on construction; rolls back on destruction unless commit()
// was called, so an exception can never leave half a change behind.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_open = true;
};

} // namespace cb::store
