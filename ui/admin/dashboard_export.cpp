// The dashboard's figures as CSV (DashboardView::exportCsv).
#include "ui/admin/dashboard_view.h"

#include <QDateTime>
#include <QSaveFile>

namespace cb::ui {

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

bool DashboardView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    QString csv = QStringLiteral("figure,label,value\n");
    csv += QStringLiteral("period.from,%1,%2\n")
               .arg(csvField(tr("Period from (UTC)")),
                    QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC).toString(Qt::ISODate));
    csv += QStringLiteral("period.to,%1,%2\n")
               .arg(csvField(tr("Period to (UTC)")),
                    QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC).toString(Qt::ISODate));
    for (const Figure &figure : m_figures) {
        // Plain numbers for spreadsheets: shares as fractions, times in minutes.
        csv += QStringLiteral("%1,%2,%3\n")
                   .arg(figure.key, csvField(figure.label), QString::number(figure.value, 'g', 10));
    }
    file.write(csv.toUtf8());
    if (!file.commit()) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace cb::ui
