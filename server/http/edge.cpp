#include "server/http/edge.h"

#include "core/api/api_error.h"
#include "core/log/logging.h"
#include "server/http/connection_limiter.h"
#include "server/http/http_router.h"
#include "server/http/stream_peer.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <deque>
#include <thread>
#include <type_traits>
#include <vector>

namespace cb::server::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace websocket = boost::beast::websocket;
using tcp = boost::asio::ip::tcp;
using error_code = boost::system::error_code;

namespace {

// What every session needs from the edge. Lives as long as the io_context.
struct Shared
{
    const HttpRouter &router;
    StreamListener &streams;
    Metrics &metrics;
    EdgeLimits limits;
    QPointer<QObject> app;                  // the application thread's dispatch target
    std::optional<net::ssl::context> tls;
    ConnectionLimiter limiter;
    std::atomic<bool> stopping{false};
    std::atomic<std::uint64_t> nextStreamId{1};

    // Runs `work` on the application thread. Dropped if the application is gone.
    template <typename Work>
    void toApp(Work work)
    {
        if (QObject *target = app.data()) {
            QMetaObject::invokeMethod(target, std::move(work), Qt::QueuedConnection);
        }
    }
};

QHostAddress qtAddress(const tcp::socket &socket)
{
    error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    return ec ? QHostAddress() : QHostAddress(QString::fromStdString(endpoint.address().to_string()));
}

Request toRequest(bhttp::request<bhttp::string_body> &&message, const QHostAddress &remote)
{
    Request request;
    request.method = methodFromName(QByteArrayView(message.method_string().data(), qsizetype(message.method_string().size())));
    const QByteArray target(message.target().data(), qsizetype(message.target().size()));
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(target.left(question < 0 ? target.size() : question)));
    if (question >= 0) {
        request.queryItems.setQuery(QString::fromUtf8(target.mid(question + 1)));
    }
    for (const auto &field : message) {
        request.headers.append({QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
                                QByteArray(field.value().data(), qsizetype(field.value().size()))});
    }
    request.content = QByteArray(message.body().data(), qsizetype(message.body().size()));
    request.remote = remote;
    return request;
}

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

Response edgeError(Status status, const char *code, const char *message)
{
    return Response(api::ApiError{QLatin1String(code), QLatin1String(message)}.toJson(), status);
}

// ---------------------------------------------------------------- WebSocket

template <class Stream>
class StreamSession : public StreamPeer, public std::enable_shared_from_this<StreamSession<Stream>>
{
public:
    StreamSession(Stream &&stream, Shared &shared, QHostAddress remote, ConnectionLimiter::Slot slot)
        : m_ws(std::move(stream)), m_shared(shared), m_remote(std::move(remote)), m_slot(std::move(slot)),
          m_id(shared.nextStreamId.fetch_add(1))
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
        if (++m_messagesRead > m_shared.limits.streamMessagesPerConnection || !m_ws.got_text()) {
            m_buffer.consume(m_buffer.size());
            abort(); // desktops send one hello and nothing else
            return;
        }
        const auto data = m_buffer.data();
        QByteArray text(static_cast<const char *>(data.data()), qsizetype(data.size()));
        m_buffer.consume(m_buffer.size());
        m_shared.toApp([&streams = m_shared.streams, id = m_id, text = std::move(text)] { streams.streamText(id, text); });
        read();
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
    std::uint64_t m_id;
    beast::flat_buffer m_buffer;
    std::deque<QByteArray> m_queue;
    std::atomic<std::int64_t> m_queuedBytes{0};
    int m_messagesRead = 0;
    bool m_open = false;
    bool m_finished = false;
    bool m_closeRequested = false;
    websocket::close_reason m_closeReason;
};

// ---------------------------------------------------------------- HTTP

template <bool Tls>
class HttpSession : public std::enable_shared_from_this<HttpSession<Tls>>
{
public:
    using Stream = std::conditional_t<Tls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

