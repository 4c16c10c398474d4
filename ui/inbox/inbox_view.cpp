#include "ui/inbox/inbox_view.h"

#include "client/inbox/inbox_service.h"
#include "core/phone/phone_numbers.h"
#include "ui/inbox/composer.h"
#include "ui/inbox/consent_dialog.h"
#include "ui/inbox/conversation_delegate.h"
#include "ui/inbox/conversation_list_model.h"
#include "ui/inbox/empty_texts.h"
#include "ui/inbox/image_viewer.h"
#include "ui/inbox/message_delegate.h"
#include "ui/inbox/new_above_bar.h"
#include "ui/inbox/presence_line.h"
#include "ui/inbox/thread_model.h"
#include "ui/inbox/thread_pager.h"
#include "ui/inbox/view_tabs.h"
#include "ui/shell/empty_state.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QToolButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace cb::ui {

InboxView::InboxView(client::InboxService &inbox, QWidget *parent)
    : QWidget(parent), m_inbox(inbox), m_list(new ConversationListModel(inbox, this)), m_thread(new ThreadModel(inbox, this)),
      m_views(new ViewTabs(inbox, this)), m_search(new QLineEdit(this)), m_conversations(new QListView(this)),
      m_header(new QLabel(this)), m_connection(new QLabel(this)), m_consentLine(new QLabel(this)),
      m_assign(new QToolButton(this)), m_assignMenu(new QMenu(this)), m_status(new QToolButton(this)),
      m_resolve(new QPushButton(tr("Resol&ve"), this)), m_consent(new QPushButton(tr("&Consent…"), this)),
      m_portalLine(new QLabel(this)), m_presenceLine(new PresenceLine(inbox, this)), m_portal(new QToolButton(this)), m_portalMenu(new QMenu(this)),
      m_messages(new QListView(this)), m_composer(new Composer(inbox, this))
{
    m_views->setCurrentIndex(3);
    m_list->setView(client::InboxView::All);
    m_search->setPlaceholderText(tr("Search messages and patients (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_conversations->setObjectName(QStringLiteral("conversations"));
    m_conversations->setModel(m_list);
    m_conversations->setUniformItemSizes(true);
    m_conversations->setItemDelegate(new ConversationDelegate(m_conversations));
    m_conversations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conversations->setAccessibleName(tr("Conversations"));
    setFocusProxy(m_conversations); // where the keyboard starts when the inbox opens
    m_messages->setModel(m_thread);
    m_messages->setItemDelegate(new MessageDelegate(m_messages));
    m_messages->setResizeMode(QListView::Adjust); // bubbles re-wrap to the new width
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_messages->setContextMenuPolicy(Qt::CustomContextMenu);
    m_pager = new ThreadPager(inbox, *m_thread, *m_messages);
    m_newAbove = new NewAboveBar(*m_conversations, *m_list, this);
    m_assign->setText(tr("Ass&ign"));
    m_assign->setMenu(m_assignMenu);
    m_assign->setPopupMode(QToolButton::InstantPopup);
    m_assign->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_assign->setToolTip(tr("Ctrl+Shift+A"));
    m_status->setText(tr("S&tatus"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setToolTip(tr("Open, pending or snoozed (Ctrl+Shift+S)"));
    m_resolve->setToolTip(tr("Ctrl+Shift+R"));
    m_consentLine->setTextFormat(Qt::PlainText);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true); // a long name wraps instead of squeezing the list
    m_header->setMinimumWidth(120);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_views);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_newAbove);
    leftLayout->addWidget(m_conversations, 1);
    auto *welcome = new QLabel(tr("Welcome, %1").arg(inbox.myName()), left);
    welcome->setObjectName(QStringLiteral("welcome")); // who is signed in, on a shared workstation
    leftLayout->addWidget(welcome);
    m_connection->setWordWrap(true); // the long offline line must not widen the window
    leftLayout->addWidget(m_connection);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_assign);
    headerRow->addWidget(m_status);
    headerRow->addWidget(m_resolve);
    rightLayout->addLayout(headerRow);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentLine, 1);
    consentRow->addWidget(m_consent);
    rightLayout->addLayout(consentRow);
    auto *portalRow = new QHBoxLayout;
    m_portalLine->setTextFormat(Qt::PlainText);
    m_portalLine->setWordWrap(true);
    m_portalLine->setObjectName(QStringLiteral("portalState"));
    portalRow->addWidget(m_portalLine, 1);
    m_portal->setText(tr("Secure &portal"));
    m_portal->setMenu(m_portalMenu);
    m_portal->setPopupMode(QToolButton::InstantPopup);
    m_portal->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_portal->setToolTip(tr("Escalate to the secure portal, send a new link, record the date of birth (Ctrl+Shift+E escalates)"));
    portalRow->addWidget(m_portal);
    rightLayout->addLayout(portalRow);
    rightLayout->addWidget(m_messages, 1);
    rightLayout->addWidget(m_presenceLine);
    rightLayout->addWidget(m_composer);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_conversations->setMinimumWidth(280); // the view tabs may ask for more (ViewTabs)
    splitter->setSizes({320, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto *listEmpty = new EmptyState(m_conversations, [this] {
        // Nothing here yet, but the server is still looking: say so rather than "no match".
        if (m_inbox.serverSearch().busy() && !m_search->text().trimmed().isEmpty()) {
            return tr("Searching everything on the server…");
        }
        return EmptyTexts::list(client::InboxView(m_views->currentIndex()), m_search->text());
    });
    connect(&inbox.serverSearch(), &client::ServerSearch::busyChanged, listEmpty, &EmptyState::refresh);
    new EmptyState(m_messages, [] { return EmptyTexts::thread(); });
    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        m_list->setView(static_cast<client::InboxView>(index));
        m_list->reload();
    });
    // Typing waits for a pause before it searches (the cache, then the server); clearing is at once.
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(SearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchPause->stop();
            runSearch();
        } else {
            m_searchPause->start();
        }
    });
    connect(m_searchPause, &QTimer::timeout, this, &InboxView::runSearch);
    connect(&inbox.serverSearch(), &client::ServerSearch::hitsChanged, this, [this] {
        if (m_inbox.serverSearch().words() == m_search->text().trimmed()) {
            m_newAbove->keep();
            m_list->setServerHits(m_inbox.serverSearch().hits());
            m_newAbove->settle();
        }
    });
    connect(m_conversations->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxView::onSelection);
    connect(&inbox, &client::InboxService::conversationsChanged, this, [this] {
        const std::int64_t open = openConversationId();
        m_newAbove->keep();
        m_list->reload();
        m_newAbove->settle();
        if (const int row = m_list->rowOf(open); row >= 0) {
            m_conversations->selectionModel()->setCurrentIndex(m_list->index(row), QItemSelectionModel::ClearAndSelect);
        }
        refreshHeader();
        m_views->refreshCounts();
        applyPendingRestore();
        m_pendingRestore.reset(); // not in the list after a reload: gone, or filtered out
    });
    connect(&inbox, &client::InboxService::messagesChanged, this, [this](std::int64_t conversationId) {
        if (conversationId == m_thread->conversationId()) {
            const int before = m_thread->rowCount();
            m_pager->reload(); // the bottom follows new messages only when the person was there
            // The patient wrote while the person is reading: read, no badge left
            // behind. (Only then: "Mark unread" must stay unread.)
            const int after = m_thread->rowCount();
            if (after > before && !m_thread->index(after - 1).data(ThreadModel::OutboundRole).toBool()) {
                if (window()->isActiveWindow()) {
                    m_inbox.markRead(conversationId);
                } else {
                    m_arrivedWhileAway = true;
                }
            }
        }
    });
    // Clicking the conversation already open reads what came in meanwhile.
    connect(m_conversations, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (const std::int64_t id = m_list->conversationIdAt(index.row()); id == openConversationId()) {
            m_inbox.markRead(id);
        }
    });
    // Coming back to the window reads what arrived in the open conversation meanwhile.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, &InboxView::cameBack);
    connect(&inbox, &client::InboxService::sendRefused, this,
            [this](std::int64_t conversationId, const QString &text, const QString &, const QString &message, const QStringList &) {
                if (conversationId == m_thread->conversationId()) {
                    m_composer->restore(text, message);
                }
            });
    auto showConnection = [this] {
        const QString whatsapp = m_inbox.whatsappStatus();
        // Emergency mode in plain words: what still works while the server is away.
        // Connected and live says nothing the status bar does not: the line is
        // only there when something is wrong.
        QStringList problems;
        if (!m_inbox.isLive()) {
            problems << tr("Not connected: showing messages saved on this computer; replies wait "
                           "in the outbox and go out when the server is back");
        }
        if (whatsapp == QLatin1String("needs_reauthorisation")) {
            problems << tr("WhatsApp connection needs re-authorisation: tell an admin");
        } else if (whatsapp == QLatin1String("not_configured")) {
            problems << tr("WhatsApp is not set up");
        }
        m_connection->setText(problems.join(QStringLiteral(" · ")));
        m_connection->setVisible(!problems.isEmpty());
    };
    connect(&inbox, &client::InboxService::liveChanged, this, showConnection);
    connect(&inbox, &client::InboxService::whatsappStatusChanged, this, showConnection);
    showConnection();
    connect(&inbox, &client::InboxService::mediaReady, this, [this](std::int64_t conversationId, std::int64_t) {
        if (conversationId == m_thread->conversationId()) {
            m_thread->reload();
        }
    });
    connect(m_assignMenu, &QMenu::aboutToShow, this, &InboxView::fillAssignMenu);
    buildStatusMenu();
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const auto id = openConversationId()) {
            m_inbox.setStatus(id, model::ConversationStatus::Resolved);
        }
    });
    connect(m_consent, &QPushButton::clicked, this, &InboxView::editConsent);
    connect(m_portalMenu, &QMenu::aboutToShow, this, [this] { fillPortalMenu(m_portalMenu); });
    connect(m_composer, &Composer::escalateRequested, this, &InboxView::escalateOpenConversation);
    connect(&inbox, &client::InboxService::escalated, this, [this](std::int64_t conversationId, bool ok, const QString &problem) {
        if (conversationId != openConversationId()) {
            return;
        }
        if (ok) {
            refreshHeader();
            m_composer->usePortal(); // the draft stays: it becomes the first secure message
        } else {
            m_composer->showProblem(problem);
        }
    });
    m_conversations->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_conversations, &QListView::customContextMenuRequested, this, &InboxView::showListMenu);
    connect(m_messages, &QListView::activated, this, &InboxView::showImage);
    connect(m_messages, &QListView::customContextMenuRequested, this, &InboxView::showMessageMenu);
    buildShortcuts();
    m_list->reload();
    refreshHeader();
}

