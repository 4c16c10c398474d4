#pragma once

#include "client/keychain/keychain.h"

#include <QObject>

#include <deque>
#include <functional>

namespace QKeychain {
class Job;
}

namespace cb::client {

// The OS keychain through Qt Keychain (Secret Service on Linux). Jobs run one at
// a time, in order, because backends mishandle concurrent access. The plaintext
// fallback is never enabled: without a keychain we fail closed with NoBackend.
class SystemKeychain final : public QObject, public Keychain
{
    Q_OBJECT
public:
    explicit SystemKeychain(QString service, QObject *parent = nullptr);

    void readSecret(const QString &key, Callback done) override;
    void writeSecret(const QString &key, const crypto::SecretBytes &secret, Callback done) override;
    void deleteSecret(const QString &key, Callback done) override;

private:
    struct Request
    {
        std::function<QKeychain::Job *()> makeJob;
        Callback done;
        bool isRead = false;
    };
    void enqueue(Request request);
    void startNext();
    void complete(const Request &request, Result result);

    QString m_service;
    std::deque<Request> m_pending;
    bool m_running = false;
};

} // namespace cb::client
