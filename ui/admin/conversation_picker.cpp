#include "ui/admin/conversation_picker.h"

#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QKeyEvent>

#include <algorithm>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int PauseMs = 300;
constexpr int MinimumLetters = 2;
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int ContactRole = Qt::UserRole + 3;
} // namespace

ConversationPicker::ConversationPicker(client::ComplianceService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_field(new QLineEdit(this)), m_matches(new QListWidget(this)), m_status(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("conversationPickerField"));
    m_field->setPlaceholderText(tr("Patient's name or phone number"));
    m_field->setMaxLength(200);
    m_field->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("conversationPickerMatches"));
    m_matches->setAccessibleName(tr("Matching patients"));
    // The list and the line under it keep their place whether or not anything
    // matched, so the form never jumps while the person types.
    m_matches->setFixedHeight(m_matches->fontMetrics().lineSpacing() * 4 + 2 * m_matches->frameWidth());
    m_status->setObjectName(QStringLiteral("conversationPickerStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setText(tr("Type part of the patient's name or their number."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_matches);
    layout->addWidget(m_status);
    setFocusProxy(m_field);
    // The wrapped line under the list asks for its height by width, which a form
    // row does not give it: reserve the whole picker's height up front.
    setMinimumHeight(m_field->sizeHint().height() + m_matches->height() + m_status->minimumHeight() + 2 * layout->spacing());

    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ConversationPicker::find);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        m_id = 0;
        m_contact = 0;
        m_pause.start();
    });
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_matches->row(item)); });
    connect(m_matches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { choose(m_matches->row(item)); });
}

void ConversationPicker::setFixed(qint64 conversationId, const QString &patient)
{
    m_id = conversationId;
    m_field->setText(patient.isEmpty() ? tr("This conversation") : patient);
    m_field->setReadOnly(true);
    m_matches->hide();
    m_status->hide();
    setMinimumHeight(0);
}

bool ConversationPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down and Up walk the matches while typing stays in the field; Enter chooses
    // one (and does not reach the form's default button).
    if (watched == m_field && event->type() == QEvent::KeyPress && m_matches->count() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_matches->setCurrentRow(std::clamp(m_matches->currentRow() + step, 0, m_matches->count() - 1));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose(std::max(0, m_matches->currentRow()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationPicker::find()
{
    const QString words = m_field->text().trimmed();
    const int asked = ++m_asked;
    if (words.size() < MinimumLetters) {
        m_matches->clear();
        theme::markAsProblem(m_status, false);
        m_status->setText(tr("Type part of the patient's name or their number."));
        return;
    }
    m_service.findConversations(words, [self = QPointer<ConversationPicker>(this), asked](const QList<client::ConversationMatch> &matches,
                                                                                         const QString &error) {
        if (self && asked == self->m_asked && self->m_id == 0) {
            self->showMatches(matches, error);
        }
    });
}

void ConversationPicker::showMatches(const QList<client::ConversationMatch> &matches, const QString &error)
{
    m_matches->clear();
    for (const client::ConversationMatch &match : matches) {
        auto *item = new QListWidgetItem(tr("%1 · last message %2").arg(match.patient, localTime(match.lastMessageAtMs)), m_matches);
        item->setData(IdRole, match.conversationId);
        item->setData(NameRole, match.patient);
        item->setData(ContactRole, match.contactId);
    }
    if (!matches.isEmpty()) {
        m_matches->setCurrentRow(0);
    }
    theme::markAsProblem(m_status, !error.isEmpty());
    if (!error.isEmpty()) {
        m_status->setText(error);
    } else if (matches.isEmpty()) {
        m_status->setText(tr("No patient matches “%1”. Try part of their name, or their number with its area code.")
                              .arg(m_field->text().trimmed()));
    } else {
        m_status->setText(tr("%n patient(s) found: Down and Enter choose one.", nullptr, int(matches.size())));
    }
}

void ConversationPicker::choose(int row)
{
    const QListWidgetItem *item = m_matches->item(row);
    if (item == nullptr) {
        return;
    }
    m_pause.stop();
    ++m_asked;
    m_id = item->data(IdRole).toLongLong();
    m_contact = item->data(ContactRole).toLongLong();
    m_patient = item->data(NameRole).toString();
    const QString patient = m_patient;
    m_field->setText(patient);
    m_matches->clear();
    theme::markAsProblem(m_status, false);
    m_status->setText(tr("Chosen: %1's conversation.").arg(patient));
    emit chosen(m_id);
}

} // namespace cb::ui
