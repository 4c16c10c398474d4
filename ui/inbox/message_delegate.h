#pragma once

#include <QStyledItemDelegate>

namespace cb::ui {

// Paints a thread as a conversation: the patient's bubbles on the left under
// their initials, ours on the right with the author's name and role, notes in
// their own colour, a separator above each new day, attachment chips, the
// patient's quick-reply buttons drawn as buttons, and time and ticks at the
// foot. Every colour is a theme::Surface, so each text meets WCAG AA in any
// palette.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Today", "Yesterday", or the date in the user's locale.
    static QString dayLabel(const QDate &day);
};

} // namespace cb::ui
