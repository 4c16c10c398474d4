#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace cb::store {

class Database;

struct Migration
{
    int version = 0;  // 1, 2, 3 … with no gaps
    QString name;     // from the file name, for the history table
    QByteArray sql;
};

// Brings a store's schema up to date with numbered migrations, each in its own
// transaction. The version lives in PRAGMA user_version and every applied step
// is recorded in schema_migrations. A store newer than we know is refused.
class Migrator
{
public:
    explicit Migrator(std::vector<Migration> migrations); // throws std::logic_error on gaps
    // Loads files named NNNN_description.sql from a (resource) directory.
    static Migrator fromDirectory(const QString &directory);

    int latestVersion() const;
    const std::vector<Migration> &migrations() const { return m_migrations; }
    // Returns the number of migrations applied; throws StoreError (TooNew, Sql …).
    int migrate(Database &db) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace cb::store
