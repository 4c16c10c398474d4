#include "bench/load_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace cb::bench {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

double LoadResult::percentile(double p) const
{
    if (latenciesMs.empty()) {
        return 0;
    }
    std::vector<double> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const auto index = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
    return sorted[index];
}

namespace {
// Reads one response; returns its status, or 0 if the connection broke.
int readResponse(tcp::socket &socket, asio::streambuf &buffer)
{
    boost::system::error_code ec;
    const std::size_t headerEnd = asio::read_until(socket, buffer, "\r\n\r\n", ec);
    if (ec) {
        return 0;
    }
    std::string header(asio::buffers_begin(buffer.data()), asio::buffers_begin(buffer.data()) + std::ptrdiff_t(headerEnd));
    buffer.consume(headerEnd);
    const int status = header.size() > 12 ? std::atoi(header.c_str() + 9) : 0;
    std::transform(header.begin(), header.end(), header.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    std::size_t length = 0;
    if (const auto at = header.find("content-length:"); at != std::string::npos) {
        length = std::size_t(std::atoll(header.c_str() + at + 15));
    }
    if (buffer.size() < length) {
        asio::read(socket, buffer, asio::transfer_exactly(length - buffer.size()), ec);
        if (ec) {
            return 0;
        }
    }
    buffer.consume(length);
    return status;
}
} // namespace

LoadResult runLoad(const LoadPlan &plan)
{
    std::vector<QByteArray> requests;
    requests.reserve(std::size_t(plan.prepared));
    for (int n = 0; n < plan.prepared; ++n) {
        const auto [body, headers] = plan.request(std::uint64_t(n));
        requests.push_back(QByteArray::fromStdString(plan.method) + ' ' + QByteArray::fromStdString(plan.path) + " HTTP/1.1\r\nHost: " +
                           QByteArray::fromStdString(plan.host) + "\r\nContent-Type: application/json\r\nContent-Length: " +
                           QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body);
    }

    LoadResult total;
    std::mutex merge;
    std::atomic<std::uint64_t> next{0};
    const Clock::time_point start = Clock::now();
    const Clock::time_point end = start + plan.duration;
    std::vector<std::thread> threads;
    for (int c = 0; c < plan.connections; ++c) {
        threads.emplace_back([&] {
            asio::io_context io;
            tcp::socket socket(io);
            asio::streambuf buffer;
            LoadResult mine;
            auto connect = [&] {
                boost::system::error_code ec;
                socket = tcp::socket(io);
                socket.connect(tcp::endpoint(asio::ip::make_address(plan.host), plan.port), ec);
                socket.set_option(tcp::no_delay(true), ec);
                buffer.consume(buffer.size());
                return !ec;
            };
            bool connected = connect();
            for (;;) {
                const std::uint64_t n = next.fetch_add(1);
                Clock::time_point due = Clock::now();
                if (plan.ratePerSecond > 0) {
                    due = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(double(n) / plan.ratePerSecond));
                    std::this_thread::sleep_until(due);
                }
                if (due >= end || (n >= requests.size() && !plan.cycle)) {
                    break;
                }
                if (!connected) {
                    connected = connect();
                }
                boost::system::error_code ec;
                const QByteArray &request = requests[n % requests.size()];
                asio::write(socket, asio::buffer(request.constData(), std::size_t(request.size())), ec);
                const int status = ec ? 0 : readResponse(socket, buffer);
                mine.latenciesMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - due).count());
                if (status >= 200 && status < 300) {
                    ++mine.ok;
                } else {
                    ++mine.failed;
                    connected = false;
                }
            }
            const std::lock_guard lock(merge);
            total.ok += mine.ok;
            total.failed += mine.failed;
            total.latenciesMs.insert(total.latenciesMs.end(), mine.latenciesMs.begin(), mine.latenciesMs.end());
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    total.seconds = std::chrono::duration<double>(std::min(Clock::now(), end) - start).count();
    return total;
}

} // namespace cb::bench
