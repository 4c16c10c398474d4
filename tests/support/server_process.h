#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace cb::test {

// A real carebridge-server in a temporary data folder on 127.0.0.1, port chosen
// by the OS. init runs first; start() waits until the server says where it listens.
class ServerProcess
{
public:
    struct Options
    {
        bool tls = false;
        QByteArray extraConfig; // more INI sections, appended as they are
        quint16 port = 0;       // 0: chosen by the OS (a restart then moves it)
        QByteArray security = "password_hashing = interactive\n"; // the [security] section's lines
    };

    ServerProcess();
    ~ServerProcess();

    QString configPath() const;
    QString dataDir() const;
    QString folder() const { return m_dir.path(); }
    QString certificatePath() const { return m_certificate; }
    // Runs `carebridge-server init`; returns its exit code and output.
    int init(QByteArray *output = nullptr);
    // Runs `carebridge-server user add` with the password on standard input, and
    // keeps the one-time enrolment code it prints (see enrolmentCode()).
    int addUser(const QString &username, const QString &role, const QString &password, QByteArray *output = nullptr);
    QString enrolmentCode(const QString &username) const { return m_enrolmentCodes.value(username); }
    // Starts `carebridge-server run`; false (with *output) if it exited or timed out.
    bool start(QByteArray *output = nullptr);
    void stop();
    // SIGKILL: the server gets no chance to finish anything (crash tests).
    void kill();
    QUrl baseUrl() const { return m_url; }
    // The patient portal's listener, when the config has a [portal] section.
    QUrl portalUrl() const { return m_portalUrl; }
    qint64 pid() const { return m_process.processId(); }
    // Waits up to `ms` for the process to end by itself; its exit code, or -1 if it is still running or crashed.
    int waitForExit(int ms);

    void writeConfig(const Options &options);
    // Extra environment for `run` (systemd's NOTIFY_SOCKET, say).
    void setEnvironment(const QProcessEnvironment &environment) { m_process.setProcessEnvironment(environment); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QUrl m_portalUrl;
    QString m_certificate;
    QHash<QString, QString> m_enrolmentCodes;
};

} // namespace cb::test
