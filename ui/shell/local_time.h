#pragma once

#include <QDateTime>
#include <QString>

// Times as the person reading reads them: their locale's clock (12 or 24 hour),
// their language's day names, and words for today and yesterday.
namespace cb::ui::localtime {

// For a list: "4:05 PM" today, "Yesterday", a day name within the week, else a short date.
QString brief(std::int64_t ms, const QDateTime &now = QDateTime::currentDateTime());
// A moment with its time: "4:05 PM" today, "Yesterday 4:05 PM", "Tue 4:05 PM", "3/7/26 4:05 PM".
QString withTime(std::int64_t ms, const QDateTime &now = QDateTime::currentDateTime());

} // namespace cb::ui::localtime
