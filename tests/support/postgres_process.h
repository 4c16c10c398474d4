#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace cb::test {

// A real PostgreSQL 15 (Debian's) in a temporary folder: initdb, then the server
// on a Unix socket in a private folder (no TCP port, nothing shared with other
// tests). When the tests run as root (CI), initdb and the server run as `nobody`,
// since PostgreSQL refuses root. The cluster and its files go with the object.
class PostgresProcess
{
public:
    PostgresProcess();
    ~PostgresProcess();
    PostgresProcess(const PostgresProcess &) = delete;
    PostgresProcess &operator=(const PostgresProcess &) = delete;

    // initdb and start; false (with *output) if either failed or timed out.
    // `settings` are extra `-c name=value` lines for the server.
    bool start(QByteArray *output = nullptr, const QStringList &settings = {});
    void stop();
    // libpq's key=value form for database `database` as the cluster's owner.
    QString url(const QString &database = QStringLiteral("postgres")) const;
    // Runs SQL through Debian's psql as the owner; its exit code (output in *output).
    int psql(const QString &sql, QByteArray *output = nullptr, const QString &database = QStringLiteral("postgres")) const;
    // pg_dump of `database` in plain SQL, as a backup would hold it; its exit code.
    int dump(QByteArray *output, const QString &database = QStringLiteral("postgres")) const;
    QString dataDir() const;
    static QString binDir();

private:
    QStringList asOwner(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QProcess m_server;
    bool m_asNobody = false;
};

} // namespace cb::test
