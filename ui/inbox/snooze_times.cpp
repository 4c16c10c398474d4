#include "ui/inbox/snooze_times.h"

#include <QTimeZone>

namespace cb::ui {

QDateTime snoozeUntil(SnoozeChoice choice, const QDateTime &now)
{
    const QTime morning(8, 0);
    switch (choice) {
    case SnoozeChoice::OneHour: return now.addSecs(3600);
    case SnoozeChoice::NextWorkingDayMorning: {
        QDate day = now.date().addDays(1);
        while (day.dayOfWeek() > 5) { // Saturday 6, Sunday 7
            day = day.addDays(1);
        }
        return QDateTime(day, morning, now.timeZone());
    }
    case SnoozeChoice::NextMonday: {
        const int daysAhead = 8 - now.date().dayOfWeek(); // Monday is 1; from Monday, a week on
        return QDateTime(now.date().addDays(daysAhead), morning, now.timeZone());
    }
    }
    return now;
}

} // namespace cb::ui
