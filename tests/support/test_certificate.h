#pragma once

#include <QString>

namespace cb::test {

// A self-signed certificate for 127.0.0.1/localhost made by the openssl CLI,
// the way a clinic (or the demo) makes one. Empty paths if openssl failed.
struct TestCertificate
{
    QString certificatePath;
    QString privateKeyPath;

    static TestCertificate create(const QString &directory);
    bool isValid() const { return !certificatePath.isEmpty(); }
};

} // namespace cb::test
