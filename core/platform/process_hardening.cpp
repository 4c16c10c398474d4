#include "core/platform/process_hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace cb::platform {

bool disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limitSet = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool dumpableCleared = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limitSet && dumpableCleared;
}

void restrictNewFilesToOwner()
{
    ::umask(077);
}

} // namespace cb::platform
