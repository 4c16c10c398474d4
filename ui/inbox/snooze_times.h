#pragma once

#include <QDateTime>

namespace cb::ui {

// The snooze choices a person picks from, as local times.
enum class SnoozeChoice { OneHour, TomorrowMorning, NextMonday };

// When a snooze picked at `now` ends: an hour later, tomorrow at 8:00, or the
// next Monday at 8:00 (a week on if today is Monday).
QDateTime snoozeUntil(SnoozeChoice choice, const QDateTime &now);

} // namespace cb::ui
