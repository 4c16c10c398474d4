#include "client/system_keychain.h"

#include "core/log/logging.h"

#include <qt6keychain/keychain.h>

#include <sodium.h>

namespace cb::client {

namespace {

Keychain::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return Keychain::Status::Ok;
    case QKeychain::EntryNotFound: return Keychain::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return Keychain::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return Keychain::Status::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return Keychain::Status::Failed;
    }
    return Keychain::Status::Failed;
}

QString messageFor(Keychain::Status status)
{
    switch (status) {
    case Keychain::Status::Ok: return {};
    case Keychain::Status::NotFound:
        return SystemKeychain::tr("This workstation has no Carebridge key in its keychain yet.");
    case Keychain::Status::NoBackend:
        return SystemKeychain::tr(
            "No secure keychain is available on this computer. Carebridge keeps its device key "
            "only in the system keychain (GNOME Keyring or KWallet) and cannot continue without "
            "one. Ask your IT administrator.");
    case Keychain::Status::AccessDenied:
        return SystemKeychain::tr("Access to the system keychain was refused.");
    case Keychain::Status::Failed:
        return SystemKeychain::tr("The system keychain reported an error.");
    }
    return {};
}

} // namespace

SystemKeychain::SystemKeychain(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void SystemKeychain::readSecret(const QString &key, Callback done)
{
    enqueue([this, key, done = std::move(done)]() mutable {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this,
                [this, done](QKeychain::Job *finished) { finish(finished, done, true); });
        return job;
    });
}

void SystemKeychain::writeSecret(const QString &key, const crypto::SecretBytes &secret, Callback done)
{
    // Qt Keychain takes a QByteArray; we wipe our copy as soon as the job has it.
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    enqueue([this, key, bytes, done = std::move(done)]() mutable {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setKey(key);
        job->setBinaryData(bytes);
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
        connect(job, &QKeychain::Job::finished, this,
                [this, done](QKeychain::Job *finished) { finish(finished, done, false); });
        return job;
    });
}

void SystemKeychain::deleteSecret(const QString &key, Callback done)
{
    enqueue([this, key, done = std::move(done)]() mutable {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this,
                [this, done](QKeychain::Job *finished) { finish(finished, done, false); });
        return job;
    });
}

void SystemKeychain::enqueue(JobFactory factory)
{
    m_pending.push_back(std::move(factory));
    if (!m_running) {
        startNext();
    }
}

void SystemKeychain::startNext()
{
    if (m_pending.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    JobFactory factory = std::move(m_pending.front());
    m_pending.pop_front();
    QKeychain::Job *job = factory();
    job->setInsecureFallback(false); // never write secrets in plaintext
    job->setAutoDelete(true);
    job->start();
}

void SystemKeychain::finish(QKeychain::Job *job, Callback done, bool isRead)
{
    Result result;
    result.status = statusFor(job->error());
    result.message = messageFor(result.status);
    if (result.status == Status::Ok && isRead) {
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        result.secret = crypto::SecretBytes::takeFrom(bytes);
    }
    if (result.status != Status::Ok && result.status != Status::NotFound) {
        log::logger("keychain")->warn("keychain job failed: code {} ({})", static_cast<int>(job->error()),
                                      job->errorString().toStdString());
    }
    done(std::move(result));
    startNext();
}

} // namespace cb::client
