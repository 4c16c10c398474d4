#pragma once

#include <QStyledItemDelegate>

namespace cb::ui {

// Draws a conversation row as two lines: the patient's name (bold while
// unread) with the time and an unread badge on the right, then the preview,
// elided to the width, with the status when it is not "open".
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cb::ui
