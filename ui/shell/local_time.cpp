#include "ui/shell/local_time.h"

#include <QCoreApplication>
#include <QLocale>

namespace cb::ui::localtime {

namespace {
QString dayWords(const QDate &day, const QDate &today)
{
    if (day == today) {
        return {};
    }
    if (day == today.addDays(-1)) {
        return QCoreApplication::translate("localtime", "Yesterday");
    }
    if (day == today.addDays(1)) {
        return QCoreApplication::translate("localtime", "Tomorrow");
    }
    if (std::abs(day.daysTo(today)) < 7) {
        return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    }
    return QLocale().toString(day, QLocale::ShortFormat);
}
} // namespace

QString brief(std::int64_t ms, const QDateTime &now)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QString day = dayWords(when.date(), now.toLocalTime().date());
    return day.isEmpty() ? QLocale().toString(when.time(), QLocale::ShortFormat) : day;
}

QString withTime(std::int64_t ms, const QDateTime &now)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QString day = dayWords(when.date(), now.toLocalTime().date());
    const QString time = QLocale().toString(when.time(), QLocale::ShortFormat);
    return day.isEmpty() ? time : day + QLatin1Char(' ') + time;
}

} // namespace cb::ui::localtime
