#pragma once

class QValueAxis;

namespace cb::ui {

// The value axis of a chart of counts: whole numbers only, each once (a range of
// 0…2 with five ticks read "0, 0, 1, 1, 2"), at most six ticks, and room above
// the highest bar for its label.
struct CountScale
{
    int top = 1;
    int ticks = 2;
};
CountScale countScale(double highest);
QValueAxis *countAxis(double highest);

} // namespace cb::ui
