// InboxView's menus and the dialogs they open: assign, status and snooze, the
// secure portal, the list's and the thread's right-click menus, reporting an
// incident, the date of birth and consent.
#include "ui/inbox/inbox_view.h"

#include "client/admin/compliance_service.h"
#include "core/phone/phone_numbers.h"
#include "client/inbox/inbox_service.h"
#include "ui/admin/incidents_view.h"
#include "ui/inbox/composer.h"
#include "ui/inbox/consent_dialog.h"
#include "ui/inbox/conversation_list_model.h"
#include "ui/inbox/date_of_birth_dialog.h"
#include "ui/inbox/retract_dialog.h"
#include "ui/inbox/snooze_times.h"
#include "ui/inbox/thread_model.h"
#include "ui/shell/local_time.h"

#include <QActionGroup>
#include <QDateTime>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace cb::ui {

QMenu *InboxView::statusMenu() const
{
    return m_status->menu();
}

// Rebuilt each time it opens, so new colleagues appear without a restart.
void InboxView::fillAssignMenu()
{
    m_assignMenu->clear();
    qDeleteAll(m_assignMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const auto id = openConversationId();
    // The one who holds the conversation now is checked (the queue or nobody, when no one does).
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(id) : std::nullopt;
    auto *holders = new QActionGroup(m_assignMenu);
    auto addAssignment = [this, id, conversation, holders](const QString &text, std::int64_t assignee, bool triage) {
        QAction *action = m_assignMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(conversation && conversation->assigneeId == assignee && conversation->triage == triage);
        holders->addAction(action);
        connect(action, &QAction::triggered, this, [this, id, assignee, triage] { m_inbox.assign(id, assignee, triage); });
    };
    addAssignment(tr("To &me\tCtrl+Shift+M"), m_inbox.myId(), false);
    addAssignment(tr("To the nurse &triage queue\tCtrl+Shift+T"), 0, true);
    m_assignMenu->addSeparator();
    for (const auto &colleague : m_inbox.colleagues()) {
        if (colleague.active && colleague.id != m_inbox.myId()) {
            addAssignment(colleague.displayName, colleague.id, false);
        }
    }
    m_assignMenu->addSeparator();
    addAssignment(tr("&Nobody (back to Unassigned)"), 0, false);
}

void InboxView::buildStatusMenu()
{
    auto *menu = new QMenu(this);
    auto addStatus = [this](QMenu *parent, const QString &text, model::ConversationStatus status, auto until) {
        connect(parent->addAction(text), &QAction::triggered, this, [this, status, until] {
            if (const auto id = openConversationId()) {
                m_inbox.setStatus(id, status, until());
            }
        });
    };
    auto none = [] { return std::int64_t(0); };
    addStatus(menu, tr("&Open"), model::ConversationStatus::Open, none);
    addStatus(menu, tr("&Pending (waiting for the patient)"), model::ConversationStatus::Pending, none);
    QMenu *snooze = menu->addMenu(tr("&Snooze"));
    const QList<std::pair<QString, SnoozeChoice>> choices{{tr("For one &hour"), SnoozeChoice::OneHour},
                                                          {tr("Until the next &working day, 8:00"), SnoozeChoice::NextWorkingDayMorning},
                                                          {tr("Until next &Monday 8:00"), SnoozeChoice::NextMonday}};
    for (const auto &[text, choice] : choices) {
        addStatus(snooze, text, model::ConversationStatus::Snoozed,
                  [choice] { return snoozeUntil(choice, QDateTime::currentDateTime()).toMSecsSinceEpoch(); });
    }
    addStatus(menu, tr("&Resolved\tCtrl+Shift+R"), model::ConversationStatus::Resolved, none);
    m_status->setMenu(menu);
}

void InboxView::escalateOpenConversation()
{
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(openConversationId()) : std::nullopt;
    if (!conversation || !m_inbox.mayReply()) {
        return;
    }
    using State = model::PortalInvitation::State;
    const State state = conversation->portal.effectiveState(QDateTime::currentMSecsSinceEpoch());
    if (state == State::Sent || state == State::Opened || state == State::Verified) {
        m_composer->usePortal(); // the patient has a live link: nothing to send
        return;
    }
    m_inbox.escalate(conversation->id, conversation->portal.escalated());
}

QString InboxView::portalStateText(const model::Conversation &conversation, std::int64_t nowMs)
{
    using State = model::PortalInvitation::State;
    const model::PortalInvitation &portal = conversation.portal;
    const QString at = localtime::withTime(portal.stateAtMs);
    QString text;
    switch (portal.effectiveState(nowMs)) {
    case State::None: text = tr("Secure portal: not used yet"); break;
    case State::Sent:
        text = tr("Secure portal: link sent %1, not opened yet (expires %2)")
                   .arg(at, localtime::withTime(portal.expiresAtMs));
        break;
    case State::Opened: text = tr("Secure portal: link opened %1, waiting for the patient's code").arg(at); break;
    case State::Verified: text = tr("Secure portal: patient verified %1").arg(at); break;
    case State::Expired: text = tr("Secure portal: the link expired unused. Send a new link."); break;
    case State::Locked: text = tr("Secure portal: locked %1 after too many wrong answers. Send a new link.").arg(at); break;
    case State::Revoked: text = tr("Secure portal: access revoked %1").arg(at); break;
    }
    if (conversation.contact.hasDateOfBirth) {
        text += tr(" · date of birth on file");
    }
    return text;
}

void InboxView::fillPortalMenu(QMenu *menu)
{
    menu->clear();
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(openConversationId()) : std::nullopt;
    if (!conversation) {
        return;
    }
    const bool may = m_inbox.mayReply() && m_inbox.portalEnabled();
    QAction *escalate = menu->addAction(conversation->portal.escalated() ? tr("Send a &new link\tCtrl+Shift+E")
                                                                         : tr("&Escalate to secure portal\tCtrl+Shift+E"));
    escalate->setEnabled(may && !conversation->contact.optedOut);
    connect(escalate, &QAction::triggered, this, [this, id = conversation->id, again = conversation->portal.escalated()] {
        m_inbox.escalate(id, again);
    });
    QAction *revoke = menu->addAction(tr("&Revoke portal access"));
    revoke->setEnabled(may && conversation->portal.escalated());
    connect(revoke, &QAction::triggered, this, [this, id = conversation->id] { m_inbox.revokePortal(id); });
    menu->addSeparator();
    QAction *birth = menu->addAction(tr("Date of &birth for verification…"));
    birth->setEnabled(m_inbox.mayReply());
    connect(birth, &QAction::triggered, this, &InboxView::editDateOfBirth);
}

void InboxView::showListMenu(const QPoint &at)
{
    const QModelIndex index = m_conversations->indexAt(at);
    if (!index.isValid()) {
        return;
    }
    selectRow(index.row());
    QMenu menu(this);
    fillPortalMenu(&menu);
    menu.addSeparator();
    const std::int64_t conversationId = openConversationId();
    QAction *unread = menu.addAction(tr("Mark &unread\tCtrl+Shift+U"));
    unread->setObjectName(QStringLiteral("markUnread"));
    connect(unread, &QAction::triggered, this, [this, conversationId] { m_inbox.markUnread(conversationId); });
    QAction *incident = menu.addAction(tr("Report an &incident…"));
    incident->setObjectName(QStringLiteral("reportIncidentFromConversation"));
    connect(incident, &QAction::triggered, this, [this, conversationId] { reportIncident(conversationId); });
    menu.exec(m_conversations->viewport()->mapToGlobal(at));
}

void InboxView::showMessageMenu(const QPoint &at)
{
    const QModelIndex index = m_messages->indexAt(at);
    if (!index.isValid() || !index.data(ThreadModel::RetractableRole).toBool()) {
        return;
    }
    const std::int64_t messageId = index.data(ThreadModel::MessageIdRole).toLongLong();
    QMenu menu(this);
    connect(menu.addAction(tr("&Retract…")), &QAction::triggered, this, [this, messageId] {
        RetractDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            m_inbox.retract(messageId, dialog.reason());
        }
    });
    menu.exec(m_messages->viewport()->mapToGlobal(at));
}

