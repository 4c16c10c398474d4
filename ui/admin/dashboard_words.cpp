#include "ui/admin/dashboard_words.h"

#include "ui/admin/dashboard_view.h"

namespace cb::ui {

QString optInSourceName(const QString &source)
{
    if (source == QLatin1String("opt_in")) {
        return DashboardView::tr("Opt-ins: patient opted in");
    }
    if (source == QLatin1String("documented_request")) {
        return DashboardView::tr("Opt-ins: documented request");
    }
    if (source == QLatin1String("patient_initiated")) {
        return DashboardView::tr("Opt-ins: patient wrote first");
    }
    if (source == QLatin1String("start_keyword")) {
        return DashboardView::tr("Opt-ins: START keyword");
    }
    return DashboardView::tr("Opt-ins: %1").arg(source);
}

// The same under the chart's title, which already says "opt-ins".
QString optInSourceShortName(const QString &source)
{
    if (source == QLatin1String("opt_in")) {
        return DashboardView::tr("Patient opted in");
    }
    if (source == QLatin1String("documented_request")) {
        return DashboardView::tr("Documented request");
    }
    if (source == QLatin1String("patient_initiated")) {
        return DashboardView::tr("Patient wrote first");
    }
    if (source == QLatin1String("start_keyword")) {
        return DashboardView::tr("START keyword");
    }
    return source;
}

QString flagKindShortName(const QString &kind)
{
    if (kind == QLatin1String("admin_inbox_role")) {
        return DashboardView::tr("Admin in the inbox");
    }
    if (kind == QLatin1String("inbox_credentials_reset")) {
        return DashboardView::tr("Credentials reset");
    }
    if (kind == QLatin1String("review_access")) {
        return DashboardView::tr("Reviews");
    }
    if (kind == QLatin1String("inbox_account_created")) {
        return DashboardView::tr("Accounts by admins");
    }
    return kind;
}

QString flagKindName(const QString &kind)
{
    if (kind == QLatin1String("admin_inbox_role")) {
        return DashboardView::tr("Admin given an inbox role");
    }
    if (kind == QLatin1String("inbox_credentials_reset")) {
        return DashboardView::tr("Inbox user's credentials reset by an admin");
    }
    if (kind == QLatin1String("review_access")) {
        return DashboardView::tr("Compliance review of a conversation");
    }
    if (kind == QLatin1String("inbox_account_created")) {
        return DashboardView::tr("Inbox account created by an admin");
    }
    return kind;
}

} // namespace cb::ui
