#pragma once

#include "server/http/api_response.h"
#include "server/http/responder.h"
#include "server/store/store_readers.h"

#include <functional>

namespace cb::server {

// Runs `query` on a reader connection, then answers with `answer(result)` on the
// application thread (where audit events are written); 503 if the readers are
// full or the store fails. Routes that read patient data or the audit trail use it.
template <typename Result>
void readThen(StoreReaders &readers, const http::Responder &responder, std::function<Result(store::Database &)> query,
              std::function<HttpResponse(Result)> answer)
{
    const bool queued = readers.read<Result>(
        std::move(query),
        [responder, answer = std::move(answer)](Result result) {
            http::sendSafely(responder, [&] { return answer(std::move(result)); });
        },
        [responder] {
            responder.send(errorResponse(Status::ServiceUnavailable, QStringLiteral("store_unavailable"),
                                         QStringLiteral("the store is unavailable; try again")));
        });
    if (!queued) {
        responder.send(busyResponse(QStringLiteral("busy"), QStringLiteral("too many reads at once; try again"), 1));
    }
}

} // namespace cb::server
