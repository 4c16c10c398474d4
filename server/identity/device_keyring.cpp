#include "server/identity/device_keyring.h"

#include "core/platform/sync_to_disk.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cstring>

#include <stdexcept>

namespace cb::server {

namespace {
constexpr quint32 Magic = 0x43424b31; // "CBK1"

} // namespace

QString DeviceKeyring::entryName(std::int64_t userId, const QString &deviceId)
{
    return QString::number(userId) + QLatin1Char('/') + deviceId;
}

DeviceKeyring::DeviceKeyring(QString path, crypto::SecretBytes sealKey) : m_path(std::move(path)), m_seal(std::move(sealKey))
{
    QFile file(m_path);
    if (!file.exists()) {
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read the device keyring " + m_path.toStdString());
    }
    const std::optional<crypto::SecretBytes> plain = m_seal.open(file.readAll());
    if (!plain) {
        throw std::runtime_error("the device keyring " + m_path.toStdString() +
                                 " does not open with this master key (damaged, or another server's)");
    }
    // Parsed straight from locked memory; only the keys are copied, into locked memory.
    QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size()));
    QDataStream in(view);
    quint32 magic = 0;
    quint32 keyCount = 0;
    in >> magic >> keyCount;
    if (magic != Magic) {
        throw std::runtime_error("the device keyring " + m_path.toStdString() + " is not a keyring");
    }
    for (quint32 i = 0; i < keyCount && in.status() == QDataStream::Ok; ++i) {
        QString name;
        in >> name;
        crypto::SecretBytes key(KeySize);
        in.readRawData(reinterpret_cast<char *>(key.data()), int(KeySize));
        m_keys.insert_or_assign(name, std::move(key));
    }
    quint32 wipedCount = 0;
    in >> wipedCount;
    for (quint32 i = 0; i < wipedCount && in.status() == QDataStream::Ok; ++i) {
        QString device;
        qint64 at = 0;
        in >> device >> at;
        m_wiped.insert(device, at);
    }
    if (in.status() != QDataStream::Ok) {
        throw std::runtime_error("the device keyring " + m_path.toStdString() + " is cut short");
    }
}

crypto::SecretBytes DeviceKeyring::find(std::int64_t userId, const QString &deviceId) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_keys.find(entryName(userId, deviceId));
    return it == m_keys.end() ? crypto::SecretBytes() : it->second.clone();
}

crypto::SecretBytes DeviceKeyring::create(std::int64_t userId, const QString &deviceId)
{
    const std::lock_guard lock(m_mutex);
    crypto::SecretBytes key = crypto::SecretBytes::random(KeySize);
    m_keys.insert_or_assign(entryName(userId, deviceId), key.clone());
    save();
    return key;
}

int DeviceKeyring::remove(std::int64_t userId, const QString &deviceId)
{
    const std::lock_guard lock(m_mutex);
    const int removed = int(m_keys.erase(entryName(userId, deviceId)));
    if (removed > 0) {
        save();
    }
    return removed;
}

int DeviceKeyring::removeUser(std::int64_t userId)
{
    const std::lock_guard lock(m_mutex);
    const QString prefix = QString::number(userId) + QLatin1Char('/');
    const auto removed = std::erase_if(m_keys, [&](const auto &entry) { return entry.first.startsWith(prefix); });
    if (removed > 0) {
        save();
    }
    return int(removed);
}

int DeviceKeyring::removeDevice(const QString &deviceId, std::int64_t wipedAtMs)
{
    const std::lock_guard lock(m_mutex);
    const QString suffix = QLatin1Char('/') + deviceId;
    const auto removed = std::erase_if(m_keys, [&](const auto &entry) { return entry.first.endsWith(suffix); });
    m_wiped.insert(deviceId, wipedAtMs);
    save();
    return int(removed);
}

std::int64_t DeviceKeyring::wipedAtMs(const QString &deviceId) const
{
    const std::lock_guard lock(m_mutex);
    return m_wiped.value(deviceId, 0);
}

int DeviceKeyring::retainOnly(const QSet<QString> &live)
{
    const std::lock_guard lock(m_mutex);
    const auto removed = std::erase_if(m_keys, [&](const auto &entry) { return !live.contains(entry.first); });
    if (removed > 0) {
        save();
    }
    return int(removed);
}

void DeviceKeyring::save()
{
    // Serialised into locked memory, sealed, written to a temporary file that
    // replaces the old one in one rename, then the folder synced: the old keys
    // are gone from the name the moment save() returns.
    std::size_t size = 2 * sizeof(quint32);
    for (const auto &[name, key] : m_keys) {
        size += sizeof(quint32) + std::size_t(name.size()) * 2 + KeySize;
    }
    size += sizeof(quint32);
    for (auto it = m_wiped.cbegin(); it != m_wiped.cend(); ++it) {
        size += sizeof(quint32) + std::size_t(it.key().size()) * 2 + sizeof(qint64);
    }
    crypto::SecretBytes plain(size);
    // Written by hand in QDataStream's own format (big-endian; a QString as its
    // byte length and UTF-16), which the constructor reads back.
    std::size_t offset = 0;
    auto put = [&](const void *data, std::size_t bytes) {
        std::memcpy(plain.data() + offset, data, bytes);
        offset += bytes;
    };
    auto putU32 = [&](quint32 value) {
        const unsigned char bytes[4] = {uchar(value >> 24), uchar(value >> 16), uchar(value >> 8), uchar(value)};
        put(bytes, 4);
    };
    auto putString = [&](const QString &text) {
        putU32(quint32(text.size() * 2));
        for (const QChar c : text) {
            const unsigned char bytes[2] = {uchar(c.unicode() >> 8), uchar(c.unicode())};
            put(bytes, 2);
        }
    };
    putU32(Magic);
    putU32(quint32(m_keys.size()));
    for (const auto &[name, key] : m_keys) {
        putString(name);
        put(key.data(), KeySize);
    }
    putU32(quint32(m_wiped.size()));
    for (auto it = m_wiped.cbegin(); it != m_wiped.cend(); ++it) {
        putString(it.key());
        const quint64 at = quint64(it.value());
        for (int shift = 56; shift >= 0; shift -= 8) {
            const unsigned char byte = uchar(at >> shift);
            put(&byte, 1);
        }
    }
    const QByteArray sealed = m_seal.seal(plain);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed) != sealed.size() || !file.commit()) {
        throw std::runtime_error("cannot write the device keyring " + m_path.toStdString());
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The rename is durable only once the folder is: a wipe must survive a power cut.
    if (!platform::syncToDisk(QFileInfo(m_path).absolutePath())) {
        throw std::runtime_error("cannot write the device keyring's folder to disk");
    }
}

} // namespace cb::server
