#include "tests/support/postgres_process.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace cb::test {

namespace {
constexpr int Port = 5432; // the socket lives in a private folder: no clash with anyone
constexpr uid_t Nobody = 65534;
const QString Owner = QStringLiteral("carebridge");

QString socketDir(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("socket"));
}
} // namespace

PostgresProcess::PostgresProcess()
    // Under root the cluster belongs to nobody, who must reach its folder: /tmp,
    // whatever TMPDIR names (it may sit in root's private home).
    : m_dir(::geteuid() == 0 ? QStringLiteral("/tmp/cb-postgres-XXXXXX") : QDir::tempPath() + QStringLiteral("/cb-postgres-XXXXXX")),
      m_asNobody(::geteuid() == 0)
{
    m_server.setProcessChannelMode(QProcess::MergedChannels);
}

PostgresProcess::~PostgresProcess()
{
    stop();
}

QString PostgresProcess::binDir()
{
    const QString configured = qEnvironmentVariable("CB_PG_BINDIR");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

QString PostgresProcess::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QStringList PostgresProcess::asOwner(const QString &program, const QStringList &arguments) const
{
    if (!m_asNobody) {
        return QStringList{program} + arguments;
    }
    return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(Nobody),
                       QStringLiteral("--regid=%1").arg(Nobody), QStringLiteral("--clear-groups"), program} +
           arguments;
}

bool PostgresProcess::start(QByteArray *output, const QStringList &settings)
{
    auto fail = [output](const QByteArray &why) {
        if (output) {
            *output = why;
        }
        return false;
    };
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("socket"))) {
        return fail("no temporary folder");
    }
    if (m_asNobody) {
        for (const QString &path : {m_dir.path(), socketDir(m_dir)}) {
            if (::chown(QFile::encodeName(path).constData(), Nobody, Nobody) != 0) {
                return fail("cannot hand the folder to nobody");
            }
        }
    }
    QProcess initdb;
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList init = asOwner(binDir() + QStringLiteral("/initdb"),
                                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), Owner, QStringLiteral("-A"),
                                      QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                      QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
    initdb.start(init.first(), init.mid(1));
    if (!initdb.waitForFinished(60000) || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        return fail("initdb failed: " + initdb.readAll());
    }
    QStringList arguments{QStringLiteral("-D"), dataDir(), QStringLiteral("-k"), socketDir(m_dir),
                          QStringLiteral("-p"), QString::number(Port), QStringLiteral("-c"),
                          QStringLiteral("listen_addresses="), QStringLiteral("-c"), QStringLiteral("max_connections=40"),
                          QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB")};
    for (const QString &setting : settings) {
        arguments << QStringLiteral("-c") << setting;
    }
    const QStringList run = asOwner(binDir() + QStringLiteral("/postgres"), arguments);
    m_server.start(run.first(), run.mid(1));
    QByteArray log;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_server.state() == QProcess::NotRunning) {
            return fail("postgres exited: " + log + m_server.readAll());
        }
        m_server.waitForReadyRead(100);
        log += m_server.readAll();
        if (log.contains("database system is ready to accept connections")) {
            return true;
        }
    }
    return fail("postgres did not start in 30 s: " + log);
}

void PostgresProcess::stop()
{
    if (m_server.state() == QProcess::NotRunning) {
        return;
    }
    ::kill(pid_t(m_server.processId()), SIGINT); // fast shutdown: open sessions are ended
    if (!m_server.waitForFinished(15000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QString PostgresProcess::url(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(socketDir(m_dir)).arg(Port).arg(Owner, database);
}

int PostgresProcess::psql(const QString &sql, QByteArray *output, const QString &database) const
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(binDir() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url(database),
                QStringLiteral("-c"), sql});
    if (!psql.waitForFinished(30000)) {
        psql.kill();
        return -1;
    }
    if (output) {
        *output = psql.readAll();
    }
    return psql.exitStatus() == QProcess::NormalExit ? psql.exitCode() : -1;
}

int PostgresProcess::dump(QByteArray *output, const QString &database) const
{
    QProcess dump;
    dump.start(binDir() + QStringLiteral("/pg_dump"), {QStringLiteral("--no-owner"), QStringLiteral("-d"), url(database)});
    if (!dump.waitForFinished(60000)) {
        dump.kill();
        return -1;
    }
    *output = dump.readAllStandardOutput();
    return dump.exitStatus() == QProcess::NormalExit ? dump.exitCode() : -1;
}

} // namespace cb::test
