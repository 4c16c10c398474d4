// The dashboard's bar charts (DashboardView::barChart), apart from the view's layout.
#include "ui/admin/dashboard_view.h"

#include "ui/admin/count_axis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace cb::ui {

QChartView *DashboardView::barChart(const QString &name, const QString &title,
                                    const QList<Figure> &bars)
{
    // Horizontal bars: each category's words get the width on the left instead
    // of a narrow column under its bar, where they were cut off. Qt draws the
    // first category at the bottom, so the figures go in reversed to read top-down.
    auto *set = new QBarSet(title);
    QStringList categories;
    double highest = 1;
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        *set << bar->value;
        categories << (bar->chartLabel.isEmpty() ? bar->label : bar->chartLabel);
        highest = std::max(highest, bar->value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(
        false); // the plot gives way to the words, never the words to the plot
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = countAxis(highest);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for every bar and its words, in the font's own units (200 % scale too).
    view->setFixedHeight(view->fontMetrics().lineSpacing() * (6 + 2 * int(bars.size())));
    view->setAccessibleName(title);
    connect(set, &QBarSet::clicked, this, [this, bars](int index) {
        const qsizetype figure = bars.size() - 1 - index;
        if (index >= 0 && figure >= 0 && !bars[figure].drillDown.isEmpty()) {
            showConversations(bars[figure].drillDown, bars[figure].label);
        }
    });
    return view;
}

} // namespace cb::ui
