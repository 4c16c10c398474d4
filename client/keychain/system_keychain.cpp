#include "client/keychain/system_keychain.h"

#include "client/keychain/keychain_backend_probe.h"
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
        return SystemKeychain::tr("Access to the system keychain was refused. Carebridge keeps this workstation's "
                                  "key there; unlock your keyring (it uses your computer password) and sign in again.");
    case Keychain::Status::Failed:
        return SystemKeychain::tr("The system keychain reported an error.");
    }
    return {};
}

Keychain::Result resultWith(Keychain::Status status)
{
    Keychain::Result result;
    result.status = status;
    result.message = messageFor(status);
    return result;
}

} // namespace

SystemKeychain::SystemKeychain(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
}

void SystemKeychain::readSecret(const QString &key, Callback done)
{
    enqueue({[this, key] {
                 auto *job = new QKeychain::ReadPasswordJob(m_service, this);
                 job->setKey(key);
                 return static_cast<QKeychain::Job *>(job);
             },
             std::move(done), true});
}

void SystemKeychain::writeSecret(const QString &key, const crypto::SecretBytes &secret, Callback done)
{
    // Qt Keychain takes a QByteArray; our copy is wiped as soon as the job holds it.
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    enqueue({[this, key, bytes]() mutable {
                 auto *job = new QKeychain::WritePasswordJob(m_service, this);
                 job->setKey(key);
                 job->setBinaryData(bytes);
                 sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
                 return static_cast<QKeychain::Job *>(job);
             },
             std::move(done), false});
}

void SystemKeychain::deleteSecret(const QString &key, Callback done)
{
    enqueue({[this, key] {
                 auto *job = new QKeychain::DeletePasswordJob(m_service, this);
                 job->setKey(key);
                 return static_cast<QKeychain::Job *>(job);
             },
             std::move(done), false});
}

void SystemKeychain::enqueue(Request request)
{
    m_pending.push_back(std::move(request));
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
    Request request = std::move(m_pending.front());
    m_pending.pop_front();

    if (!keychainBackendReachable()) {
        // Fail closed without touching Qt Keychain: there is nowhere safe to keep a secret.
        log::logger("keychain")->error("no keychain service on the session bus");
        QMetaObject::invokeMethod(
            this, [this, request = std::move(request)] { complete(request, resultWith(Status::NoBackend)); },
            Qt::QueuedConnection);
        return;
    }

    QKeychain::Job *job = request.makeJob();
    job->setInsecureFallback(false); // never write secrets in plaintext
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, request = std::move(request)](QKeychain::Job *finished) {
        Result result = resultWith(statusFor(finished->error()));
        if (result.status == Status::Ok && request.isRead) {
            QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            result.secret = crypto::SecretBytes::takeFrom(bytes);
        }
        if (result.status != Status::Ok && result.status != Status::NotFound) {
            log::logger("keychain")->warn("keychain job failed: code {}", static_cast<int>(finished->error()));
        }
        complete(request, std::move(result));
    });
    job->start();
}

void SystemKeychain::complete(const Request &request, Result result)
{
    request.done(std::move(result));
    startNext();
}

} // namespace cb::client
