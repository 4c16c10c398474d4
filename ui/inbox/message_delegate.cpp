#include "ui/inbox/message_delegate.h"

#include "ui/inbox/thread_model.h"
#include "ui/shell/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace cb::ui {

namespace {

constexpr int Padding = 10;   // inside a bubble
constexpr int RowGap = 6;     // between bubbles
constexpr int Side = 12;      // between a bubble and the view's edge
constexpr int PartGap = 6;    // between the parts inside a bubble
constexpr int ChipPadding = 6;
constexpr int ButtonGap = 6;

// Where everything in one row goes, computed once for both sizeHint and paint.
struct RowLayout
{
    QString day;
    QRect dayPill;
    QRect avatar;
    QRect bubble;
    QRect author;
    QRect body;
    QRect chip;
    QRect thumbnail;
    QList<QRect> buttons;
    QRect footer;
    int height = 0;
};

QFont smallerFont(const QFont &font)
{
    QFont smaller = font;
    if (smaller.pointSizeF() > 0) {
        smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    } else {
        smaller.setPixelSize(std::max(9, smaller.pixelSize() * 9 / 10));
    }
    return smaller;
}

QFont boldFont(const QFont &font)
{
    QFont bold = smallerFont(font);
    bold.setBold(true);
    return bold;
}

// A line's width with room to spare: advances are fractional, and a rect one
// pixel short makes elidedText cut "You" to "Y…".
int lineWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2;
}

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width() > 0 ? option.rect.width() : 480;
}

// "nina, Nurse" over a staff message; "nina, Nurse · Internal note" over a note.
QString authorLine(const QModelIndex &index)
{
    const QString author = index.data(ThreadModel::AuthorRole).toString();
    if (index.data(ThreadModel::ChannelRole).toString() != QLatin1String("note")) {
        return author;
    }
    return (author.isEmpty() ? QString() : author + QStringLiteral(" · ")) + index.data(ThreadModel::ChannelLabelRole).toString();
}

QString footerText(const QModelIndex &index)
{
    QStringList parts{index.data(ThreadModel::ChannelLabelRole).toString(), index.data(ThreadModel::TimeRole).toString(),
                      index.data(ThreadModel::StatusRole).toString()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

RowLayout layoutRow(const QStyleOptionViewItem &option, const QModelIndex &index, int left, int top)
{
    RowLayout row;
    // Measured for the device that is painted on, or widths and drawn text disagree.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const QPaintDevice *device = view ? static_cast<const QPaintDevice *>(view->viewport()) : nullptr;
    const QFontMetrics body(option.font, device);
    const QFontMetrics small(smallerFont(option.font), device);
    const QFontMetrics bold(boldFont(option.font), device);
    const int width = viewWidth(option);
    const bool outbound = index.data(ThreadModel::OutboundRole).toBool();
    const bool note = index.data(ThreadModel::ChannelRole).toString() == QLatin1String("note");
    int y = top + RowGap / 2;

    if (index.data(ThreadModel::DayStartsRole).toBool()) {
        row.day = MessageDelegate::dayLabel(index.data(ThreadModel::DayRole).toDate());
        const int pillWidth = lineWidth(small, row.day) + 2 * Padding;
        row.dayPill = QRect(left + (width - pillWidth) / 2, y + RowGap, pillWidth, small.height() + ChipPadding);
        y = row.dayPill.bottom() + 1 + RowGap * 2;
    }

    const int avatarSize = body.height() * 2;
    const bool withAvatar = !outbound && !note;
    const int maxBubble = std::max(200, (width - 2 * Side - avatarSize) * 3 / 4);
    const int inner = maxBubble - 2 * Padding;

    const QString text = index.data(ThreadModel::BodyRole).toString();
    const QString attachment = index.data(ThreadModel::AttachmentRole).toString();
    const QPixmap thumbnail = index.data(Qt::DecorationRole).value<QPixmap>();
    const QStringList buttons = index.data(ThreadModel::QuickRepliesRole).toStringList();
    const QString footer = footerText(index);

    // Content sizes, then the bubble around the widest of them.
    int contentWidth = 0;
    int contentHeight = 0;
    const auto place = [&](QSize size) {
        const QRect at(0, contentHeight + (contentHeight > 0 ? PartGap : 0), size.width(), size.height());
        contentWidth = std::max(contentWidth, size.width());
        contentHeight = at.bottom() + 1;
        return at;
    };
    if (const QString header = authorLine(index); !header.isEmpty()) {
        row.author = place(QSize(std::min(inner, lineWidth(bold, header)), bold.height()));
    }
    if (!text.isEmpty()) {
        row.body = place(body.boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, text).size());
    }
    if (!attachment.isEmpty()) {
        row.chip = place(QSize(std::min(inner, lineWidth(small, attachment) + 2 * ChipPadding), small.height() + ChipPadding));
    }
    if (!thumbnail.isNull()) {
        const QSize shown = thumbnail.deviceIndependentSize().toSize().boundedTo(QSize(inner, ThreadModel::ThumbnailSize));
        row.thumbnail = place(shown);
    }
    // Quick replies flow left to right, wrapping within the bubble.
    if (!buttons.isEmpty()) {
        int x = 0;
        int lineTop = contentHeight + (contentHeight > 0 ? PartGap : 0);
        const int buttonHeight = small.height() + 2 * ChipPadding;
        for (const QString &title : buttons) {
            const int w = std::min(inner, lineWidth(small, title) + 4 * ChipPadding);
            if (x > 0 && x + w > inner) {
                x = 0;
                lineTop += buttonHeight + ButtonGap;
            }
            row.buttons.append(QRect(x, lineTop, w, buttonHeight));
            contentWidth = std::max(contentWidth, x + w);
            x += w + ButtonGap;
        }
        contentHeight = lineTop + buttonHeight;
    }
    row.footer = place(QSize(std::min(inner, lineWidth(small, footer)), small.height()));

    const int bubbleWidth = contentWidth + 2 * Padding;
    const int bubbleLeft = outbound || note ? left + width - Side - bubbleWidth : left + Side + (withAvatar ? avatarSize + Side / 2 : 0);
    row.bubble = QRect(bubbleLeft, y, bubbleWidth, contentHeight + 2 * Padding);
    if (withAvatar && !index.data(ThreadModel::RunContinuesRole).toBool()) { // one avatar under a run of the patient's
        row.avatar = QRect(left + Side, row.bubble.bottom() - avatarSize + 1, avatarSize, avatarSize);
    }
    const QPoint origin = row.bubble.topLeft() + QPoint(Padding, Padding);
    for (QRect *part : {&row.author, &row.body, &row.chip, &row.thumbnail, &row.footer}) {
        if (!part->isNull()) {
            part->translate(origin);
        }
    }
    row.footer.moveRight(row.bubble.right() - Padding); // time and ticks sit at the foot, on the right
    for (QRect &button : row.buttons) {
        button.translate(origin);
    }
    row.height = row.bubble.bottom() + 1 + RowGap / 2 - top;
    return row;
}

} // namespace

