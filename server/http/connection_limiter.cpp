#include "server/http/connection_limiter.h"

namespace cb::server::http {

ConnectionLimiter::Slot &ConnectionLimiter::Slot::operator=(Slot &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = std::exchange(other.m_owner, nullptr);
        m_address = std::move(other.m_address);
    }
    return *this;
}

void ConnectionLimiter::Slot::release()
{
    if (m_owner != nullptr) {
        std::exchange(m_owner, nullptr)->release(m_address);
    }
}

std::optional<ConnectionLimiter::Slot> ConnectionLimiter::acquire(const std::string &address)
{
    const std::lock_guard lock(m_mutex);
    if (m_total >= m_maxTotal) {
        return std::nullopt;
    }
    int &mine = m_perAddress[address];
    if (mine >= m_maxPerAddress) {
        if (mine == 0) {
            m_perAddress.erase(address);
        }
        return std::nullopt;
    }
    ++mine;
    ++m_total;
    m_open.store(m_total);
    return Slot(this, address);
}

void ConnectionLimiter::release(const std::string &address)
{
    const std::lock_guard lock(m_mutex);
    if (auto found = m_perAddress.find(address); found != m_perAddress.end() && --found->second <= 0) {
        m_perAddress.erase(found);
    }
    --m_total;
    m_open.store(m_total);
}

} // namespace cb::server::http
