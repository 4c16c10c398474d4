#include "core/search/search_words.h"

#include <QStringList>

namespace cb::search {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

QString ftsQuery(const QString &typed, int maxWords)
{
    QStringList terms;
    for (auto it = wordPattern().globalMatch(typed); it.hasNext() && terms.size() < maxWords;) {
        terms << QLatin1Char('"') + it.next().captured(0) + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace cb::search
