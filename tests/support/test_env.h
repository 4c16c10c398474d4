#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace cb::test {

// Paths CTest passes in the environment (see tests/CMakeLists.txt).
QString serverBinary();
QString sandboxBinary();

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// A loopback port free right now, for a server that must come back on the same port.
quint16 freeLocalPort();

// Resident memory of a process, in MiB, from /proc (-1 if it is gone).
double residentMiB(qint64 pid);

enum class Output { StdoutAndStderr, StdoutOnly };

// Runs a program to completion; returns its exit code (-1 if it could not start),
// with its output (stdout and stderr merged, unless told otherwise) in *output.
int runProgram(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               const QByteArray &input = {}, int timeoutMs = 60000, Output which = Output::StdoutAndStderr);

} // namespace cb::test
