#include "core/model/message.h"

#include <array>
#include <utility>

namespace cb::model {

namespace {
constexpr std::array<std::pair<Channel, const char *>, 3> channelNames{
    {{Channel::WhatsApp, "whatsapp"}, {Channel::Portal, "portal"}, {Channel::Note, "note"}}};
constexpr std::array<std::pair<DeliveryState, const char *>, 7> stateNames{{{DeliveryState::Received, "received"},
                                                                            {DeliveryState::Queued, "queued"},
                                                                            {DeliveryState::Sending, "sending"},
                                                                            {DeliveryState::Sent, "sent"},
                                                                            {DeliveryState::Delivered, "delivered"},
                                                                            {DeliveryState::Read, "read"},
                                                                            {DeliveryState::Failed, "failed"}}};

template <typename Enum, std::size_t N>
const char *nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return name;
        }
    }
    return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == QLatin1String(candidate)) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

const char *channelName(Channel channel)
{
    return nameOf(channelNames, channel);
}

std::optional<Channel> channelFromName(const QString &name)
{
    return valueOf(channelNames, name);
}

const char *deliveryStateName(DeliveryState state)
{
    return nameOf(stateNames, state);
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    return valueOf(stateNames, name);
}

int deliveryRank(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Received: return 0;
    case DeliveryState::Queued: return 1;
    case DeliveryState::Sending: return 2;
    case DeliveryState::Sent: return 3;
    case DeliveryState::Delivered: return 4;
    case DeliveryState::Read: return 5;
    case DeliveryState::Failed: return 6;
    }
    return 0;
}

bool deliveryMovesForward(DeliveryState from, DeliveryState to)
{
    if (from == DeliveryState::Failed) {
        return false; // failure is final
    }
    if (to == DeliveryState::Failed) {
        // A message the phone has received cannot fail afterwards.
        return deliveryRank(from) < deliveryRank(DeliveryState::Delivered);
    }
    return deliveryRank(to) > deliveryRank(from);
}

} // namespace cb::model
