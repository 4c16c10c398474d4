// InboxView's memory across a lock: what is taken before it, and given back.
#include "ui/inbox/inbox_view.h"

#include "ui/inbox/composer.h"
#include "ui/inbox/conversation_list_model.h"
#include "ui/inbox/view_tabs.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>

namespace cb::ui {

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
    m_pendingRestore = memo;
    applyPendingRestore(); // now if the cache already lists it, else when it does
}

void InboxView::applyPendingRestore()
{
    if (!m_pendingRestore) {
        return;
    }
    const int row = m_list->rowOf(m_pendingRestore->conversationId);
    if (row < 0) {
        return;
    }
    const WorkspaceMemo memo = *std::exchange(m_pendingRestore, std::nullopt);
    selectRow(row);
    m_composer->restoreDraft(memo.draft, memo.note, memo.portal);
    m_composer->focusEditor();
}

} // namespace cb::ui
