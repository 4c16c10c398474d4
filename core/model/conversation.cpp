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

} // namespace cb::model
