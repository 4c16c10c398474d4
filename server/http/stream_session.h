#pragma once

#include "core/log/logging.h"
#include "server/http/edge_parts.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <chrono>
#include <deque>

namespace cb::server::http::edge {

namespace websocket = boost::beast::websocket;

// One event-stream WebSocket: reads (small, counted), a bounded send queue, and
// close; the application hears of it through the StreamListener.
template <class Stream>
class StreamSession : public StreamPeer, public std::enable_shared_from_this<StreamSession<Stream>>
{
public:
    // `slot` is the connection's place, `work` the stream's place among requests and streams.
    StreamSession(Stream &&stream, Shared &shared, QHostAddress remote, ConnectionLimiter::Slot slot, ConnectionLimiter::Slot work)
        : m_ws(std::move(stream)), m_shared(shared), m_remote(std::move(remote)), m_slot(std::move(slot)),
          m_work(std::move(work)), m_id(shared.nextStreamId.fetch_add(1))
    {
    }

    void run(bhttp::request<bhttp::string_body> upgrade)
    {
        beast::get_lowest_layer(m_ws).expires_never(); // the WebSocket keeps its own timers
        websocket::stream_base::timeout timeout{};
        timeout.handshake_timeout = std::chrono::seconds(10);
        timeout.idle_timeout = m_shared.limits.streamIdle;
        timeout.keep_alive_pings = true;
        m_ws.set_option(timeout);
        m_ws.read_message_max(m_shared.limits.streamMessageBytes);
        m_ws.async_accept(upgrade, [self = this->shared_from_this()](error_code ec) { self->accepted(ec); });
    }

    std::uint64_t id() const override { return m_id; }
    QHostAddress remoteAddress() const override { return m_remote; }
    std::int64_t queuedBytes() const override { return m_queuedBytes.load(); }

    void sendText(QByteArray text) override
    {
        net::post(m_ws.get_executor(), [self = this->shared_from_this(), text = std::move(text)]() mutable {
            self->enqueue(std::move(text));
        });
    }

    void close(std::uint16_t code, QByteArray reason) override
    {
        net::post(m_ws.get_executor(), [self = this->shared_from_this(), code, reason = std::move(reason)] {
            if (self->m_finished || self->m_closeRequested) {
                return;
            }
            self->m_closeRequested = true;
            self->m_closeReason = websocket::close_reason(static_cast<websocket::close_code>(code), beast::string_view(reason.constData(), std::size_t(reason.size())));
            if (self->m_queue.empty()) {
                self->sendClose();
            }
        });
    }

private:
    void accepted(error_code ec)
    {
        if (ec) {
            finish(false);
            return;
        }
        m_open = true;
        m_shared.metrics.streamClients.fetch_add(1);
        std::shared_ptr<StreamPeer> peer = this->shared_from_this();
        m_shared.toApp([&streams = m_shared.streams, peer] { streams.streamOpened(peer); });
        // Until its hello arrives a stream is a stranger's: it holds its place for
        // HelloDeadline at most, measured here on the I/O thread (a busy
        // application thread may take longer to answer a hello that did arrive).
        m_helloTimer.expires_after(HelloDeadline);
        m_helloTimer.async_wait([self = this->shared_from_this()](error_code ec) {
            if (!ec && self->m_messagesRead == 0 && !self->m_finished) {
                self->abort();
            }
        });
        read();
    }

