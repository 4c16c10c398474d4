#pragma once

namespace cb::platform {

// Every Carebridge process calls this first: no core dumps (they would write
// keys and patient data to disk) and no ptrace attach from other processes.
// Returns false if the kernel refused; callers log that and carry on.
bool disableCoreDumps();

// Files and folders we create are private to the user running the process
// (umask 077): stores, keys and logs are never group- or world-readable.
void restrictNewFilesToOwner();

} // namespace cb::platform
