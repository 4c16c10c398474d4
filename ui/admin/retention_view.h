#pragma once

#include "client/admin/records_service.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cb::ui {

class ConversationPicker;

// "Place a hold…" (a conversation or a contact, and why) and "Release…" (why).
class LegalHoldDialog : public QDialog
{
    Q_OBJECT
public:
    // `holdId` 0: place a new hold; otherwise release that one.
    LegalHoldDialog(client::RecordsService &service, qint64 holdId, const QString &subject, QWidget *parent = nullptr);

signals:
    void done(const QString &message);

private:
    void submit();

    client::RecordsService &m_service;
    qint64 m_holdId;
    QComboBox *m_target = nullptr;
    ConversationPicker *m_patient = nullptr; // placing: whose conversation
    QPlainTextEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_ok;
};

// The retention tab: the period's cutoff and the dry run (what a purge would
// remove, what holds keep, dead letters), the purge itself with that cutoff,
// and legal holds. Compliance reads; only admins (`canChange`) purge and hold.
class RetentionView : public QWidget
{
    Q_OBJECT
public:
    RetentionView(client::RecordsService &service, bool canChange, QWidget *parent = nullptr);

    void refreshHolds();
    void checkRetention();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPreview(const std::optional<client::RetentionPreview> &preview);
    void showHolds(const QList<client::LegalHold> &holds);
    void updateButtons();
    void confirmPurge();
    void purge(qint64 cutoffMs);
    void report(bool ok, const QString &message);

    client::RecordsService &m_service;
    const bool m_canChange;
    std::optional<client::RetentionPreview> m_preview;
    QList<client::LegalHold> m_holds;
    QLabel *m_period;
    QLabel *m_summary;
    QTreeWidget *m_due;
    QTreeWidget *m_holdsList;
    QLabel *m_message;
    QPushButton *m_check;
    QPushButton *m_purge;
    QPushButton *m_place;
    QPushButton *m_release;
    bool m_checking = false;
    bool m_purging = false;
};

} // namespace cb::ui