    HttpSession(tcp::socket &&socket, Shared &shared, ConnectionLimiter::Slot slot)
        : m_stream(makeStream(std::move(socket), shared)), m_shared(shared), m_slot(std::move(slot)),
          m_remote(qtAddress(beast::get_lowest_layer(m_stream).socket()))
    {
    }

    ~HttpSession()
    {
        if (m_awaitingAnswer) {
            m_shared.metrics.inFlight.fetch_sub(1);
        }
    }

    void start()
    {
        if constexpr (Tls) {
            beast::get_lowest_layer(m_stream).expires_after(m_shared.limits.headerTimeout);
            m_stream.async_handshake(net::ssl::stream_base::server, [self = this->shared_from_this()](error_code ec) {
                if (ec) {
                    self->countTimeout(ec);
                    return; // no TLS, no HTTP: the socket closes with the session
                }
                self->readHeader();
            });
        } else {
            readHeader();
        }
    }

private:
    static Stream makeStream(tcp::socket &&socket, Shared &shared)
    {
        if constexpr (Tls) {
            return Stream(std::move(socket), *shared.tls);
        } else {
            return Stream(std::move(socket));
        }
    }

    void countTimeout(error_code ec)
    {
        if (ec == beast::error::timeout) {
            m_shared.metrics.timedOut.fetch_add(1);
        }
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(m_shared.limits.headerBytes);
        m_parser->body_limit(boost::none); // checked per route once the header is in
        beast::get_lowest_layer(m_stream).expires_after(m_shared.limits.headerTimeout);
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
                                 [self = this->shared_from_this()](error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(error_code ec)
    {
        if (ec == bhttp::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset) {
            return close();
        }
        if (ec == beast::error::timeout) {
            m_shared.metrics.timedOut.fetch_add(1);
            return close();
        }
        if (ec == bhttp::error::header_limit) {
            m_shared.metrics.refusedTooLarge.fetch_add(1);
            return refuse(edgeError(Status::RequestHeaderFieldsTooLarge, "headers_too_large", "the request headers are too large"));
        }
        if (ec) {
            m_shared.metrics.badRequests.fetch_add(1);
            return refuse(edgeError(Status::BadRequest, "bad_request", "that is not a valid HTTP request"));
        }
        const auto &message = m_parser->get();
        const QByteArray target(message.target().data(), qsizetype(message.target().size()));
        const qsizetype question = target.indexOf('?');
        const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(target.left(question < 0 ? target.size() : question)));
        if (m_shared.router.isWebSocketPath(path) && websocket::is_upgrade(message)) {
            return upgrade();
        }
        const Method method = methodFromName(QByteArrayView(message.method_string().data(), qsizetype(message.method_string().size())));
        const auto limit = std::uint64_t(std::max<qsizetype>(0, m_shared.router.bodyLimit(method, path)));
        if (const auto declared = m_parser->content_length(); declared && *declared > limit) {
            m_shared.metrics.refusedTooLarge.fetch_add(1);
            return refuse(edgeError(Status::PayloadTooLarge, "payload_too_large", "the request body is too large"));
        }
        m_parser->body_limit(limit);
        if (m_parser->is_done()) {
            return onBody({});
        }
        beast::get_lowest_layer(m_stream).expires_after(m_shared.limits.bodyTimeout);
        bhttp::async_read(m_stream, m_buffer, *m_parser,
                          [self = this->shared_from_this()](error_code ec, std::size_t) { self->onBody(ec); });
    }

    void onBody(error_code ec)
    {
        if (ec == bhttp::error::body_limit) {
            m_shared.metrics.refusedTooLarge.fetch_add(1);
            return refuse(edgeError(Status::PayloadTooLarge, "payload_too_large", "the request body is too large"));
        }
        if (ec == beast::error::timeout) {
            m_shared.metrics.timedOut.fetch_add(1);
            return close();
        }
        if (ec) {
            m_shared.metrics.badRequests.fetch_add(1);
            return close();
        }
        beast::get_lowest_layer(m_stream).expires_never(); // the application's time is not the client's
        m_keepAlive = m_parser->get().keep_alive();
        Request request = toRequest(m_parser->release(), m_remote);
        if (!m_shared.limits.trustedProxy.isNull() && m_remote.isEqual(m_shared.limits.trustedProxy)) {
            // Behind our own proxy: throttles and audit need the client's address, not the proxy's.
            if (const QHostAddress client(QString::fromLatin1(request.value("X-Real-IP"))); !client.isNull()) {
                request.remote = client;
            }
        }
        m_parser.reset();
        m_shared.metrics.requests.fetch_add(1);
        m_shared.metrics.inFlight.fetch_add(1);
        m_awaitingAnswer = true;
        const Responder responder([self = this->shared_from_this()](Response response) {
            net::post(self->m_stream.get_executor(),
                      [self, response = std::move(response)]() mutable { self->answer(std::move(response)); });
        });
        m_shared.toApp([&router = m_shared.router, request = std::move(request), responder] { router.dispatch(request, responder); });
    }

    void answer(Response response)
    {
        if (m_awaitingAnswer) {
            m_awaitingAnswer = false;
            m_shared.metrics.inFlight.fetch_sub(1);
        }
        write(std::move(response), m_keepAlive && !m_shared.stopping.load());
    }

    // Answers at once from the edge and closes: the rest of the request is not read.
    void refuse(Response response)
    {
        m_shared.router.addStandardHeaders(response);
        write(std::move(response), false, true);
    }

    void write(Response response, bool keepAlive, bool linger = false)
    {
        auto message = std::make_shared<bhttp::response<bhttp::string_body>>(bhttp::int_to_status(unsigned(response.status())), 11);
        for (const Header &header : response.headers()) {
            if (header.second.contains('\r') || header.second.contains('\n')) {
                continue; // never let a value start a header of its own
            }
            message->set(beast::string_view(header.first.constData(), std::size_t(header.first.size())),
                         beast::string_view(header.second.constData(), std::size_t(header.second.size())));
        }
        message->body() = toStd(response.body());
        message->keep_alive(keepAlive);
        message->prepare_payload();
        beast::get_lowest_layer(m_stream).expires_after(m_shared.limits.writeTimeout);
        bhttp::async_write(m_stream, *message, [self = this->shared_from_this(), message, keepAlive, linger](error_code ec, std::size_t) {
            if (ec) {
                self->countTimeout(ec);
                return;
            }
            if (keepAlive) {
                self->readHeader();
            } else if (linger) {
                self->lingerThenClose();
            } else {
                self->close();
            }
        });
    }

    void upgrade()
    {
        auto session = std::make_shared<StreamSession<Stream>>(std::move(m_stream), m_shared, m_remote, std::move(m_slot));
        session->run(m_parser->release());
    }

    // After a refusal the client may still be sending the body it announced.
    // Closing now would reset the connection before it reads our answer, so
    // read and discard (nothing is kept: one 4 KiB buffer) for at most 5 s and
    // 16 MiB, as nginx's lingering close does, then close.
    void lingerThenClose()
    {
        if constexpr (Tls) {
            close();
        } else {
            error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
            m_stream.expires_after(std::chrono::seconds(5));
            discard();
        }
    }

    void discard()
    {
        if constexpr (!Tls) {
            m_stream.async_read_some(net::buffer(m_discard), [self = this->shared_from_this()](error_code ec, std::size_t n) {
                self->m_discarded += n;
                if (!ec && self->m_discarded < 16 * 1024 * 1024) {
                    self->discard();
                }
            });
        }
    }

    void close()
    {
        if constexpr (Tls) {
            beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
            m_stream.async_shutdown([self = this->shared_from_this()](error_code) {
                error_code ignored;
                beast::get_lowest_layer(self->m_stream).socket().close(ignored);
            });
        } else {
            error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
    }

    Stream m_stream;
    Shared &m_shared;
    ConnectionLimiter::Slot m_slot;
    QHostAddress m_remote;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    bool m_keepAlive = false;
    bool m_awaitingAnswer = false;
    std::array<char, 4096> m_discard{};
    std::size_t m_discarded = 0;
};

} // namespace

// ---------------------------------------------------------------- the edge

struct Edge::Impl
{
    Impl(const HttpRouter &router, StreamListener &streams, Metrics &metrics, EdgeLimits limits)
        : shared{router, streams, metrics, limits, nullptr, std::nullopt,
                 ConnectionLimiter(limits.maxConnections, limits.maxConnectionsPerAddress, metrics.connections), {}, {}},
          io(limits.ioThreads), acceptor(net::make_strand(io))
    {
    }

