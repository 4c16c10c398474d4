// The HTTP edge's parsing, as bytes from a socket reach it: Boost.Beast's
// request parser with the edge's header limit and a body limit, then the
// conversion every route sees (http::toRequest) and the reads routes make of it.
#include "server/http/api_response.h"
#include "server/http/edge_parts.h"

#include <boost/beast/http.hpp>

#include <cstdint>

namespace bhttp = boost::beast::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(16 * 1024);
    parser.body_limit(64 * 1024);
    parser.eager(true);
    boost::beast::error_code ec;
    std::size_t used = 0;
    while (used < size && !parser.is_done()) {
        const std::size_t n = parser.put(boost::asio::buffer(data + used, size - used), ec);
        if (ec == bhttp::error::need_more) {
            ec = {};
            if (n == 0) {
                break;
            }
        }
        if (ec) {
            return 0;
        }
        used += n;
        if (n == 0) {
            break;
        }
    }
    if (!parser.is_done()) {
        parser.put_eof(ec);
        if (ec || !parser.is_done()) {
            return 0;
        }
    }
    const cb::server::http::Request request =
        cb::server::http::edge::toRequest(parser.release(), QHostAddress(QStringLiteral("203.0.113.9")));
    (void)request.value("authorization");
    (void)request.value("x-hub-signature-256");
    (void)request.query().queryItemValue(QStringLiteral("offset"));
    (void)cb::server::jsonBody(request);
    return 0;
}
