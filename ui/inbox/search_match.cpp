#include "ui/inbox/search_match.h"

#include "core/search/search_words.h"

#include <QRegularExpression>

#include <algorithm>

namespace cb::ui {

namespace {
// One UTF-16 unit for each of `text`'s, so positions carry over: accents
// dropped ("é" -> "e"), case folded.
QString fold(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.isSurrogate()) {
            continue;
        }
        const QString decomposed = c.decomposition();
        const QChar base = decomposed.isEmpty() || decomposed.at(0).isSurrogate() ? c : decomposed.at(0);
        c = base.toCaseFolded();
    }
    return folded;
}
} // namespace

QList<SearchMatch::Range> SearchMatch::find(const QString &text, const QString &search)
{
    QStringList terms;
    for (auto it = search::wordPattern().globalMatch(fold(search)); it.hasNext();) {
        terms << it.next().captured(0);
    }
    QList<Range> ranges;
    if (terms.isEmpty()) {
        return ranges;
    }
    for (auto it = search::wordPattern().globalMatch(fold(text)); it.hasNext();) {
        const QRegularExpressionMatch word = it.next();
        int longest = 0;
        for (const QString &term : terms) {
            if (word.captured(0).startsWith(term)) {
                longest = std::max<int>(longest, int(term.size()));
            }
        }
        if (longest > 0) {
            ranges.append({int(word.capturedStart(0)), longest});
        }
    }
    return ranges;
}

SearchMatch::Excerpt SearchMatch::excerpt(const QString &text, const QString &search, int lead)
{
    Excerpt excerpt{text.simplified(), {}};
    excerpt.ranges = find(excerpt.text, search);
    if (excerpt.ranges.isEmpty() || excerpt.ranges.first().start <= lead) {
        return excerpt;
    }
    // Start at a word boundary about `lead` characters before the first match.
    int cut = excerpt.ranges.first().start - lead;
    const int space = int(excerpt.text.indexOf(QLatin1Char(' '), cut));
    if (space >= 0 && space < excerpt.ranges.first().start) {
        cut = space + 1;
    }
    excerpt.text = QStringLiteral("…") + excerpt.text.mid(cut);
    for (Range &range : excerpt.ranges) {
        range.start += 1 - cut;
    }
    return excerpt;
}

} // namespace cb::ui
