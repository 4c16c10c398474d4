#include "ui/inbox/conversation_delegate.h"

#include "ui/inbox/conversation_list_model.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace cb::ui {

namespace {
constexpr int Margin = 8;
constexpr int LineGap = 2;

// A search result's line with the matched words in bold, in the painter's pen.
// Elided with bold metrics, so the line never runs past `rect`.
void drawHighlighted(QPainter *painter, const QRect &rect, const QFont &font, const QString &text, const QVariantList &highlights)
{
    QFont bold = font;
    bold.setBold(true);
    const QString shown = QFontMetrics(bold).elidedText(text, Qt::ElideRight, rect.width());
    // Eliding keeps the start of the text, so the ranges still point at the same words.
    const int kept = shown == text ? int(shown.size()) : int(shown.size()) - 1;
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &highlight : highlights) {
        const QPoint range = highlight.toPoint();
        const int length = std::min(range.y(), kept - range.x());
        if (length > 0) {
            QTextCharFormat format;
            format.setFontWeight(QFont::Bold);
            formats.append({range.x(), length, format});
        }
    }
    QTextLayout layout(shown, font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}
} // namespace

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {200, Margin * 2 + line * 2 + LineGap};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = option.fontMetrics.height();

    painter->save();
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);

    // Right side of the first line: time, then the unread badge.
    const QString time = index.data(ConversationListModel::TimeRole).toString();
    int right = area.right();
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int width = std::max(line, nameMetrics.horizontalAdvance(count) + line / 2);
        const QRect badge(right - width + 1, area.top(), width, line);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, line / 2.0, line / 2.0);
        painter->setPen(selected ? option.palette.color(QPalette::Highlight) : option.palette.color(QPalette::HighlightedText));
        painter->setFont(nameFont);
        painter->drawText(badge, Qt::AlignCenter, count);
        right = badge.left() - Margin;
    }
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : theme::secondaryText(option.palette));
    const int timeWidth = option.fontMetrics.horizontalAdvance(time);
    painter->drawText(QRect(right - timeWidth + 1, area.top(), timeWidth, line), Qt::AlignRight | Qt::AlignVCenter, time);
    right -= timeWidth + Margin;

    painter->setFont(nameFont);
    painter->setPen(option.palette.color(textRole));
    const QString name = index.data(ConversationListModel::NameRole).toString();
    const QRect nameRect(area.left(), area.top(), std::max(0, right - area.left()), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));

    painter->setFont(option.font);
    const QRect previewRect(area.left(), area.top() + line + LineGap, area.width(), line);
    const QString preview = index.data(ConversationListModel::PreviewRole).toString();
    const QVariantList highlights = index.data(ConversationListModel::HighlightsRole).toList();
    if (highlights.isEmpty()) {
        painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(preview, Qt::ElideRight, previewRect.width()));
    } else {
        drawHighlighted(painter, previewRect, option.font, preview, highlights);
    }

    // A hairline between rows, so conversations never run together.
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace cb::ui