void InboxView::reportIncident(std::int64_t conversationId)
{
    if (conversationId <= 0) {
        return;
    }
    if (m_compliance == nullptr) {
        m_compliance = new client::ComplianceService(m_inbox.connection(), this);
    }
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(conversationId) : std::nullopt;
    const QString patient = !conversation                                ? QString()
                            : conversation->contact.profileName.isEmpty() ? phone::display(conversation->contact.waId)
                                                                          : conversation->contact.profileName;
    auto *dialog = new ReportIncidentDialog(*m_compliance, conversationId, patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportIncidentDialog::reported, this, [this](const client::Incident &incident) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Incident reported"),
                                    tr("Incident %1 was reported. The privacy officer will assess it.").arg(incident.id),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void InboxView::editDateOfBirth()
{
    const std::int64_t id = openConversationId();
    if (!id) {
        return;
    }
    DateOfBirthDialog dialog(this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted && dialog.date().isValid()) {
        m_inbox.setDateOfBirth(id, dialog.date());
    } else if (result == DateOfBirthDialog::Removed) {
        m_inbox.setDateOfBirth(id, QDate());
    }
}

void InboxView::editConsent()
{
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(openConversationId()) : std::nullopt;
    if (!conversation) {
        return;
    }
    ConsentDialog dialog(conversation->contact, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_inbox.setConsent(conversation->id, dialog.basis(), dialog.proactiveOptIn());
    }
}

} // namespace cb::ui
