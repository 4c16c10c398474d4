#include "ui/admin/sessions_view.h"

#include "client/admin/session_admin_service.h"
#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int DeviceIdRole = Qt::UserRole + 1;
}

SessionsView::SessionsView(client::SessionAdminService &admin, bool canChange, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_canChange(canChange), m_model(new SessionsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_workstations(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_endSession(new QPushButton(tr("End &session"), this)),
      m_endPerson(new QPushButton(tr("End all of this &person's"), this)),
      m_endWorkstation(new QPushButton(tr("End all on this &workstation"), this)),
      m_endEveryone(new QPushButton(tr("End &everyone's sessions…"), this)),
      m_wipe(new QPushButton(tr("&Wipe workstation…"), this))
{
    setObjectName(QStringLiteral("sessionsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("sessionsFilter"));
    m_filter->setPlaceholderText(tr("Filter by person, role, workstation or address"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionsModel::LastActive, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_workstations->setObjectName(QStringLiteral("workstationsList"));
    m_workstations->setRootIsDecorated(false);
    m_workstations->setHeaderLabels({tr("Workstation"), tr("Address"), tr("Last seen"), tr("Signed in now"),
                                     tr("Saved data for"), tr("Last wiped")});
    m_workstations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("sessionsMessage"));
    m_message->setWordWrap(true);
    m_endSession->setObjectName(QStringLiteral("endSession"));
    m_endPerson->setObjectName(QStringLiteral("endPerson"));
    m_endWorkstation->setObjectName(QStringLiteral("endWorkstation"));
    m_endEveryone->setObjectName(QStringLiteral("endEveryone"));
    m_wipe->setObjectName(QStringLiteral("wipeWorkstation"));

    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_endSession);
    sessionButtons->addWidget(m_endPerson);
    sessionButtons->addWidget(m_endWorkstation);
    sessionButtons->addStretch();
    sessionButtons->addWidget(m_endEveryone);
    auto *machineButtons = new QHBoxLayout;
    machineButtons->addStretch();
    machineButtons->addWidget(m_wipe);
    auto *layout = new QVBoxLayout(this);
    auto *signedIn = new QLabel(tr("&Signed in now:"), this);
    signedIn->setBuddy(m_table);
    auto *machines = new QLabel(tr("W&orkstations:"), this);
    machines->setBuddy(m_workstations);
    layout->addWidget(m_filter);
    layout->addWidget(signedIn);
    layout->addWidget(m_table, 3);
    layout->addLayout(sessionButtons);
    layout->addWidget(machines);
    layout->addWidget(m_workstations, 2);
    layout->addLayout(machineButtons);
    layout->addWidget(m_message);
    for (QPushButton *button : {m_endSession, m_endPerson, m_endWorkstation, m_endEveryone, m_wipe}) {
        button->setVisible(m_canChange);
    }

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsView::updateButtons);
    connect(m_workstations, &QTreeWidget::currentItemChanged, this, &SessionsView::updateButtons);
    connect(&m_timer, &QTimer::timeout, this, &SessionsView::refresh);
    m_timer.setInterval(RefreshMs);

    using Scope = client::SessionAdminService::Scope;
    auto done = [self = QPointer<SessionsView>(this)](bool ok, const QString &message) {
        if (self) {
            self->report(ok, message);
        }
    };
    connect(m_endSession, &QPushButton::clicked, this, [this, done] {
        if (const auto *session = selectedSession()) {
            m_admin.revoke(Scope::Session, session->id, done);
        }
    });
    connect(m_endPerson, &QPushButton::clicked, this, [this, done] {
        if (const auto *session = selectedSession()) {
            m_admin.revoke(Scope::Person, QString::number(session->userId), done);
        }
    });
    connect(m_endWorkstation, &QPushButton::clicked, this, [this, done] {
        if (const auto *session = selectedSession()) {
            m_admin.revoke(Scope::Workstation, session->deviceId, done);
        }
    });
    connect(m_endEveryone, &QPushButton::clicked, this, [this, done] {
        confirm(tr("End everyone's sessions"),
                tr("Sign out everyone on every workstation except you? Unsent replies stay in each desktop's outbox."),
                tr("End all sessions"), [this, done] { m_admin.revoke(Scope::Everyone, {}, done); });
    });
    connect(m_wipe, &QPushButton::clicked, this, [this, done] {
        const auto *machine = selectedWorkstation();
        if (machine == nullptr) {
            return;
        }
        const QString deviceId = machine->deviceId;
        confirm(tr("Wipe workstation"),
                tr("Wipe %1? Everyone on it is signed out at once, and the messages saved on it can never be opened "
                   "again, even from a copy. Use this for a lost or stolen computer.")
                    .arg(machine->name.isEmpty() ? deviceId : machine->name),
                tr("Wipe"), [this, deviceId, done] { m_admin.wipe(deviceId, done); });
    });
    updateButtons();
}

void SessionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void SessionsView::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

void SessionsView::refresh()
{
    if (m_loading) {
        return; // one request at a time, however slow the server is
    }
    m_loading = true;
    m_admin.list([self = QPointer<SessionsView>(this)](const QList<api::LiveSessionDto> &sessions,
                                                       const QList<api::WorkstationDto> &workstations, const QString &error) {
        if (!self) {
            return;
        }
        self->m_loading = false;
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->showLists(sessions, workstations);
    });
}

void SessionsView::showLists(const QList<api::LiveSessionDto> &sessions, const QList<api::WorkstationDto> &workstations)
{
    // The refresh keeps what the person had selected.
    const auto *was = selectedSession();
    const QString sessionId = was ? was->id : QString();
    const auto *machine = selectedWorkstation();
    const QString deviceId = machine ? machine->deviceId : QString();

    m_model->setSessions(sessions);
    if (const int row = m_model->rowOf(sessionId); row >= 0) {
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    m_machines = workstations;
    m_workstations->clear();
    for (const api::WorkstationDto &w : workstations) {
        auto *item = new QTreeWidgetItem({w.name.isEmpty() ? w.deviceId.left(8) : w.name, w.address, localTime(w.lastSeenAtMs),
                                          QString::number(w.liveSessions), tr("%n account(s)", nullptr, w.cachedUsers),
                                          localTime(w.wipedAtMs)});
        item->setData(0, DeviceIdRole, w.deviceId);
        item->setToolTip(0, tr("Device %1").arg(w.deviceId)); // two machines may share a name
        m_workstations->addTopLevelItem(item);
        if (w.deviceId == deviceId) {
            m_workstations->setCurrentItem(item);
        }
    }
    updateButtons();
}

const api::LiveSessionDto *SessionsView::selectedSession() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->session(m_proxy->mapToSource(rows.first()).row());
}

const api::WorkstationDto *SessionsView::selectedWorkstation() const
{
    const QTreeWidgetItem *item = m_workstations->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const QString deviceId = item->data(0, DeviceIdRole).toString();
    for (const api::WorkstationDto &machine : m_machines) {
        if (machine.deviceId == deviceId) {
            return &machine;
        }
    }
    return nullptr;
}

void SessionsView::updateButtons()
{
    const auto *session = selectedSession();
    const bool other = session != nullptr && !session->current;
    m_endSession->setEnabled(other);
    m_endPerson->setEnabled(other);
    m_endWorkstation->setEnabled(other);
    m_wipe->setEnabled(selectedWorkstation() != nullptr);
}

void SessionsView::confirm(const QString &title, const QString &question, const QString &yes, std::function<void()> action)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sessionsConfirm"));
    QPushButton *go = box->addButton(yes, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("sessionsConfirmYes"));
    box->setDefaultButton(QMessageBox::Cancel); // Enter never wipes by accident
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [go, action = std::move(action)](QAbstractButton *clicked) {
        if (clicked == go) {
            action();
        }
    });
    box->open();
}

void SessionsView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
    if (ok) {
        refresh();
    }
}

} // namespace cb::ui
