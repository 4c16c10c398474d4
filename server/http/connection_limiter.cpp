#include "server/http/connection_limiter.h"

namespace cb::server::http {

ConnectionLimiter::Slot &ConnectionLimiter::Slot::operator=(Slot &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = std::exchange(other.m_owner, nullptr);
        m_total = other.m_total;
        m_work = other.m_work;
        m_map = std::exchange(other.m_map, nullptr);
        m_address = std::move(other.m_address);
    }
    return *this;
}

void ConnectionLimiter::Slot::release()
{
    if (m_owner != nullptr) {
        std::exchange(m_owner, nullptr)->release(*this);
    }
}

bool ConnectionLimiter::takeAddress(std::unordered_map<std::string, int> &map, const std::string &address)
{
    int &mine = map[address];
    if (mine >= m_maxPerAddress) {
        return false;
    }
    ++mine;
    return true;
}

std::optional<ConnectionLimiter::Slot> ConnectionLimiter::admit(const std::string &address, bool trustedProxy)
{
    const std::lock_guard lock(m_mutex);
    if (m_total >= m_maxTotal || (!trustedProxy && !takeAddress(m_perAddress, address))) {
        return std::nullopt;
    }
    ++m_total;
    m_open.store(m_total);
    Slot slot;
    slot.m_owner = this;
    slot.m_total = true;
    if (!trustedProxy) {
        slot.m_map = &m_perAddress;
        slot.m_address = address;
    }
    return slot;
}

std::optional<ConnectionLimiter::Slot> ConnectionLimiter::beginWork(const std::string &proxiedClient)
{
    const std::lock_guard lock(m_mutex);
    if (m_work >= m_maxWork) {
        return std::nullopt;
    }
    if (!proxiedClient.empty() && !takeAddress(m_perProxiedClient, proxiedClient)) {
        return std::nullopt;
    }
    ++m_work;
    Slot slot;
    slot.m_owner = this;
    slot.m_work = true;
    if (!proxiedClient.empty()) {
        slot.m_map = &m_perProxiedClient;
        slot.m_address = proxiedClient;
    }
    return slot;
}

void ConnectionLimiter::release(Slot &slot)
{
    const std::lock_guard lock(m_mutex);
    if (slot.m_map != nullptr) {
        if (auto found = slot.m_map->find(slot.m_address); found != slot.m_map->end() && --found->second <= 0) {
            slot.m_map->erase(found);
        }
        slot.m_map = nullptr;
    }
    if (slot.m_total) {
        --m_total;
        m_open.store(m_total);
    }
    if (slot.m_work) {
        --m_work;
    }
}

} // namespace cb::server::http
