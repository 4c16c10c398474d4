#pragma once

#include "client/admin/compliance_service.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace cb::ui {

// The incident and review forms' way to name a conversation: type part of the
// patient's name or their number, the server lists the matching patients after
// a short pause, Down/Up and Enter (or a click) choose one. Opened from a
// conversation, it shows that patient and cannot be changed.
class ConversationPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPicker(client::ComplianceService &service, QWidget *parent = nullptr);

    void setFixed(qint64 conversationId, const QString &patient);
    qint64 conversationId() const { return m_id; }
    qint64 contactId() const { return m_contact; } // the chosen conversation's patient
    QString patient() const { return m_patient; }
    QLineEdit *field() const { return m_field; }

signals:
    void chosen(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find();
    void showMatches(const QList<client::ConversationMatch> &matches, const QString &error);
    void choose(int row);

    client::ComplianceService &m_service;
    QLineEdit *m_field;
    QListWidget *m_matches;
    QLabel *m_status;
    QTimer m_pause;
    qint64 m_id = 0;
    qint64 m_contact = 0;
    QString m_patient;
    int m_asked = 0; // the latest question; older answers are dropped
};

} // namespace cb::ui
