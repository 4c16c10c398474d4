#pragma once

#include "client/inbox/canned_replies_service.h"
#include "client/inbox/colleague.h"

#include <QPlainTextEdit>

class QCompleter;
class QRegularExpressionMatch;
class QStandardItemModel;

namespace cb::ui {

// The composer's text field. Typing "/" at the start of a word offers the
// clinic's canned replies (the words after "/" narrow them by title or text,
// the patient's language first); Up/Down choose, Enter or Tab put the reply in
// place of "/words", Escape closes the list. What is inserted is text like any
// other: PhiGuard checks it as the composer checks everything typed.
// In an internal note, "@" offers colleagues the same way: Enter puts
// "@Dana Reyes" in the note, and saving it tells her (an @mention).
class ReplyEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReplyEditor(QWidget *parent = nullptr);

    void setCannedReplies(const QList<client::CannedReply> &replies);
    void setPreferredLanguage(const QString &language);
    bool cannedRepliesShown() const;
    // Colleagues "@" offers, while mentions are on (internal notes only).
    void setColleagues(const QList<client::Colleague> &colleagues, std::int64_t myId);
    void setMentionsEnabled(bool enabled);

signals:
    // "/" was typed: a good moment to fetch the replies again.
    void cannedRepliesWanted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildModel();
    void updateCompletion();
    void showCompletion(const QRegularExpressionMatch &words);
    void insertReply(const QModelIndex &index);

    QCompleter *m_completer;
    QStandardItemModel *m_model;  // canned replies, after "/"
    QStandardItemModel *m_people; // colleagues, after "@"
    bool m_mentions = false;
    QList<client::CannedReply> m_replies;
    QString m_language;
};

} // namespace cb::ui
