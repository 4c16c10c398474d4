#pragma once

#include <atomic>
#include <utility>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace cb::server::http {

// Caps open connections in total and per client address. A Slot holds one
// connection's place and gives it back when destroyed; addresses with no open
// connection are forgotten, so the map never outgrows the total cap.
class ConnectionLimiter
{
public:
    class Slot
    {
    public:
        Slot() = default;
        Slot(ConnectionLimiter *owner, std::string address) : m_owner(owner), m_address(std::move(address)) {}
        Slot(Slot &&other) noexcept : m_owner(std::exchange(other.m_owner, nullptr)), m_address(std::move(other.m_address)) {}
        Slot &operator=(Slot &&other) noexcept;
        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;
        ~Slot() { release(); }

    private:
        void release();
        ConnectionLimiter *m_owner = nullptr;
        std::string m_address;
    };

    ConnectionLimiter(int maxTotal, int maxPerAddress, std::atomic<std::int64_t> &openGauge)
        : m_maxTotal(maxTotal), m_maxPerAddress(maxPerAddress), m_open(openGauge)
    {
    }

    // nullopt when the address or the server is at its cap.
    std::optional<Slot> acquire(const std::string &address);

private:
    void release(const std::string &address);

    const int m_maxTotal;
    const int m_maxPerAddress;
    std::atomic<std::int64_t> &m_open;
    std::mutex m_mutex;
    int m_total = 0;
    std::unordered_map<std::string, int> m_perAddress;
};

} // namespace cb::server::http
