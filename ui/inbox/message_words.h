#pragma once

#include <QCoreApplication>
#include <QString>

namespace cb::ui {

// How the desktop words a message that is not plain text, in the reader's
// language: the server stores a message's kind, not its English description.
class MessageWords
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::MessageWords)
public:
    // "Photo", "Document"…; an empty string for a kind that is not an attachment.
    static QString attachmentKind(const QString &kind);
    // The conversation list's one line for a message of `kind` whose stored
    // preview is `preview` (its caption, address or English notice).
    static QString preview(const QString &kind, const QString &preview);
};

} // namespace cb::ui
