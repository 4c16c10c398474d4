#pragma once

#include <cstdint>

namespace cb::policy {

// WhatsApp's customer-service window: free-form replies are allowed for 24
// hours after the patient's last message; outside it, only approved templates.
// The server enforces it; the desktop shows the time left from the same code.
constexpr std::int64_t MessagingWindowMs = 24LL * 60 * 60 * 1000;

inline bool messagingWindowOpen(std::int64_t lastInboundAtMs, std::int64_t nowMs)
{
    return lastInboundAtMs > 0 && nowMs - lastInboundAtMs < MessagingWindowMs;
}

// Milliseconds left in the window; 0 when closed.
inline std::int64_t messagingWindowRemainingMs(std::int64_t lastInboundAtMs, std::int64_t nowMs)
{
    return messagingWindowOpen(lastInboundAtMs, nowMs) ? lastInboundAtMs + MessagingWindowMs - nowMs : 0;
}

} // namespace cb::policy
