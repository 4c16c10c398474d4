#pragma once

#include "core/whatsapp/graph_error.h"

#include <QString>

namespace cb::whatsapp {

// What a failed send means for the message and for the people waiting on it.
struct SendFailure
{
    enum class Kind {
        WindowClosed,        // 131047: only a template may go out now
        RetryLater,          // 130429 / 131056 / 5xx / network: back off and try again
        Undeliverable,       // 131026: the number cannot receive WhatsApp messages
        NeedsReauthorisation, // 190: the access token was revoked or expired
        Rejected,            // anything else: Meta refused this message
    };
    Kind kind = Kind::Rejected;
    QString code;   // stable code the desktop translates: "window_closed", …
    QString reason; // Meta's own explanation, kept for the thread

    static SendFailure fromGraphError(const GraphError &error);
    // A transport failure or a 5xx without a Graph error body.
    static SendFailure transient(const QString &reason);
    // The same failure reported by a status webhook (failed with errors[].code).
    static SendFailure fromStatusError(int code, const QString &title);
};

} // namespace cb::whatsapp
