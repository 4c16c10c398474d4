#include "server/store/postgres/pg_error.h"

#include <libpq-fe.h>

#include <cstring>
#include <string>

namespace cb::store::pg {

StoreError::Kind kindOfState(const char *sqlState)
{
    const std::string state = sqlState ? sqlState : "";
    const std::string klass = state.substr(0, 2);
    if (klass == "08" || klass == "53" || klass == "57" || state == "25006" || state == "40001" ||
        state == "40P01" || state == "55P03") {
        return StoreError::Kind::Busy;
    }
    return StoreError::Kind::Sql;
}

void throwResultError(pg_result *result, const char *what)
{
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const std::string klass = state ? std::string(state, std::min<std::size_t>(2, std::strlen(state))) : "";
    std::string text = std::string(what) + ": SQLSTATE " + (state ? state : "none");
    // Syntax, access and connection failures name SQL and objects, never values.
    if (klass == "42" || klass == "08" || klass == "57" || klass == "53" || klass == "25" || klass == "40") {
        if (const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) {
            text += std::string(", ") + primary;
        }
    }
    if (const char *constraint = PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME)) {
        text += std::string(", constraint ") + constraint;
    }
    if (const char *table = PQresultErrorField(result, PG_DIAG_TABLE_NAME)) {
        text += std::string(", table ") + table;
    }
    const StoreError::Kind kind = state ? kindOfState(state) : StoreError::Kind::Io;
    PQclear(result);
    throw StoreError(kind, text);
}

void throwConnectionError(pg_conn *conn, const char *conninfo, const char *what)
{
    std::string message = conn ? PQerrorMessage(conn) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    // libpq never prints the password, but it may quote the connection string it
    // could not parse: take the password out wherever it appears.
    char *error = nullptr;
    if (PQconninfoOption *options = PQconninfoParse(conninfo, &error)) {
        for (PQconninfoOption *option = options; option->keyword; ++option) {
            if (option->val && std::strcmp(option->keyword, "password") == 0 && *option->val) {
                for (std::size_t at = message.find(option->val); at != std::string::npos; at = message.find(option->val)) {
                    message.replace(at, std::strlen(option->val), "***");
                }
            }
        }
        PQconninfoFree(options);
    } else {
        PQfreemem(error);
        message = "the store URL is not in libpq's form (postgresql://… or key=value)";
    }
    throw StoreError(StoreError::Kind::Io, std::string(what) + ": " + message);
}

} // namespace cb::store::pg
