#include "ui/shell/clipboard_guard.h"

#include <QApplication>
#include <QClipboard>

namespace cb::ui {

void clearOwnedClipboards()
{
    QClipboard *clipboard = QApplication::clipboard();
    if (clipboard->ownsClipboard()) {
        clipboard->clear(QClipboard::Clipboard);
    }
    if (clipboard->supportsSelection() && clipboard->ownsSelection()) {
        clipboard->clear(QClipboard::Selection);
    }
}

} // namespace cb::ui
