// InboxView's memory across a lock: what is taken before it, and given back.
#include "ui/inbox/inbox_view.h"

#include "ui/inbox/composer.h"
#include "ui/inbox/conversation_list_model.h"
#include "ui/inbox/view_tabs.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>

namespace cb::ui {

namespace {
constexpr int MaxRestorePages = 20; // of the list's 100 rows: 2,000 conversations down
} // namespace

WorkspaceMemo InboxView::memo() const
{
    WorkspaceMemo memo;
    memo.view = m_views->currentIndex();
    memo.search = m_search->text();
    memo.conversationId = openConversationId();
    memo.draft = m_composer->draft();
    memo.note = m_composer->writingNote();
    memo.portal = m_composer->portalSelected();
    return memo;
}

void InboxView::restore(const WorkspaceMemo &memo)
{
    m_views->setCurrentIndex(memo.view);
    m_search->setText(memo.search);
    m_searchPause->stop(); // the person's search, at once: no typing pause to wait for
    runSearch();
    m_pendingRestore = memo;
    applyPendingRestore(); // now if the cache already lists it, else when it does
}

void InboxView::applyPendingRestore()
{
    if (!m_pendingRestore) {
        return;
    }
    int row = m_list->rowOf(m_pendingRestore->conversationId);
    // Scrolled far down before the lock: bring in the pages down to it (a bounded few).
    for (int page = 0; row < 0 && page < MaxRestorePages && m_list->holdsMore(); ++page) {
        m_list->fetchMore({});
        row = m_list->rowOf(m_pendingRestore->conversationId);
    }
    if (row < 0) {
        return;
    }
    const WorkspaceMemo memo = *std::exchange(m_pendingRestore, std::nullopt);
    selectRow(row);
    m_composer->restoreDraft(memo.draft, memo.note, memo.portal);
    m_composer->focusEditor();
}

} // namespace cb::ui
