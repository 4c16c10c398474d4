#include "ui/inbox/reply_editor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

#include <algorithm>

namespace cb::ui {

namespace {
constexpr int BodyRole = Qt::UserRole + 1;
constexpr int MatchRole = Qt::UserRole + 2; // title and text: what the words after "/" match
constexpr int ExcerptLength = 60;

// "/words" or "@name" just before the cursor, at the start of the line or after
// a space: captured(1) is the sign, captured(2) the words.
QRegularExpressionMatch slashWordsBefore(const QTextCursor &cursor)
{
    static const QRegularExpression slash(QStringLiteral("(?:^|\\s)([/@])([^\\s/@]{0,40})$"));
    return slash.match(cursor.block().text().left(cursor.positionInBlock()));
}

bool isMention(const QRegularExpressionMatch &words)
{
    return words.captured(1) == QLatin1String("@");
}
} // namespace

ReplyEditor::ReplyEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_completer(new QCompleter(this)), m_model(new QStandardItemModel(this)),
      m_people(new QStandardItemModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCompletionRole(MatchRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("cannedReplies"));
    m_completer->popup()->setAccessibleName(tr("Canned replies"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ReplyEditor::insertReply);
}

void ReplyEditor::setCannedReplies(const QList<client::CannedReply> &replies)
{
    m_replies = replies;
    rebuildModel();
    if (isVisible()) {
        showCompletion(slashWordsBefore(textCursor())); // "/" was typed before the list arrived
    }
}

void ReplyEditor::setPreferredLanguage(const QString &language)
{
    if (language != m_language) {
        m_language = language;
        rebuildModel();
    }
}

void ReplyEditor::setColleagues(const QList<client::Colleague> &colleagues, std::int64_t myId)
{
    m_people->clear();
    for (const client::Colleague &person : colleagues) {
        if (person.active && person.id != myId) {
            auto *item = new QStandardItem(person.signature());
            item->setData(QLatin1Char('@') + person.displayName + QLatin1Char(' '), BodyRole);
            item->setData(person.displayName, MatchRole);
            m_people->appendRow(item);
        }
    }
}

void ReplyEditor::setMentionsEnabled(bool enabled)
{
    m_mentions = enabled;
    if (!enabled && isMention(slashWordsBefore(textCursor()))) {
        m_completer->popup()->hide();
    }
}

bool ReplyEditor::cannedRepliesShown() const
{
    return m_completer->popup()->isVisible();
}

void ReplyEditor::rebuildModel()
{
    // The patient's language first, then by title.
    QList<client::CannedReply> ordered = m_replies;
    std::stable_sort(ordered.begin(), ordered.end(), [this](const client::CannedReply &a, const client::CannedReply &b) {
        return (a.language == m_language) > (b.language == m_language);
    });
    m_model->clear();
    for (const client::CannedReply &reply : std::as_const(ordered)) {
        QString excerpt = reply.body.simplified();
        if (excerpt.size() > ExcerptLength) {
            excerpt = excerpt.left(ExcerptLength - 1) + QChar(0x2026);
        }
        auto *item = new QStandardItem(tr("%1 (%2) · %3").arg(reply.title, reply.language.toUpper(), excerpt));
        item->setData(reply.body, BodyRole);
        item->setData(reply.title + QLatin1Char(' ') + reply.body, MatchRole);
        item->setToolTip(reply.body);
        m_model->appendRow(item);
    }
}

void ReplyEditor::keyPressEvent(QKeyEvent *event)
{
    // While the list is open these keys are the list's (QCompleter acts on them
    // once the editor leaves them alone).
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab: event->ignore(); return;
        default: break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    updateCompletion();
}

void ReplyEditor::updateCompletion()
{
    const QRegularExpressionMatch words = slashWordsBefore(textCursor());
    if (words.hasMatch() && !isMention(words) && !m_completer->popup()->isVisible()) {
        emit cannedRepliesWanted();
    }
    showCompletion(words);
}

void ReplyEditor::showCompletion(const QRegularExpressionMatch &words)
{
    QAbstractItemView *popup = m_completer->popup();
    QStandardItemModel *model = isMention(words) ? (m_mentions ? m_people : nullptr) : m_model;
    if (!words.hasMatch() || !model || model->rowCount() == 0) {
        popup->hide();
        return;
    }
    if (m_completer->model() != model) {
        m_completer->setModel(model);
        popup->setAccessibleName(model == m_people ? tr("Colleagues to mention") : tr("Canned replies"));
    }
    m_completer->setCompletionPrefix(words.captured(2));
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect where = cursorRect();
    where.setWidth(std::min(width(), popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(where);
}

void ReplyEditor::insertReply(const QModelIndex &index)
{
    QTextCursor cursor = textCursor();
    const QRegularExpressionMatch words = slashWordsBefore(cursor);
    if (!words.hasMatch()) {
        return;
    }
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(words.captured(2).size()) + 1);
    cursor.insertText(index.data(BodyRole).toString());
    setTextCursor(cursor);
}

} // namespace cb::ui