    void accept()
    {
        acceptor.async_accept(net::make_strand(io), [this](error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted || !acceptor.is_open()) {
                return;
            }
            if (!ec) {
                admit(std::move(socket));
            }
            accept();
        });
    }

    void admit(tcp::socket socket)
    {
        error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        const auto remote = socket.remote_endpoint(ignored).address().to_string();
        auto slot = shared.limiter.acquire(remote);
        if (!slot) {
            shared.metrics.connectionsRefused.fetch_add(1);
            socket.close(ignored);
            return;
        }
        if (shared.tls) {
            std::make_shared<HttpSession<true>>(std::move(socket), shared, std::move(*slot))->start();
        } else {
            std::make_shared<HttpSession<false>>(std::move(socket), shared, std::move(*slot))->start();
        }
    }

    // Order matters: sessions still queued in `io` die with it and give their
    // connection slot back to `shared`, so `shared` is declared first and goes last.
    Shared shared;
    net::io_context io;
    // Keeps the I/O threads running when nothing is pending on a socket (a
    // request waiting for its answer after the acceptor closed, in a drain).
    net::executor_work_guard<net::io_context::executor_type> keepRunning = net::make_work_guard(io);
    tcp::acceptor acceptor;
    std::vector<std::thread> threads;
    std::unique_ptr<QObject> app = std::make_unique<QObject>(); // lives on the constructing thread
};

