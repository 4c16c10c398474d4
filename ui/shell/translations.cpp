#include "ui/shell/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cb::ui {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    // Without a translation for the locale (or with the C locale), English: its
    // file still matters, it holds the plural forms ("1 second", "2 seconds").
    if (!translator->load(locale, QStringLiteral("carebridge"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !translator->load(QStringLiteral("carebridge_en"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace cb::ui
