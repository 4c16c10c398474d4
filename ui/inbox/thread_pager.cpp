#include "ui/inbox/thread_pager.h"

#include "client/inbox/inbox_service.h"
#include "ui/inbox/thread_model.h"
#include "ui/shell/theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollBar>

namespace cb::ui {

ThreadPager::ThreadPager(client::InboxService &inbox, ThreadModel &thread, QListView &view)
    : QObject(&view), m_inbox(inbox), m_thread(thread), m_view(view), m_viewport(view.viewport()),
      m_topLine(new QLabel(view.viewport()))
{
    m_topLine->setObjectName(QStringLiteral("threadTop"));
    m_topLine->setTextFormat(Qt::PlainText);
    m_topLine->setMargin(m_topLine->fontMetrics().height() / 4);
    theme::markAsBanner(m_topLine);
    m_topLine->hide();
    view.installEventFilter(this);
    m_viewport->installEventFilter(this);
    QScrollBar *bar = view.verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar] {
        m_followBottom = bar->value() >= bar->maximum() - 4;
        loadOlderIfAtTop();
        updateTopLine();
    });
    // The range changes after the fact (a relayout): a person at the bottom stays there.
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followBottom) {
            bar->setValue(maximum);
        }
    });
    connect(&inbox, &client::InboxService::olderLoaded, this, [this](std::int64_t conversationId) {
        if (conversationId == m_thread.conversationId()) {
            reload();
        }
    });
}

bool ThreadPager::atTop() const
{
    const QScrollBar *bar = m_view.verticalScrollBar();
    return m_thread.rowCount() > 0 && bar->value() == bar->minimum();
}

void ThreadPager::loadOlderIfAtTop()
{
    const std::int64_t conversation = m_thread.conversationId();
    if (conversation != 0 && atTop() && !m_inbox.historyComplete(conversation)) {
        m_inbox.loadOlder(conversation);
    }
}

void ThreadPager::updateTopLine()
{
    const std::int64_t conversation = m_thread.conversationId();
    const bool show = conversation != 0 && atTop() && m_view.verticalScrollBar()->maximum() > 0;
    if (!show) {
        m_topLine->hide();
        return;
    }
    m_topLine->setText(m_inbox.loadingOlder(conversation)    ? tr("Loading older messages…")
                       : m_inbox.historyComplete(conversation) ? tr("Start of conversation")
                                                               : tr("Older messages: scroll up or press Page Up"));
    m_topLine->adjustSize();
    m_topLine->move((m_view.viewport()->width() - m_topLine->width()) / 2, 0);
    m_topLine->show();
    m_topLine->raise();
}

void ThreadPager::reload(bool toBottom)
{
    QScrollBar *bar = m_view.verticalScrollBar();
    const bool wasAtBottom = toBottom || m_followBottom;
    // The message at the top of the screen, and how far above the edge it starts.
    const QModelIndex top = m_view.indexAt(QPoint(m_view.viewport()->width() / 2, 1));
    const std::int64_t topMessage = top.isValid() ? top.data(ThreadModel::MessageIdRole).toLongLong() : 0;
    const int topOffset = top.isValid() ? m_view.visualRect(top).top() : 0;
    m_thread.reload();
    if (wasAtBottom) {
        m_view.scrollToBottom();
    } else if (const int row = topMessage > 0 ? m_thread.rowOfMessage(topMessage) : -1; row >= 0) {
        m_view.scrollTo(m_thread.index(row), QAbstractItemView::PositionAtTop);
        bar->setValue(bar->value() - topOffset);
    }
    updateTopLine();
}

void ThreadPager::showNewest()
{
    m_followBottom = true;
    m_view.scrollToBottom();
}

bool ThreadPager::eventFilter(QObject *watched, QEvent *event)
{
    // Only addresses are compared here: a widget being destroyed sends events too.
    if (event->type() == QEvent::KeyPress && watched == &m_view) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool up = key->key() == Qt::Key_PageUp || key->key() == Qt::Key_Home || key->key() == Qt::Key_Up;
        if (up && atTop()) {
            loadOlderIfAtTop(); // already at the top: the scroll bar will not move to say so
        }
    } else if (event->type() == QEvent::Resize && watched == m_viewport) {
        updateTopLine();
    }
    return false;
}

} // namespace cb::ui
