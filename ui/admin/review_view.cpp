#include "ui/admin/review_view.h"

#include "client/admin/compliance_service.h"
#include "ui/admin/conversation_picker.h"

#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString directionName(const QString &direction)
{
    if (direction == QLatin1String("inbound")) {
        return ReviewView::tr("From the patient");
    }
    if (direction == QLatin1String("outbound")) {
        return ReviewView::tr("To the patient");
    }
    if (direction == QLatin1String("note")) {
        return ReviewView::tr("Internal note");
    }
    return direction;
}
} // namespace

// The patient a review reads, by name (the number when the server did not say).
static QString patientOf(const client::Review &review)
{
    return review.patient.isEmpty() ? ReviewView::tr("conversation %1").arg(review.conversationId) : review.patient;
}

// --- Open a review -----------------------------------------------------------------

OpenReviewDialog::OpenReviewDialog(client::RecordsService &service, QWidget *parent)
    : QDialog(parent), m_service(service),
      m_conversation(new ConversationPicker(*new client::ComplianceService(service.connection(), this), this)),
      m_reason(new QPlainTextEdit(this)),
      m_minutes(new QSpinBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("openReviewDialog"));
    setWindowTitle(tr("Open a conversation for review"));
    m_conversation->setObjectName(QStringLiteral("reviewConversation"));
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_reason->setPlaceholderText(tr("The investigation: for example, the complaint's reference and what is alleged"));
    m_minutes->setObjectName(QStringLiteral("reviewMinutes"));
    m_minutes->setRange(1, client::RecordsService::MaxReviewMinutes);
    m_minutes->setValue(client::RecordsService::DefaultReviewMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_message->setObjectName(QStringLiteral("openReviewMessage"));
    m_message->setWordWrap(true);
    theme::markAsProblem(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Open for review"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("openReviewOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Patient:"), m_conversation);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Lasts:"), m_minutes);
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("State why you need to read this conversation, in at least %n character(s). The access, its reason and "
                                  "every read are recorded in the audit trail and shown on the dashboard; the access ends after the "
                                  "time you choose.",
                                  nullptr, client::RecordsService::MinReviewReason),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &OpenReviewDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OpenReviewDialog::submit()
{
    const qint64 conversation = m_conversation->conversationId();
    const QString reason = m_reason->toPlainText().trimmed();
    if (conversation <= 0) {
        m_message->setText(tr("Choose the patient whose conversation you need: type part of their name or their number."));
        m_conversation->setFocus();
        return;
    }
    if (reason.size() < client::RecordsService::MinReviewReason) {
        m_message->setText(tr("State the investigation's reason in at least %n character(s).", nullptr, client::RecordsService::MinReviewReason));
        return;
    }
    m_ok->setEnabled(false);
    m_message->clear();
    m_service.openReview(conversation, reason, m_minutes->value(),
                         [self = QPointer<OpenReviewDialog>(this)](const std::optional<client::Review> &review, const QString &error) {
                             if (!self) {
                                 return;
                             }
                             self->m_ok->setEnabled(true);
                             if (!review) {
                                 self->m_message->setText(error);
                                 return;
                             }
                             emit self->opened(*review);
                             self->accept();
                         });
}

// --- The tab ---------------------------------------------------------------------

ReviewView::ReviewView(client::RecordsService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_list(new QTreeWidget(this)), m_status(new QLabel(this)), m_messages(new QTreeWidget(this)),
      m_message(new QLabel(this)), m_open(new QPushButton(tr("&Open a conversation for review…"), this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("reviewView"));
    m_list->setObjectName(QStringLiteral("reviewsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Patient"), tr("Reason"), tr("Opened"), tr("Expires"), tr("Status")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_messages->setObjectName(QStringLiteral("reviewMessages"));
    m_messages->setRootIsDecorated(false);
    m_messages->setHeaderLabels({tr("Time"), tr("Direction"), tr("Message"), tr("Record")});
    m_messages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_messages->setWordWrap(true);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection); // read-only: nothing to act on
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openReview"));
    m_refresh->setObjectName(QStringLiteral("refreshReview"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("&Your reviews:"), this);
    title->setBuddy(m_list);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_messages, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReviewView::loadMessages);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewView::refresh);
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto *dialog = new OpenReviewDialog(m_service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OpenReviewDialog::opened, this, [this](const client::Review &review) {
            QList<client::Review> reviews = m_reviews;
            reviews.prepend(review);
            showReviews(reviews, review.id);
            report(true, tr("Review of %1's conversation opened until %2.").arg(patientOf(review), localTime(review.expiresAtMs)));
        });
        dialog->open();
    });
    loadMessages();
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReviewView::refresh()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    const qint64 current = selected() ? selected()->id : 0;
    m_service.reviews([self = QPointer<ReviewView>(this), current](const QList<client::Review> &reviews, const QString &error) {
        if (!self) {
            return;
        }
        self->m_loading = false;
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->showReviews(reviews, current);
    });
}

