#pragma once

#include "client/admin/compliance_flags_service.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cb::ui {

// Closes one flag: the note says what the officer checked (required).
class AcknowledgeFlagDialog : public QDialog
{
    Q_OBJECT
public:
    AcknowledgeFlagDialog(client::ComplianceFlagsService &service, const client::ComplianceFlag &flag, QWidget *parent = nullptr);

signals:
    void acknowledged(qint64 id);

private:
    void submit();

    client::ComplianceFlagsService &m_service;
    qint64 m_id;
    QPlainTextEdit *m_note;
    QLabel *m_message;
    QPushButton *m_ok;
};

// The compliance flags as a work list: what was done, by whom, about whom, and
// who closed it with what note. Admins read it; compliance acknowledges.
class FlagsView : public QWidget
{
    Q_OBJECT
public:
    FlagsView(client::ComplianceFlagsService &service, bool mayAcknowledge, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const client::ComplianceFlag *selected() const;
    void showFlags(const QList<client::ComplianceFlag> &flags);
    void showDetails();
    void report(bool ok, const QString &message);

    client::ComplianceFlagsService &m_service;
    const bool m_mayAcknowledge;
    QList<client::ComplianceFlag> m_flags;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_message;
    QCheckBox *m_showAcknowledged;
    QPushButton *m_acknowledge;
    QPushButton *m_refresh;
    bool m_loading = false;
};

} // namespace cb::ui
