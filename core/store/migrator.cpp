#include "core/store/migrator.h"

#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace cb::store {

Migrator::Migrator(std::vector<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (std::size_t i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version != static_cast<int>(i) + 1) {
            throw std::logic_error("migrations must be numbered 1, 2, 3 … without gaps or repeats");
        }
    }
}

Migrator Migrator::fromDirectory(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    std::vector<Migration> migrations;
    const QDir dir(directory);
    for (const QString &fileName : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch()) {
            throw std::logic_error("migration file name must be NNNN_name.sql: " + fileName.toStdString());
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read migration " + fileName.toStdString());
        }
        migrations.push_back({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    if (migrations.empty()) {
        // A missing resource folder must not yield a store with no schema.
        throw std::logic_error("no migrations found in " + directory.toStdString());
    }
    return Migrator(std::move(migrations));
}

int Migrator::latestVersion() const
{
    return static_cast<int>(m_migrations.size());
}

int Migrator::migrate(Database &db) const
{
    const auto current = static_cast<int>(db.queryInt("PRAGMA user_version"));
    if (current > latestVersion()) {
        throw StoreError(StoreError::Kind::TooNew,
                         "store schema " + std::to_string(current) + " is newer than " +
                             std::to_string(latestVersion()));
    }
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    int applied = 0;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current) {
            continue;
        }
        Transaction transaction(db);
        try {
            db.exec(migration.sql.toStdString());
        } catch (const StoreError &error) {
            throw StoreError(error.kind(), "migration " + std::to_string(migration.version) +
                                               " (" + migration.name.toStdString() + "): " + error.what());
        }
        db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
            .bindAll(migration.version, migration.name,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .run();
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.commit();
        ++applied;
    }
    return applied;
}

} // namespace cb::store
