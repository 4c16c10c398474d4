#pragma once

#include "client/inbox/canned_replies_service.h"

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
class ReplyEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReplyEditor(QWidget *parent = nullptr);

    void setCannedReplies(const QList<client::CannedReply> &replies);
    void setPreferredLanguage(const QString &language);
    bool cannedRepliesShown() const;

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
    QStandardItemModel *m_model;
    QList<client::CannedReply> m_replies;
    QString m_language;
};

} // namespace cb::ui
