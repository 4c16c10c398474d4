#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cb::bench {

// A small HTTP/1.1 load client for the benchmarks: blocking sockets on plain
// threads, keep-alive connections, one request in flight per connection. The
// same client measures our server and nginx, so their ratio means something.
struct LoadResult
{
    std::uint64_t ok = 0;      // 2xx answers
    std::uint64_t failed = 0;  // anything else, or a broken connection
    double seconds = 0;
    std::vector<double> latenciesMs; // every answer, 2xx or not

    double perSecond() const { return seconds > 0 ? double(ok) / seconds : 0; }
    double percentile(double p) const;
};

struct LoadPlan
{
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::string method = "POST";
    std::string path = "/";
    int connections = 16;
    std::chrono::milliseconds duration{10000};
    double ratePerSecond = 0; // 0: as fast as answers come (closed loop)
    // Request `n`'s body and extra header lines ("Name: value\r\n"), made before the clock starts.
    std::function<std::pair<QByteArray, QByteArray>(std::uint64_t n)> request;
    int prepared = 40000;     // how many distinct requests to make up front
    bool cycle = false;       // reuse them when they run out (a server that ignores the body)
};

// Runs the plan. With a rate, request i is due at start + i/rate and its latency
// counts from when it was due (no coordinated omission).
LoadResult runLoad(const LoadPlan &plan);

} // namespace cb::bench
