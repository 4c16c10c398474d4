#pragma once

#include "client/inbox/canned_replies_service.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cb::ui {

// Add or change one canned reply: its title (what "/" finds), language and text.
// The server refuses a text PhiGuard would stop; the dialog says so and stays open.
class CannedReplyDialog : public QDialog
{
    Q_OBJECT
public:
    CannedReplyDialog(client::CannedRepliesService &service, const client::CannedReply &reply, QWidget *parent = nullptr);

signals:
    void saved(const client::CannedReply &reply);

private:
    void submit();

    client::CannedRepliesService &m_service;
    qint64 m_id;
    QLineEdit *m_title;
    QComboBox *m_language;
    QPlainTextEdit *m_body;
    QLabel *m_message;
    QPushButton *m_ok;
};

// Administration → Canned replies (admins): the clinic's replies, added,
// changed and deleted here, offered to every inbox user with "/" in the composer.
class CannedRepliesView : public QWidget
{
    Q_OBJECT
public:
    explicit CannedRepliesView(client::CannedRepliesService &service, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const client::CannedReply *selected() const;
    void edit(const client::CannedReply &reply);
    void confirmDelete();
    void report(bool ok, const QString &message);

    client::CannedRepliesService &m_service;
    QList<client::CannedReply> m_replies;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace cb::ui
