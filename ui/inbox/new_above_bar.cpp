#include "ui/inbox/new_above_bar.h"

#include "ui/inbox/conversation_list_model.h"

#include <QListView>
#include <QScrollBar>

namespace cb::ui {

NewAboveBar::NewAboveBar(QListView &list, ConversationListModel &model, QWidget *parent)
    : QPushButton(parent), m_list(list), m_model(model)
{
    setObjectName(QStringLiteral("newAbove"));
    setFlat(true);
    setToolTip(tr("Go to the top of the list (Home in the list)"));
    hide();
    connect(this, &QPushButton::clicked, this, &NewAboveBar::goToTop);
    // Reaching the top by any means (wheel, keys, this button) shows the newcomers.
    connect(m_list.verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_list.verticalScrollBar()->minimum() && !m_new.isEmpty()) {
            m_new.clear();
            refresh();
        }
    });
    // A new view or search starts again.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_new.clear();
        refresh();
    });
}

void NewAboveBar::keep()
{
    m_atTop = m_list.verticalScrollBar()->value() == m_list.verticalScrollBar()->minimum();
    m_anchor = 0;
    m_above.clear();
    if (m_atTop) {
        return;
    }
    const int top = m_list.indexAt(QPoint(1, 1)).row();
    if (top < 0) {
        m_atTop = true;
        return;
    }
    m_anchor = m_model.conversationIdAt(top);
    m_above.reserve(top);
    for (int row = 0; row < top; ++row) {
        m_above.insert(m_model.conversationIdAt(row));
    }
}

void NewAboveBar::settle()
{
    if (m_atTop) {
        m_list.scrollToTop();
        return;
    }
    const int top = m_model.rowOf(m_anchor);
    if (top < 0) {
        return; // the row left the view (filtered out): nothing to hold still
    }
    // Lay the rows out now: a scroll range still sized for the old row count would
    // clamp the new position.
    m_list.doItemsLayout();
    m_list.scrollTo(m_model.index(top), QAbstractItemView::PositionAtTop);
    for (int row = 0; row < top; ++row) {
        if (const std::int64_t id = m_model.conversationIdAt(row); !m_above.contains(id)) {
            m_new.insert(id);
        }
    }
    m_above.clear();
    refresh();
}

void NewAboveBar::goToTop()
{
    m_list.scrollToTop();
    m_new.clear();
    refresh();
}

void NewAboveBar::refresh()
{
    setText(tr("%n new ↑", nullptr, count()));
    setAccessibleName(tr("%n new conversations above", nullptr, count()));
    setVisible(count() > 0);
}

} // namespace cb::ui