QString MessageDelegate::dayLabel(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today) {
        return tr("Today");
    }
    if (day == today.addDays(-1)) {
        return tr("Yesterday");
    }
    return QLocale().toString(day, QLocale::LongFormat);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const RowLayout row = layoutRow(option, index, 0, 0);
    return {viewWidth(option), row.height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const RowLayout row = layoutRow(option, index, option.rect.left(), option.rect.top());
    const QPalette &palette = option.palette;
    const auto tone = theme::Tone(index.data(ThreadModel::ToneRole).toInt());
    const theme::Surface bubble = theme::surface(palette, tone);
    const theme::Surface quiet = theme::surface(palette, theme::Tone::Quiet);
    const QFont small = smallerFont(option.font);
    const qreal radius = option.fontMetrics.height() * 0.6;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!row.day.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(quiet.fill);
        painter->drawRoundedRect(row.dayPill, row.dayPill.height() / 2.0, row.dayPill.height() / 2.0);
        painter->setFont(small);
        painter->setPen(quiet.text);
        painter->drawText(row.dayPill, Qt::AlignCenter, row.day);
    }

    if (!row.avatar.isNull()) {
        const theme::Surface avatar = theme::surface(palette, theme::Tone::Patient);
        painter->setPen(Qt::NoPen);
        painter->setBrush(avatar.fill);
        painter->drawEllipse(row.avatar);
        painter->setFont(boldFont(option.font));
        painter->setPen(avatar.text);
        painter->drawText(row.avatar, Qt::AlignCenter, index.data(ThreadModel::InitialsRole).toString());
    }

    painter->setPen(option.state & QStyle::State_HasFocus ? QPen(palette.color(QPalette::Highlight), 2) : QPen(bubble.outline, 1));
    painter->setBrush(bubble.fill);
    painter->drawRoundedRect(QRectF(row.bubble).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    if (!row.author.isNull()) {
        painter->setFont(boldFont(option.font));
        painter->setPen(bubble.secondary);
        painter->drawText(row.author, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(authorLine(index), Qt::ElideRight, row.author.width()));
    }
    if (!row.body.isNull()) {
        QFont font = option.font;
        font.setItalic(index.data(ThreadModel::HiddenRole).toBool());
        painter->setFont(font);
        painter->setPen(bubble.text);
        painter->drawText(row.body, Qt::TextWordWrap, index.data(ThreadModel::BodyRole).toString());
    }
    if (!row.chip.isNull()) {
        painter->setPen(QPen(quiet.outline, 1));
        painter->setBrush(quiet.fill);
        painter->drawRoundedRect(QRectF(row.chip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setFont(small);
        painter->setPen(quiet.text);
        const QRect text = row.chip.adjusted(ChipPadding, 0, -ChipPadding, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(index.data(ThreadModel::AttachmentRole).toString(), Qt::ElideMiddle, text.width()));
    }
    if (!row.thumbnail.isNull()) {
        painter->drawPixmap(row.thumbnail, index.data(Qt::DecorationRole).value<QPixmap>());
    }
    const QStringList buttons = index.data(ThreadModel::QuickRepliesRole).toStringList();
    for (int i = 0; i < row.buttons.size() && i < buttons.size(); ++i) {
        painter->setPen(QPen(quiet.outline, 1));
        painter->setBrush(quiet.fill);
        painter->drawRoundedRect(QRectF(row.buttons[i]).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->setFont(small);
        painter->setPen(quiet.text);
        painter->drawText(row.buttons[i], Qt::AlignCenter,
                          painter->fontMetrics().elidedText(buttons[i], Qt::ElideRight, row.buttons[i].width() - 2 * ChipPadding));
    }
    painter->setFont(small);
    painter->setPen(bubble.secondary);
    painter->drawText(row.footer, Qt::AlignRight | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(footerText(index), Qt::ElideLeft, row.footer.width()));
    painter->restore();
}

} // namespace cb::ui
