#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace cb::server::http {

// Caps what clients may hold open, in three places:
// - connections: in total, and per client address (the trusted proxy is
//   exempt: its clients are counted one by one instead, below);
// - work: requests in progress and open event streams, which together may
//   hold at most `maxWork` places, so that Meta's webhook (which takes no
//   place) keeps capacity of its own whatever streams and the API do;
// - per proxied client (X-Real-IP from the trusted proxy): its requests in
//   progress and streams, with the same per-address cap.
// A Slot holds places and gives them back when destroyed; addresses with
// nothing open are forgotten, so the maps never outgrow the caps.
class ConnectionLimiter
{
public:
    class Slot
    {
    public:
        Slot() = default;
        Slot(Slot &&other) noexcept
            : m_owner(std::exchange(other.m_owner, nullptr)), m_total(other.m_total), m_work(other.m_work),
              m_map(std::exchange(other.m_map, nullptr)), m_address(std::move(other.m_address))
        {
        }
        Slot &operator=(Slot &&other) noexcept;
        Slot(const Slot &) = delete;
        Slot &operator=(const Slot &) = delete;
        ~Slot() { release(); }
        void release();
        bool held() const { return m_owner != nullptr; }

    private:
        friend class ConnectionLimiter;
        ConnectionLimiter *m_owner = nullptr;
        bool m_total = false;
        bool m_work = false;
        std::unordered_map<std::string, int> *m_map = nullptr; // the per-address map this slot counts in
        std::string m_address;
    };

    ConnectionLimiter(int maxTotal, int maxPerAddress, int maxWork, std::atomic<std::int64_t> &openGauge)
        : m_maxTotal(maxTotal), m_maxPerAddress(maxPerAddress), m_maxWork(maxWork), m_open(openGauge)
    {
    }

    // A new connection: nullopt when the server or the address is at its cap.
    // The trusted proxy's connections skip the per-address cap.
    std::optional<Slot> admit(const std::string &address, bool trustedProxy);
    // A request or stream begins: nullopt when the work cap is reached or, for a
    // proxied request, its client (`proxiedClient`, non-empty) is at its cap.
    std::optional<Slot> beginWork(const std::string &proxiedClient);

private:
    void release(Slot &slot);
    bool takeAddress(std::unordered_map<std::string, int> &map, const std::string &address);

    const int m_maxTotal;
    const int m_maxPerAddress;
    const int m_maxWork;
    std::atomic<std::int64_t> &m_open;
    std::mutex m_mutex;
    int m_total = 0;
    int m_work = 0;
    std::unordered_map<std::string, int> m_perAddress;
    std::unordered_map<std::string, int> m_perProxiedClient;
};

} // namespace cb::server::http
