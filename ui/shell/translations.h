#pragma once

#include <QLocale>

class QCoreApplication;

namespace cb::ui {

// Installs Carebridge's translation for `locale`, or the English one, and Qt's
// own for the standard dialog buttons when the system has it.
// Returns true if a translation was found and installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace cb::ui
