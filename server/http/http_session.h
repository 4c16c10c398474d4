#pragma once

#include "server/http/edge_parts.h"
#include "server/http/stream_session.h"

#include <boost/beast/ssl.hpp>

#include <array>
#include <type_traits>

namespace cb::server::http::edge {

// One HTTP/1.1 connection (TLS or not): reads a request within the limits,
// hands it to the application thread, writes the answer, keeps alive or closes;
// an upgrade to /api/v1/events becomes a StreamSession.
template <bool Tls>
class HttpSession : public std::enable_shared_from_this<HttpSession<Tls>>
{
public:
    using Stream = std::conditional_t<Tls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

    HttpSession(tcp::socket &&socket, Shared &shared, ConnectionLimiter::Slot slot)
        : m_stream(makeStream(std::move(socket), shared)), m_shared(shared), m_slot(std::move(slot)),
          m_remote(qtAddress(beast::get_lowest_layer(m_stream).socket())),
          m_fromProxy(!shared.limits.trustedProxy.isNull() && m_remote.isEqual(shared.limits.trustedProxy))
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
            return Stream(std::move(socket), *shared.currentTls());
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
        m_lingerBytes = StrangerLingerBytes;
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
        const auto header = [&message](const char *name) {
            const auto value = message[beast::string_view(name)];
            return QByteArray(value.data(), qsizetype(value.size()));
        };
        m_client = m_remote;
        if (m_fromProxy) {
            // Behind our own proxy: caps, throttles and audit need the client's address, not the proxy's.
            if (const QHostAddress client(QString::fromLatin1(header("x-real-ip"))); !client.isNull()) {
                m_client = client;
            }
        }
        // Meta's webhook takes no place among requests and streams: it keeps capacity of its own.
        if (!m_shared.router.isReservedPath(path)) {
            auto work = m_shared.limiter.beginWork(m_fromProxy ? addressKey(m_client) : std::string());
            if (!work) {
                m_shared.metrics.connectionsRefused.fetch_add(1);
                return refuse(busy());
            }
            m_work = std::move(*work);
        }
        if (m_shared.router.isWebSocketPath(path) && websocket::is_upgrade(message)) {
            return upgrade();
        }
        const Method method = methodFromName(QByteArrayView(message.method_string().data(), qsizetype(message.method_string().size())));
        // The route decides from the credentials: a stranger's body is small.
        const auto limit = std::uint64_t(std::max<qsizetype>(0, m_shared.router.bodyLimit(method, path, header)));
        const auto declared = m_parser->content_length();
        // A refused body is read and thrown away so the client can read our 413:
        // up to 16 MiB for a caller the route gave more room than a stranger's
        // small form (credentials, or Meta's signature), 64 KiB for a stranger,
        // whose flood then costs little.
        m_lingerBytes = limit > StrangerBodyLimit ? CredentialedLingerBytes : StrangerLingerBytes;
        if (declared && *declared > limit) {
            m_shared.metrics.refusedTooLarge.fetch_add(1);
            return refuse(edgeError(Status::PayloadTooLarge, "payload_too_large", "the request body is too large"));
        }
        // What this body may grow to is reserved before a byte of it is read.
        if (!m_shared.bodies.reserve(std::int64_t(declared ? *declared : limit), &m_bodyTicket)) {
            m_shared.metrics.refusedBodyMemory.fetch_add(1);
            return refuse(busy());
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
        Request request = toRequest(m_parser->release(), m_client);
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
        m_bodyTicket.release();
        m_work.release();
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

    static Response busy()
    {
        Response response = edgeError(Status::ServiceUnavailable, "busy", "the server is busy; try again shortly");
        response.setHeader("Retry-After", "2");
        return response;
    }

    void upgrade()
    {
        auto session = std::make_shared<StreamSession<Stream>>(std::move(m_stream), m_shared, m_client, std::move(m_slot),
                                                               std::move(m_work));
        session->run(m_parser->release());
    }

    // Where discarded bytes go: one 64 KiB sink for every connection (nothing
    // ever reads it), so a refused 14 MiB body costs a few hundred reads, not
    // thousands, and no connection holds a buffer of its own for it.
    static std::array<char, 64 * 1024> &discardSink()
    {
        static std::array<char, 64 * 1024> sink{};
        return sink;
    }

    // After a refusal the client may still be sending the body it announced.
    // Closing now would reset the connection before it reads our answer, so
    // read and discard (nothing is kept: the shared sink) for at most 5 s and
    // m_lingerBytes (16 MiB at most), as nginx's lingering close does, then close.
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
            m_stream.async_read_some(net::buffer(discardSink()), [self = this->shared_from_this()](error_code ec, std::size_t n) {
                self->m_discarded += n;
                if (!ec && self->m_discarded < self->m_lingerBytes) {
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
    ConnectionLimiter::Slot m_work;    // this request's place among requests and streams
    BodyBudget::Ticket m_bodyTicket;   // this request's share of the body memory budget
    QHostAddress m_remote;
    bool m_fromProxy = false;
    QHostAddress m_client;             // who the request is from (the proxy's X-Real-IP, or the peer)
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    bool m_keepAlive = false;
    bool m_awaitingAnswer = false;
    std::size_t m_discarded = 0;
    // Refusals before the route has looked at the credentials (bad or huge headers,
    // no place for more work) linger like a stranger's.
    static constexpr std::size_t StrangerLingerBytes = 64 * 1024;
    static constexpr std::size_t CredentialedLingerBytes = 16 * 1024 * 1024;
    std::size_t m_lingerBytes = StrangerLingerBytes;
    static constexpr std::uint64_t StrangerBodyLimit = 4 * 1024; // the most any route gives a caller without credentials
};


} // namespace cb::server::http::edge
