#include "server/http/edge.h"

#include "server/http/edge_parts.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/strand.hpp>

#include <thread>
#include <vector>

namespace cb::server::http {

using namespace edge;

// ---------------------------------------------------------------- the edge

struct Edge::Impl
{
    Impl(const HttpRouter &router, StreamListener &streams, Metrics &metrics, EdgeLimits limits, BodyBudget &bodies)
        : shared{router, streams, metrics, limits, bodies, nullptr,
                 ConnectionLimiter(limits.maxConnections, limits.maxConnectionsPerAddress,
                                   std::max(1, limits.maxConnections - limits.webhookReserve), metrics.connections),
                 {}, {}, false, {}, {}},
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
        const QHostAddress remote = qtAddress(socket);
        const bool fromProxy = !shared.limits.trustedProxy.isNull() && remote.isEqual(shared.limits.trustedProxy);
        auto slot = shared.limiter.admit(addressKey(remote), fromProxy);
        if (!slot) {
            shared.metrics.connectionsRefused.fetch_add(1);
            socket.close(ignored);
            return;
        }
        if (shared.tlsEnabled) {
            startTlsSession(std::move(socket), shared, std::move(*slot));
        } else {
            startPlainSession(std::move(socket), shared, std::move(*slot));
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

namespace {
std::shared_ptr<net::ssl::context> tlsContextFor(const TlsFiles &files)
{
    auto context = std::make_shared<net::ssl::context>(net::ssl::context::tls_server);
    context->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 | net::ssl::context::no_sslv3 |
                         net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
    context->use_certificate_chain_file(files.certificateChain.toStdString());
    context->use_private_key_file(files.privateKey.toStdString(), net::ssl::context::pem);
    return context;
}
} // namespace

void Edge::reloadTls(const TlsFiles &files)
{
    if (!m_impl->shared.tlsEnabled) {
        return;
    }
    std::shared_ptr<net::ssl::context> fresh;
    try {
        fresh = tlsContextFor(files); // a bad file leaves the old certificate serving
    } catch (const boost::system::system_error &error) {
        throw ListenError("cannot load the TLS certificate and key (" + std::string(error.what()) + ")");
    }
    const std::lock_guard lock(m_impl->shared.tlsMutex);
    m_impl->shared.tlsContext = std::move(fresh);
}

Edge::Edge(const HttpRouter &router, StreamListener &streams, Metrics &metrics, EdgeLimits limits, BodyBudget &bodies)
    : m_impl(std::make_unique<Impl>(router, streams, metrics, limits, bodies))
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
            m_impl->shared.tlsContext = tlsContextFor(*tls);
            m_impl->shared.tlsEnabled = true;
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
