#include "core/whatsapp/send_failure.h"

namespace cb::whatsapp {

SendFailure SendFailure::fromStatusError(int code, const QString &title)
{
    switch (code) {
    case 131047: return {Kind::WindowClosed, QStringLiteral("window_closed"), title};
    case 130429:
    case 131056: return {Kind::RetryLater, QStringLiteral("rate_limited"), title};
    case 131026: return {Kind::Undeliverable, QStringLiteral("undeliverable"), title};
    case 190: return {Kind::NeedsReauthorisation, QStringLiteral("whatsapp_reauthorisation_needed"), title};
    default: return {Kind::Rejected, QStringLiteral("whatsapp_rejected"), title};
    }
}

SendFailure SendFailure::fromGraphError(const GraphError &error)
{
    const QString reason = error.details.isEmpty() ? error.message : error.details;
    if (error.httpStatus >= 500 && error.code != 131047 && error.code != 131026) {
        return transient(reason);
    }
    return fromStatusError(error.code, reason);
}

SendFailure SendFailure::transient(const QString &reason)
{
    return {Kind::RetryLater, QStringLiteral("temporarily_unavailable"), reason};
}

} // namespace cb::whatsapp
