#pragma once

#include <QList>
#include <QString>

namespace cb::ui {

// Where a search's words appear in a message, found the way the cache's
// full-text index finds them (unicode61, accents removed): a word of the text
// that starts with a word of the search, ignoring case and accents. So the
// conversation list can show the matching message with its words in bold.
struct SearchMatch
{
    struct Range
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    // The ranges of `text` that the words of `search` match, in order.
    static QList<Range> find(const QString &text, const QString &search);

    // `text` on one line, beginning a few words before its first match so that
    // a long message still shows it ("…" where it was cut), and the matches in it.
    struct Excerpt
    {
        QString text;
        QList<Range> ranges;
    };
    static Excerpt excerpt(const QString &text, const QString &search, int lead = 24);
};

} // namespace cb::ui
