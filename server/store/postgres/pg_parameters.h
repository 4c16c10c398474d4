#pragma once

#include <string>
#include <string_view>

namespace cb::store::pg {

// The repositories write SQLite's positional `?`; PostgreSQL numbers its
// parameters `$1, $2, …`. Rewrites each `?` outside string literals, quoted
// identifiers and comments, so one SQL text serves both engines (issue 23).
// `count` receives how many parameters the statement has.
std::string numberedParameters(std::string_view sql, int *count = nullptr);

} // namespace cb::store::pg
