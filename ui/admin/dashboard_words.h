#pragma once

#include <QString>

namespace cb::ui {

// The dashboard's words for the server's keys: the figure list's full names and
// the shorter ones under a chart's title (which already says what they count).
// Unknown keys (a newer server) are shown as they are.
QString optInSourceName(const QString &source);
QString optInSourceShortName(const QString &source);
QString flagKindName(const QString &kind);
QString flagKindShortName(const QString &kind);

} // namespace cb::ui
