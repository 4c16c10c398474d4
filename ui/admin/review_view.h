#pragma once

#include "client/admin/records_service.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace cb::ui {

class ConversationPicker;

// "Open a conversation for review…": the conversation, the investigation's
// reason (at least 20 characters) and how long the access lasts.
class OpenReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenReviewDialog(client::RecordsService &service, QWidget *parent = nullptr);

signals:
    void opened(const client::Review &review);

private:
    void submit();

    client::RecordsService &m_service;
    ConversationPicker *m_conversation;
    QPlainTextEdit *m_reason;
    QSpinBox *m_minutes;
    QLabel *m_message;
    QPushButton *m_ok;
};

// The compliance officer's reviews: each with its expiry; the selected live
// review's thread, read-only, read again on demand. Every read is audited by the
// server; an expired review says so and shows nothing.
class ReviewView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewView(client::RecordsService &service, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const client::Review *selected() const;
    void showReviews(const QList<client::Review> &reviews, qint64 select);
    void loadMessages();
    void showMessages(const QList<client::ReviewedMessage> &messages);
    void showExpired(const client::Review &review);
    void report(bool ok, const QString &message);

    client::RecordsService &m_service;
    QList<client::Review> m_reviews;
    QTreeWidget *m_list;
    QLabel *m_status;
    QTreeWidget *m_messages;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_refresh;
    bool m_loading = false;
};

} // namespace cb::ui
