#include "server/audit/checkpoint_signer.h"

#include <sodium.h>

#include <stdexcept>

namespace cb::server {

namespace {
// What is signed: a fixed context (so the signature can never be read as anything
// else) and length-prefixed fields, like the chain's own hash input.
QByteArray signedMessage(std::int64_t seq, const QByteArray &hash, std::int64_t atMs)
{
    QByteArray message("carebridge audit checkpoint v1");
    for (const QByteArray &field : {QByteArray::number(seq), hash, QByteArray::number(atMs)}) {
        const auto size = static_cast<quint32>(field.size());
        for (int shift = 24; shift >= 0; shift -= 8) {
            message.append(static_cast<char>((size >> shift) & 0xff));
        }
        message.append(field);
    }
    return message;
}
} // namespace

CheckpointSigner::CheckpointSigner(const crypto::SecretBytes &seed)
    : m_secretKey(crypto_sign_SECRETKEYBYTES), m_publicKey(crypto_sign_PUBLICKEYBYTES, '\0')
{
    if (seed.size() != crypto_sign_SEEDBYTES) {
        throw std::invalid_argument("the audit signing seed must be 32 bytes");
    }
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()), m_secretKey.data(), seed.data());
}

AuditCheckpoint CheckpointSigner::sign(std::int64_t seq, const QByteArray &hash, std::int64_t atMs) const
{
    return {seq, hash, atMs, signDetached(signedMessage(seq, hash, atMs))};
}

QByteArray CheckpointSigner::signDetached(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

bool CheckpointSigner::verify(const QByteArray &publicKey, const AuditCheckpoint &checkpoint)
{
    return verifyDetached(publicKey, signedMessage(checkpoint.seq, checkpoint.hash, checkpoint.atMs), checkpoint.signature);
}

bool CheckpointSigner::verifyDetached(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace cb::server
