#pragma once

#include "core/crypto/secret_bytes.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace cb::ui {

// Where a person was when the screen locked: the view, the search, the open
// conversation and the half-written reply. Kept only in locked memory
// (SecretBytes: mlocked, zeroed when dropped) while the workstation is locked,
// never on disk, and dropped at sign-out; unlocking puts it all back.
struct WorkspaceMemo
{
    int view = 3;                   // client::InboxView
    QString search;
    std::int64_t conversationId = 0;
    QString draft;
    bool note = false;
    bool portal = false;

    crypto::SecretBytes seal() const;
    static std::optional<WorkspaceMemo> open(const crypto::SecretBytes &sealed);
};

} // namespace cb::ui
