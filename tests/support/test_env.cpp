#include "tests/support/test_env.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

namespace cb::test {

QString serverBinary()
{
    return qEnvironmentVariable("CB_SERVER_BIN");
}

QString sandboxBinary()
{
    return qEnvironmentVariable("CB_SANDBOX_BIN");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write test file");
    }
}

int runProgram(const QString &program, const QStringList &arguments, QByteArray *output,
               const QByteArray &input, int timeoutMs, Output which)
{
    QProcess process;
    process.setProcessChannelMode(which == Output::StdoutOnly ? QProcess::ForwardedErrorChannel
                                                              : QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return -1;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output != nullptr) {
        *output = process.readAllStandardOutput();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

quint16 freeLocalPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace cb::test
