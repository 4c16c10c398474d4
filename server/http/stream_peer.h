#pragma once

#include <QByteArray>
#include <QHostAddress>

#include <cstdint>
#include <memory>

namespace cb::server::http {

// One open WebSocket, as the application sees it. Safe to call from any thread:
// the edge carries each call to the socket's own I/O strand.
class StreamPeer
{
public:
    virtual ~StreamPeer() = default;
    virtual std::uint64_t id() const = 0;
    virtual QHostAddress remoteAddress() const = 0;
    // Queues a text message. A peer whose queue passes the edge's limit is a slow
    // consumer: it is closed, and the listener hears closed().
    virtual void sendText(QByteArray text) = 0;
    // Sends what is queued, then a close frame.
    virtual void close(std::uint16_t code, QByteArray reason) = 0;
    virtual std::int64_t queuedBytes() const = 0;
};

// The application's side of the WebSocket edge. Every call arrives on the
// application thread, in order per peer.
class StreamListener
{
public:
    virtual ~StreamListener() = default;
    virtual void streamOpened(std::shared_ptr<StreamPeer> peer) = 0;
    virtual void streamText(std::uint64_t id, const QByteArray &text) = 0;
    // The peer's send queue is empty again (back-pressure: send the next page).
    virtual void streamDrained(std::uint64_t id) = 0;
    virtual void streamClosed(std::uint64_t id) = 0;
};

} // namespace cb::server::http
