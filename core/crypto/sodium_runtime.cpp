#include "core/crypto/sodium_runtime.h"

#include <sodium.h>

#include <stdexcept>

namespace cb::crypto {

void ensureSodium()
{
    // sodium_init() is thread-safe and returns 1 once it is already initialised.
    static const int status = sodium_init();
    if (status < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

} // namespace cb::crypto
