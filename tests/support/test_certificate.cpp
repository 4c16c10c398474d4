#include "tests/support/test_certificate.h"

#include "tests/support/test_env.h"

#include <QDir>

namespace cb::test {

TestCertificate TestCertificate::create(const QString &directory)
{
    const QDir dir(directory);
    TestCertificate cert{dir.filePath(QStringLiteral("tls.crt")), dir.filePath(QStringLiteral("tls.key"))};
    QByteArray output;
    const int code = runProgram(QStringLiteral("openssl"),
                                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                 QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                 QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                                 QStringLiteral("-keyout"), cert.privateKeyPath, QStringLiteral("-out"),
                                 cert.certificatePath},
                                &output);
    if (code != 0) {
        qWarning("openssl failed: %s", output.constData());
        return {};
    }
    return cert;
}

} // namespace cb::test
