#pragma once

#include "server/http/metrics.h"

#include <QHostAddress>
#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>

namespace cb::server::http {

class HttpRouter;
class StreamListener;
class BodyBudget;

// What the edge lets a client do before anything reaches a route.
struct EdgeLimits
{
    int ioThreads = 2;
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 64;
    std::uint32_t headerBytes = 16 * 1024;
    std::chrono::milliseconds headerTimeout{15'000}; // the whole header, from the first wait (also keep-alive idle)
    std::chrono::milliseconds bodyTimeout{30'000};   // the whole body, once the header is in
    std::chrono::milliseconds writeTimeout{30'000};
    std::size_t streamMessageBytes = 4 * 1024;       // desktops send a small hello, then presence hints
    // A desktop says where it is at most a few times a second (presence, debounced);
    // past a burst of this many, a stream that talks faster than the rate is closed.
    int streamMessageBurst = 20;
    int streamMessagesPerSecond = 4;
    std::size_t streamQueueBytes = 8 * 1024 * 1024;  // past this a peer is a slow consumer
    std::chrono::seconds streamIdle{60};             // pings keep a quiet stream open; a dead one closes
    std::int64_t bodyMemoryBytes = 96LL * 1024 * 1024; // every body in flight, on every listener (BodyBudget)
    // Connections kept for Meta's webhook: streams and other requests may hold
    // at most maxConnections - webhookReserve between them.
    int webhookReserve = 64;
    // A reverse proxy (the nginx site) whose X-Real-IP names the client. Only a
    // connection from exactly this address may say who the client is.
    QHostAddress trustedProxy;
};

struct TlsFiles
{
    QString certificateChain;
    QString privateKey;
};

// The server's HTTP/1.1 and WebSocket edge, on Boost.Beast over Asio, with a
// small pool of I/O threads. It enforces the limits above while reading, so an
// oversized or slow request never reaches memory or a route. Complete requests
// go to the router on the application thread (the thread that constructed the
// edge); answers come back to the connection's own strand.
class Edge
{
public:
    class ListenError : public std::runtime_error
    {
        using std::runtime_error::runtime_error;
    };

    // `bodies` is shared by every edge of the server and outlives them.
    Edge(const HttpRouter &router, StreamListener &streams, Metrics &metrics, EdgeLimits limits, BodyBudget &bodies);
    ~Edge();
    Edge(const Edge &) = delete;
    Edge &operator=(const Edge &) = delete;

    // Binds and starts the I/O threads; returns the port bound. Throws ListenError.
    quint16 listen(const QHostAddress &address, quint16 port, const std::optional<TlsFiles> &tls);
    // New connections use this certificate and key from now on; open ones keep
    // theirs. Throws ListenError (and changes nothing) when the files do not load.
    void reloadTls(const TlsFiles &files);
    // Closes the listening socket; open connections finish their current request.
    void stopAccepting();
    // Requests handed to the application and not yet answered.
    std::int64_t inFlight() const;
    // Stops the I/O threads; connections still open are dropped.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cb::server::http
