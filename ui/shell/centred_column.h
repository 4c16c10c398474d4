#pragma once

class QVBoxLayout;
class QWidget;

namespace cb::ui {

// Lays `page` out as one fixed-width column, centred horizontally and a third
// of the way down, and returns the column's layout to fill. Stretches, not
// alignment flags, centre it: word-wrapped labels then get their real width.
QVBoxLayout *centredColumn(QWidget *page, int width);

} // namespace cb::ui
