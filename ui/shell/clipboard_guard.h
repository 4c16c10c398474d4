#pragma once

namespace cb::ui {

// Empties what Carebridge put on the clipboard, on lock and sign-out: the
// clipboard (Ctrl+C) and, on X11, the PRIMARY selection, which holds whatever
// was last highlighted and pastes with a middle click into any other program
// (security review, finding 10). What other programs own is left alone.
void clearOwnedClipboards();

} // namespace cb::ui
