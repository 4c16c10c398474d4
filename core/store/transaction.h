#pragma once

#include <optional>

namespace cb::store {

class Database;

// A write transaction (Database::beginWrite) on construction; rolls back on
// destruction unless commit() was called, so an exception can never leave half a
// change behind.
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

// Joins the caller's open transaction, or opens a write transaction of its own
// when there is none; commit() commits only its own. For a step that must be
// atomic whether or not its caller already is (an audit append, an event).
class TransactionIfNone
{
public:
    explicit TransactionIfNone(Database &db);
    TransactionIfNone(const TransactionIfNone &) = delete;
    TransactionIfNone &operator=(const TransactionIfNone &) = delete;

    void commit();

private:
    std::optional<Transaction> m_own;
};

} // namespace cb::store
