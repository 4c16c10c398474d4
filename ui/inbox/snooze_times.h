#pragma once

#include <QDateTime>

namespace cb::ui {

// The snooze choices a person picks from, as local times.
enum class SnoozeChoice { OneHour, NextWorkingDayMorning, NextMonday };

// When a snooze picked at `now` ends: an hour later, the next working day at 8:00
// (Monday after a Friday, Saturday or Sunday: "tomorrow" on a Saturday meant a
// Sunday nobody works), or the next Monday at 8:00 (a week on if today is Monday).
QDateTime snoozeUntil(SnoozeChoice choice, const QDateTime &now);

} // namespace cb::ui
