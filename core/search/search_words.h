#pragma once

#include <QRegularExpression>
#include <QString>

namespace cb::search {

// A word of a search, as the full-text indexes split text (letters and digits):
// shared by the desktop's cache, the server's index and what the list highlights.
const QRegularExpression &wordPattern();
// FTS5 query text for what a person typed: each word as a prefix, quoted (so
// nothing typed is read as FTS5 syntax). Empty when there is no word.
QString ftsQuery(const QString &typed, int maxWords = 8);

} // namespace cb::search
