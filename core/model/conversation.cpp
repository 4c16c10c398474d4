#include "core/model/conversation.h"

namespace cb::model {

const char *conversationStatusName(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open: return "open";
    case ConversationStatus::Pending: return "pending";
    case ConversationStatus::Snoozed: return "snoozed";
    case ConversationStatus::Resolved: return "resolved";
    }
    return "open";
}

std::optional<ConversationStatus> conversationStatusFromName(const QString &name)
{
    for (const auto status : {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Snoozed,
                              ConversationStatus::Resolved}) {
        if (name == QLatin1String(conversationStatusName(status))) {
            return status;
        }
    }
    return std::nullopt;
}

const char *consentBasisName(ConsentBasis basis)
{
    switch (basis) {
    case ConsentBasis::PatientInitiated: return "patient_initiated";
    case ConsentBasis::DocumentedRequest: return "documented_request";
    case ConsentBasis::OptIn: return "opt_in";
    }
    return "patient_initiated";
}

std::optional<ConsentBasis> consentBasisFromName(const QString &name)
{
    for (const auto basis : {ConsentBasis::PatientInitiated, ConsentBasis::DocumentedRequest, ConsentBasis::OptIn}) {
        if (name == QLatin1String(consentBasisName(basis))) {
            return basis;
        }
    }
    return std::nullopt;
}

PortalInvitation::State PortalInvitation::effectiveState(std::int64_t nowMs) const
{
    if ((state == State::Sent || state == State::Opened) && nowMs >= expiresAtMs) {
        return State::Expired;
    }
    return state;
}

const char *portalStateName(PortalInvitation::State state)
{
    using State = PortalInvitation::State;
    switch (state) {
    case State::None: return "";
    case State::Sent: return "sent";
    case State::Opened: return "opened";
    case State::Verified: return "verified";
    case State::Expired: return "expired";
    case State::Locked: return "locked";
    case State::Revoked: return "revoked";
    }
    return "";
}

PortalInvitation::State portalStateFromName(const QString &name)
{
    using State = PortalInvitation::State;
    for (const auto state : {State::Sent, State::Opened, State::Verified, State::Expired, State::Locked, State::Revoked}) {
        if (name == QLatin1String(portalStateName(state))) {
            return state;
        }
    }
    return State::None;
}

} // namespace cb::model