    void read()
    {
        m_ws.async_read(m_buffer, [self = this->shared_from_this()](error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(error_code ec)
    {
        if (ec) {
            if (ec == websocket::error::message_too_big || ec == websocket::error::buffer_overflow) {
                m_shared.metrics.streamTooBig.fetch_add(1);
            }
            finish(true);
            return;
        }
        m_helloTimer.cancel();
        ++m_messagesRead;
        if (!withinMessageRate() || !m_ws.got_text()) {
            m_buffer.consume(m_buffer.size());
            abort(); // desktops send a hello and a few presence hints, never a flood
            return;
        }
        const auto data = m_buffer.data();
        QByteArray text(static_cast<const char *>(data.data()), qsizetype(data.size()));
        m_buffer.consume(m_buffer.size());
        m_shared.toApp([&streams = m_shared.streams, id = m_id, text = std::move(text)] { streams.streamText(id, text); });
        read();
    }

    // A token bucket: streamMessageBurst messages at once, then
    // streamMessagesPerSecond on average.
    bool withinMessageRate()
    {
        const auto now = std::chrono::steady_clock::now();
        if (m_messagesRead == 1) {
            m_tokens = m_shared.limits.streamMessageBurst;
        } else {
            const double seconds = std::chrono::duration<double>(now - m_tokensAt).count();
            m_tokens = std::min<double>(m_shared.limits.streamMessageBurst, m_tokens + seconds * m_shared.limits.streamMessagesPerSecond);
        }
        m_tokensAt = now;
        if (m_tokens < 1.0) {
            return false;
        }
        m_tokens -= 1.0;
        return true;
    }

    void enqueue(QByteArray text)
    {
        if (m_finished || m_closeRequested) {
            return;
        }
        m_queuedBytes += text.size();
        if (std::size_t(m_queuedBytes.load()) > m_shared.limits.streamQueueBytes) {
            m_shared.metrics.streamSlowConsumers.fetch_add(1);
            log::logger("http")->warn("event stream {} closed: it does not read (slow consumer)", m_id);
            abort();
            return;
        }
        m_queue.push_back(std::move(text));
        if (m_queue.size() == 1) {
            write();
        }
    }

    void write()
    {
        m_ws.text(true);
        const QByteArray &front = m_queue.front();
        m_ws.async_write(net::buffer(front.constData(), std::size_t(front.size())),
                         [self = this->shared_from_this()](error_code ec, std::size_t) { self->written(ec); });
    }

    void written(error_code ec)
    {
        if (ec) {
            finish(true);
            return;
        }
        m_queuedBytes -= m_queue.front().size();
        m_queue.pop_front();
        if (!m_queue.empty()) {
            write();
        } else if (m_closeRequested) {
            sendClose();
        } else {
            m_shared.toApp([&streams = m_shared.streams, id = m_id] { streams.streamDrained(id); });
        }
    }

    void sendClose()
    {
        m_ws.async_close(m_closeReason, [self = this->shared_from_this()](error_code) { self->finish(true); });
    }

    // Drops the connection without a close handshake (slow or misbehaving peer).
    void abort()
    {
        error_code ignored;
        beast::get_lowest_layer(m_ws).socket().close(ignored);
        finish(true);
    }

    void finish(bool wasOpen)
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_helloTimer.cancel();
        m_queue.clear();
        m_queuedBytes = 0;
        if (wasOpen && m_open) {
            m_shared.metrics.streamClients.fetch_sub(1);
            m_shared.toApp([&streams = m_shared.streams, id = m_id] { streams.streamClosed(id); });
        }
    }

    websocket::stream<Stream> m_ws;
    Shared &m_shared;
    QHostAddress m_remote;
    ConnectionLimiter::Slot m_slot;
    ConnectionLimiter::Slot m_work;
    static constexpr std::chrono::seconds HelloDeadline{3};
    net::steady_timer m_helloTimer{m_ws.get_executor()};
    std::uint64_t m_id;
    beast::flat_buffer m_buffer;
    std::deque<QByteArray> m_queue;
    std::atomic<std::int64_t> m_queuedBytes{0};
    int m_messagesRead = 0;
    double m_tokens = 0;
    std::chrono::steady_clock::time_point m_tokensAt;
    bool m_open = false;
    bool m_finished = false;
    bool m_closeRequested = false;
    websocket::close_reason m_closeReason;
};

} // namespace cb::server::http::edge
