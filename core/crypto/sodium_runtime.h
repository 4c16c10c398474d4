#pragma once

namespace cb::crypto {

// Initialises libsodium once per process. Every crypto entry point calls it, so
// callers never have to remember; throws std::runtime_error if libsodium cannot start.
void ensureSodium();

} // namespace cb::crypto