void InboxView::runSearch()
{
    const QString text = m_search->text();
    m_list->setSearch(text);
    m_list->reload();
    m_inbox.serverSearch().search(text);
}

void InboxView::buildShortcuts()
{
    auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::Find, [this] { m_search->setFocus(); m_search->selectAll(); });
    add(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { step(1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { step(-1); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] {
        if (const auto id = openConversationId()) {
            m_inbox.assign(id, m_inbox.myId(), false);
        }
    });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
        if (const auto id = openConversationId()) {
            m_inbox.assign(id, 0, true);
        }
    });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { m_assign->showMenu(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { m_status->showMenu(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_resolve->click(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { escalateOpenConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] {
        if (const auto id = openConversationId()) {
            m_inbox.markUnread(id);
        }
    });
    for (int view = 0; view < 5; ++view) {
        add(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)), [this, view] { m_views->setCurrentIndex(view); });
    }
}

std::int64_t InboxView::openConversationId() const
{
    return m_thread->conversationId();
}

void InboxView::selectRow(int row)
{
    m_conversations->selectionModel()->setCurrentIndex(m_list->index(row), QItemSelectionModel::ClearAndSelect);
}

void InboxView::step(int delta)
{
    const int row = std::clamp(m_conversations->currentIndex().row() + delta, 0, std::max(0, m_list->rowCount() - 1));
    selectRow(row);
    m_composer->focusEditor();
}

void InboxView::cameBack()
{
    if (m_arrivedWhileAway && isVisible() && window()->isActiveWindow()) {
        m_arrivedWhileAway = false;
        if (const auto id = openConversationId()) {
            m_inbox.markRead(id);
        }
    }
}

void InboxView::onSelection()
{
    const std::int64_t id = m_list->conversationIdAt(m_conversations->currentIndex().row());
    if (id == 0 || id == m_thread->conversationId()) {
        return;
    }
    m_arrivedWhileAway = false;
    m_thread->setConversation(id);
    m_pager->showNewest();
    m_inbox.openConversation(id);
    m_presenceLine->setConversation(id);
    refreshHeader();
}

void InboxView::showImage(const QModelIndex &index)
{
    if (!index.data(ThreadModel::HasImageRole).toBool()) {
        return;
    }
    const QImage image = m_thread->image(index.data(ThreadModel::MessageIdRole).toLongLong());
    if (!image.isNull()) {
        (new ImageViewer(image, this))->open();
    }
}

void InboxView::refreshHeader()
{
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(openConversationId()) : std::nullopt;
    m_composer->setConversation(conversation);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_assign, m_status, m_resolve}) {
        button->setEnabled(conversation.has_value());
    }
    m_portal->setEnabled(conversation.has_value() && m_inbox.mayReply());
    m_portal->setVisible(m_inbox.portalEnabled());
    m_portalLine->setVisible(m_inbox.portalEnabled() && conversation.has_value());
    if (conversation) {
        m_portalLine->setText(portalStateText(*conversation, QDateTime::currentMSecsSinceEpoch()));
    }
    m_consent->setEnabled(conversation.has_value() && m_inbox.mayReply());
    if (!conversation) {
        m_header->setText(tr("Choose a conversation"));
        m_consentLine->clear();
        return;
    }
    QString assignee = tr("unassigned");
    if (conversation->triage) {
        assignee = tr("triage queue");
    }
    for (const auto &colleague : m_inbox.colleagues()) {
        if (colleague.id == conversation->assigneeId) {
            assignee = colleague.displayName;
        }
    }
    const QString number = phone::display(conversation->contact.waId);
    const QString name = conversation->contact.profileName.isEmpty() ? number : conversation->contact.profileName;
    m_header->setText(tr("%1 · WhatsApp %2 · %3 · %4").arg(name, number, assignee, ConversationListModel::statusText(*conversation)));
    QString consent = tr("Consent: %1").arg(ConsentDialog::describe(conversation->contact.consent));
    if (conversation->contact.optedOut) {
        consent += tr(" · sent STOP: no WhatsApp messages");
    } else if (conversation->contact.proactiveOptIn || conversation->contact.consent == model::ConsentBasis::OptIn) {
        consent += tr(" · reminders allowed");
    }
    m_consentLine->setText(consent);
}

} // namespace cb::ui