Edge::Edge(const HttpRouter &router, StreamListener &streams, Metrics &metrics, EdgeLimits limits)
    : m_impl(std::make_unique<Impl>(router, streams, metrics, limits))
{
    m_impl->shared.app = m_impl->app.get();
}

Edge::~Edge()
{
    stop();
    // Work posted to the application thread holds responders; dropping it now
    // (with the QObject) answers them into a stopped io_context, before it goes.
    m_impl->app.reset();
}

quint16 Edge::listen(const QHostAddress &address, quint16 port, const std::optional<TlsFiles> &tls)
{
    try {
        if (tls) {
            auto &context = m_impl->shared.tls.emplace(net::ssl::context::tls_server);
            context.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                                net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                                net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
            context.use_certificate_chain_file(tls->certificateChain.toStdString());
            context.use_private_key_file(tls->privateKey.toStdString(), net::ssl::context::pem);
        }
        const tcp::endpoint endpoint(net::ip::make_address(address.toString().toStdString()), port);
        auto &acceptor = m_impl->acceptor;
        acceptor.open(endpoint.protocol());
        acceptor.set_option(net::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(net::socket_base::max_listen_connections);
    } catch (const boost::system::system_error &error) {
        throw ListenError("cannot listen on " + address.toString().toStdString() + ":" + std::to_string(port) + " (" +
                          error.what() + ")");
    }
    const quint16 bound = m_impl->acceptor.local_endpoint().port();
    m_impl->accept();
    for (int i = 0; i < std::max(1, m_impl->shared.limits.ioThreads); ++i) {
        m_impl->threads.emplace_back([this] { m_impl->io.run(); });
    }
    return bound;
}

void Edge::stopAccepting()
{
    m_impl->shared.stopping = true;
    net::post(m_impl->acceptor.get_executor(), [this] {
        error_code ignored;
        m_impl->acceptor.close(ignored);
    });
}

std::int64_t Edge::inFlight() const
{
    return m_impl->shared.metrics.inFlight.load();
}

void Edge::stop()
{
    m_impl->shared.stopping = true;
    m_impl->keepRunning.reset();
    m_impl->io.stop();
    for (std::thread &thread : m_impl->threads) {
        thread.join();
    }
    m_impl->threads.clear();
}

} // namespace cb::server::http
