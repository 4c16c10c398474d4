#pragma once

#include "core/api/admin_dto.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace cb::client {
class SessionAdminService;
}

namespace cb::ui {

class SessionsModel;

// "Active sessions": everyone signed in on every workstation, refreshed every
// few seconds while shown, filtered and sorted; below it the workstations. An
// admin ends one session, a person's, a workstation's or everyone's, and wipes
// a lost workstation. Compliance sees the same lists without the buttons.
class SessionsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 3000;

    SessionsView(client::SessionAdminService &admin, bool canChange, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    const api::LiveSessionDto *selectedSession() const;
    const api::WorkstationDto *selectedWorkstation() const;
    void showLists(const QList<api::LiveSessionDto> &sessions, const QList<api::WorkstationDto> &workstations);
    void updateButtons();
    // Asks first (non-blocking), then runs `action`.
    void confirm(const QString &title, const QString &question, const QString &yes, std::function<void()> action);
    void report(bool ok, const QString &message);

    client::SessionAdminService &m_admin;
    bool m_canChange;
    SessionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTreeWidget *m_workstations;
    QList<api::WorkstationDto> m_machines;
    QLabel *m_message;
    QPushButton *m_endSession;
    QPushButton *m_endPerson;
    QPushButton *m_endWorkstation;
    QPushButton *m_endEveryone;
    QPushButton *m_wipe;
    QTimer m_timer;
    bool m_loading = false;
};

} // namespace cb::ui
