#pragma once

#include <stdexcept>

namespace cb::server {

// A backup, verification or restore that cannot go on; what() is one sentence
// an administrator can act on.
class BackupError : public std::runtime_error
{
    using std::runtime_error::runtime_error;
};

} // namespace cb::server
