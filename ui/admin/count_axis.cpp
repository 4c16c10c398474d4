#include "ui/admin/count_axis.h"

#include <QValueAxis>

#include <cmath>

namespace cb::ui {

CountScale countScale(double highest)
{
    // Headroom for the value printed on the highest bar.
    const int needed = std::max(1, int(std::ceil(highest * 1.15)));
    if (needed <= 5) {
        return {needed, needed + 1}; // one tick per whole number
    }
    const int step = int(std::ceil(needed / 5.0));
    return {step * 5, 6};
}

QValueAxis *countAxis(double highest)
{
    const CountScale scale = countScale(highest);
    auto *axis = new QValueAxis;
    axis->setRange(0, scale.top);
    axis->setTickCount(scale.ticks);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace cb::ui
