#pragma once

#include <atomic>
#include <cstdint>
#include <utility>

namespace cb::server::http {

// One memory budget for every request body in flight, on every listener. A
// request reserves what it may grow to (its declared length, or its route's
// limit when chunked) before any body byte is read; past the budget it gets
// 503 with Retry-After. The reservation is given back when the request has
// been answered, so a stranger can never make the server hold more than this.
class BodyBudget
{
public:
    class Ticket
    {
    public:
        Ticket() = default;
        Ticket(BodyBudget *owner, std::int64_t bytes) : m_owner(owner), m_bytes(bytes) {}
        Ticket(Ticket &&other) noexcept : m_owner(std::exchange(other.m_owner, nullptr)), m_bytes(other.m_bytes) {}
        Ticket &operator=(Ticket &&other) noexcept
        {
            if (this != &other) {
                release();
                m_owner = std::exchange(other.m_owner, nullptr);
                m_bytes = other.m_bytes;
            }
            return *this;
        }
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;
        ~Ticket() { release(); }
        void release()
        {
            if (m_owner != nullptr) {
                std::exchange(m_owner, nullptr)->m_used.fetch_sub(m_bytes);
            }
        }

    private:
        BodyBudget *m_owner = nullptr;
        std::int64_t m_bytes = 0;
    };

    explicit BodyBudget(std::int64_t bytes) : m_capacity(bytes) {}

    // A ticket for `bytes`, or nothing when the budget cannot hold them.
    bool reserve(std::int64_t bytes, Ticket *ticket)
    {
        if (bytes <= 0) {
            *ticket = Ticket();
            return true;
        }
        std::int64_t used = m_used.load();
        do {
            if (used + bytes > m_capacity) {
                return false;
            }
        } while (!m_used.compare_exchange_weak(used, used + bytes));
        *ticket = Ticket(this, bytes);
        return true;
    }
    std::int64_t used() const { return m_used.load(); }
    std::int64_t capacity() const { return m_capacity; }

private:
    const std::int64_t m_capacity;
    std::atomic<std::int64_t> m_used{0};
};

} // namespace cb::server::http
