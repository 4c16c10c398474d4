#pragma once

// The edge's insides, shared by its session types (stream_session.h,
// http_session.h) and edge.cpp; nothing outside server/http includes this.
#include "server/http/body_budget.h"
#include "server/http/connection_limiter.h"
#include "server/http/edge.h"
#include "server/http/http_router.h"
#include "server/http/stream_peer.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <QObject>
#include <QPointer>

#include <atomic>
#include <optional>
#include <string>

namespace cb::server::http::edge {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using error_code = boost::system::error_code;

// What every session needs from the edge. Lives as long as the io_context.
struct Shared
{
    const HttpRouter &router;
    StreamListener &streams;
    Metrics &metrics;
    EdgeLimits limits;
    BodyBudget &bodies;
    QPointer<QObject> app;                  // the application thread's dispatch target
    ConnectionLimiter limiter;
    std::atomic<bool> stopping{false};
    std::atomic<std::uint64_t> nextStreamId{1};
    // TLS: the context new connections start from. `systemctl reload` swaps in a
    // new one (renewed certificate); connections already open keep theirs (each
    // SSL object holds a reference on its SSL_CTX).
    bool tlsEnabled = false;
    std::shared_ptr<net::ssl::context> tlsContext; // guarded by tlsMutex
    std::mutex tlsMutex;
    std::shared_ptr<net::ssl::context> currentTls()
    {
        const std::lock_guard lock(tlsMutex);
        return tlsContext;
    }

    // Runs `work` on the application thread. Dropped if the application is gone.
    template <typename Work>
    void toApp(Work work)
    {
        if (QObject *target = app.data()) {
            QMetaObject::invokeMethod(target, std::move(work), Qt::QueuedConnection);
        }
    }
};

QHostAddress qtAddress(const tcp::socket &socket);
// The key per-address caps and throttles count under: an IPv4 address, or an
// IPv6 address's /64 (one subscriber's network hands out a whole /64).
std::string addressKey(const QHostAddress &address);
// The engine-independent request for a parsed Beast message.
Request toRequest(bhttp::request<bhttp::string_body> &&message, const QHostAddress &remote);
std::string toStd(const QByteArray &bytes);
// The protocol's JSON error, for answers the edge gives itself (413, 431, 400).
Response edgeError(Status status, const char *code, const char *message);

// A new connection's session, plain or TLS, with its event stream. Each lives in
// a file of its own (http_session_plain.cpp, http_session_tls.cpp): Beast's
// templates for one kind of stream are a large compile (over two minutes for
// both in one file), and two files build side by side.
void startPlainSession(tcp::socket &&socket, Shared &shared, ConnectionLimiter::Slot slot);
void startTlsSession(tcp::socket &&socket, Shared &shared, ConnectionLimiter::Slot slot);

} // namespace cb::server::http::edge
