#include "ui/inbox_view.h"

#include "client/inbox_service.h"
#include "ui/composer.h"
#include "ui/conversation_list_model.h"
#include "ui/thread_model.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QVBoxLayout>

namespace cb::ui {

InboxView::InboxView(client::InboxService &inbox, QWidget *parent)
    : QWidget(parent), m_inbox(inbox), m_list(new ConversationListModel(inbox, this)), m_thread(new ThreadModel(inbox, this)),
      m_views(new QTabBar(this)), m_search(new QLineEdit(this)), m_conversations(new QListView(this)),
      m_header(new QLabel(this)), m_connection(new QLabel(this)), m_assignMe(new QPushButton(tr("Assign to &me"), this)),
      m_triage(new QPushButton(tr("Send to t&riage"), this)), m_resolve(new QPushButton(tr("Resol&ve"), this)),
      m_messages(new QListView(this)), m_composer(new Composer(inbox, this))
{
    m_views->addTab(tr("Unassigned"));
    m_views->addTab(tr("Mine"));
    m_views->addTab(tr("Triage queue"));
    m_views->addTab(tr("All"));
    m_views->setCurrentIndex(3);
    m_list->setView(client::InboxView::All);
    m_search->setPlaceholderText(tr("Search messages and patients (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_conversations->setModel(m_list);
    m_conversations->setUniformItemSizes(true);
    m_conversations->setAccessibleName(tr("Conversations"));
    m_messages->setModel(m_thread);
    m_messages->setWordWrap(true);
    m_messages->setSpacing(4);
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_header->setTextFormat(Qt::PlainText);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_views);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_conversations, 1);
    auto *welcome = new QLabel(tr("Welcome, %1").arg(inbox.myName()), left);
    welcome->setObjectName(QStringLiteral("welcome")); // who is signed in, on a shared workstation
    leftLayout->addWidget(welcome);
    leftLayout->addWidget(m_connection);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_assignMe);
    headerRow->addWidget(m_triage);
    headerRow->addWidget(m_resolve);
    rightLayout->addLayout(headerRow);
    rightLayout->addWidget(m_messages, 1);
    rightLayout->addWidget(m_composer);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        m_list->setView(static_cast<client::InboxView>(index));
        m_list->reload();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_list->setSearch(text);
        m_list->reload();
    });
    connect(m_conversations->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxView::onSelection);
    connect(&inbox, &client::InboxService::conversationsChanged, this, [this] {
        const std::int64_t open = openConversationId();
        m_list->reload();
        if (const int row = m_list->rowOf(open); row >= 0) {
            m_conversations->selectionModel()->setCurrentIndex(m_list->index(row), QItemSelectionModel::ClearAndSelect);
        }
        refreshHeader();
    });
    connect(&inbox, &client::InboxService::messagesChanged, this, [this](std::int64_t conversationId) {
        if (conversationId == m_thread->conversationId()) {
            m_thread->reload();
            m_messages->scrollToBottom();
        }
    });
    connect(&inbox, &client::InboxService::sendRefused, this,
            [this](std::int64_t conversationId, const QString &text, const QString &, const QString &message, const QStringList &) {
                if (conversationId == m_thread->conversationId()) {
                    m_composer->restore(text, message);
                }
            });
    auto showConnection = [this] {
        const QString whatsapp = m_inbox.whatsappStatus();
        QString text = m_inbox.isLive() ? tr("Live") : tr("Reconnecting…");
        if (whatsapp == QLatin1String("needs_reauthorisation")) {
            text += tr(" · WhatsApp connection needs re-authorisation: tell an admin");
        } else if (whatsapp == QLatin1String("not_configured")) {
            text += tr(" · WhatsApp is not set up");
        }
        m_connection->setText(text);
    };
    connect(&inbox, &client::InboxService::liveChanged, this, showConnection);
    connect(&inbox, &client::InboxService::whatsappStatusChanged, this, showConnection);
    showConnection();
    connect(m_assignMe, &QPushButton::clicked, this, [this] {
        if (const auto id = openConversationId()) {
            m_inbox.assign(id, m_inbox.myId(), false);
        }
    });
    connect(m_triage, &QPushButton::clicked, this, [this] {
        if (const auto id = openConversationId()) {
            m_inbox.assign(id, 0, true);
        }
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const auto id = openConversationId()) {
            m_inbox.setStatus(id, model::ConversationStatus::Resolved);
        }
    });
    buildShortcuts();
    m_list->reload();
    refreshHeader();
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
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { m_assignMe->click(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { m_triage->click(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_resolve->click(); });
    for (int view = 0; view < 4; ++view) {
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

void InboxView::onSelection()
{
    const std::int64_t id = m_list->conversationIdAt(m_conversations->currentIndex().row());
    if (id == 0 || id == m_thread->conversationId()) {
        return;
    }
    m_thread->setConversation(id);
    m_messages->scrollToBottom();
    m_inbox.openConversation(id);
    refreshHeader();
}

void InboxView::refreshHeader()
{
    const auto conversation = m_inbox.cache() ? m_inbox.cache()->conversation(openConversationId()) : std::nullopt;
    m_composer->setConversation(conversation);
    for (QPushButton *button : {m_assignMe, m_triage, m_resolve}) {
        button->setEnabled(conversation.has_value());
    }
    if (!conversation) {
        m_header->setText(tr("Choose a conversation"));
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
    const QString name = conversation->contact.profileName.isEmpty() ? conversation->contact.waId : conversation->contact.profileName;
    m_header->setText(tr("%1 · WhatsApp +%2 · %3").arg(name, conversation->contact.waId, assignee));
}

} // namespace cb::ui
