#pragma once

#include <QByteArray>
#include <QString>

namespace cb::test {

// Paths CTest passes in the environment (see tests/CMakeLists.txt).
QString serverBinary();
QString sandboxBinary();

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Runs a program to completion; returns its exit code (-1 if it could not start),
// with stdout and stderr merged into *output.
int runProgram(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               const QByteArray &input = {}, int timeoutMs = 60000);

} // namespace cb::test