void ReviewView::showReviews(const QList<client::Review> &reviews, qint64 select)
{
    m_reviews = reviews;
    {
        const QSignalBlocker blocker(m_list); // one read for the selection, below
        m_list->clear();
        for (const client::Review &review : reviews) {
            auto *item = new QTreeWidgetItem({patientOf(review), review.reason, localTime(review.openedAtMs),
                                              localTime(review.expiresAtMs), review.live ? tr("Open") : tr("Expired")});
            item->setData(0, IdRole, review.id);
            item->setToolTip(1, review.reason);
            if (!review.live) {
                item->setForeground(4, theme::problemText(palette(), QPalette::Base));
            }
            m_list->addTopLevelItem(item);
            if (review.id == select) {
                m_list->setCurrentItem(item);
            }
        }
    }
    loadMessages();
}

const client::Review *ReviewView::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const client::Review &review : m_reviews) {
        if (review.id == id) {
            return &review;
        }
    }
    return nullptr;
}

void ReviewView::loadMessages()
{
    m_messages->clear();
    const client::Review *review = selected();
    if (review == nullptr) {
        theme::markAsProblem(m_status, false);
        m_status->setText(m_reviews.isEmpty() ? tr("You have no reviews. Open a conversation for review to read its messages.")
                                              : tr("Choose a review to read its conversation."));
        return;
    }
    if (!review->live || review->expiresAtMs <= QDateTime::currentMSecsSinceEpoch()) {
        showExpired(*review);
        return;
    }
    const client::Review shown = *review;
    theme::markAsProblem(m_status, false);
    m_status->setText(tr("Reading %1's conversation for review, until %2.").arg(patientOf(shown), localTime(shown.expiresAtMs)));
    m_service.reviewMessages(shown.id, [self = QPointer<ReviewView>(this), shown](const QList<client::ReviewedMessage> &messages,
                                                                                 bool expired, const QString &error) {
        if (!self) {
            return;
        }
        const client::Review *now = self->selected();
        if (now == nullptr || now->id != shown.id) {
            return; // another review was chosen meanwhile
        }
        if (expired) {
            self->showExpired(shown);
            return;
        }
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->showMessages(messages);
    });
}

void ReviewView::showMessages(const QList<client::ReviewedMessage> &messages)
{
    m_messages->clear();
    for (const client::ReviewedMessage &message : messages) {
        QString text = message.body;
        QString record;
        if (message.purgedAtMs > 0) {
            text.clear();
            record = tr("Purged at the end of the retention period (%1)").arg(localTime(message.purgedAtMs));
        } else if (message.retractedAtMs > 0) {
            record = tr("Retracted by user %1 at %2: %3").arg(message.retractedBy).arg(localTime(message.retractedAtMs), message.retractionReason);
        }
        auto *item = new QTreeWidgetItem({localTime(message.sentAtMs), directionName(message.direction), text, record});
        item->setData(0, IdRole, message.id);
        if (!record.isEmpty()) {
            item->setForeground(3, theme::problemText(palette(), QPalette::Base));
        }
        m_messages->addTopLevelItem(item);
    }
    if (messages.isEmpty()) {
        m_status->setText(m_status->text() + QLatin1Char(' ') + tr("The conversation has no messages."));
    }
}

void ReviewView::showExpired(const client::Review &review)
{
    m_messages->clear();
    theme::markAsProblem(m_status);
    m_status->setText(tr("This review of %1's conversation expired at %2. Open a new one, with its reason, to read the conversation again.")
                          .arg(patientOf(review), localTime(review.expiresAtMs)));
    // The list says so too, without waiting for the next refresh.
    if (QTreeWidgetItem *item = m_list->currentItem(); item != nullptr && item->data(0, IdRole).toLongLong() == review.id) {
        item->setText(4, tr("Expired"));
        item->setForeground(4, theme::problemText(palette(), QPalette::Base));
    }
}

void ReviewView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
}

} // namespace cb::ui
