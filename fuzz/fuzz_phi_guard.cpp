// PhiGuard on any text staff could type or paste: normalisation (NFKC, format
// characters, look-alikes, letter-spacing) and every rule.
#include "core/policy/phi_guard.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 8192) { // the composer's limit is far below this
        return 0;
    }
    static const cb::policy::PhiGuard guard({QStringLiteral("200 Harbor Street")});
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)cb::policy::PhiGuard::normalise(text);
    (void)guard.check(text);
    return 0;
}
