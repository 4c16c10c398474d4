#include "ui/shell/centred_column.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace cb::ui {

QVBoxLayout *centredColumn(QWidget *page, int width)
{
    auto *column = new QWidget(page);
    column->setFixedWidth(width);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();

    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return columnLayout;
}

} // namespace cb::ui
