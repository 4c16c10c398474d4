#include "ui/inbox/composer.h"

#include "client/inbox/canned_replies_service.h"
#include "ui/inbox/reply_editor.h"

#include "client/inbox/inbox_service.h"
#include "core/policy/messaging_window.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
QString ruleTitle(const QString &rule)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("ssn"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a social security number")},
        {QStringLiteral("mrn"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a medical record number")},
        {QStringLiteral("date_of_birth"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a date of birth")},
        {QStringLiteral("insurance_id"), QT_TRANSLATE_NOOP("cb::ui::Composer", "an insurance id")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a home address")},
        {QStringLiteral("diagnosis"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a diagnosis")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a test result or value")},
        {QStringLiteral("medication"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a medication")},
        {QStringLiteral("dose"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a dose")},
        {QStringLiteral("procedure"), QT_TRANSLATE_NOOP("cb::ui::Composer", "a procedure")},
        {QStringLiteral("hidden_characters"), QT_TRANSLATE_NOOP("cb::ui::Composer", "hidden or look-alike characters")}};
    return QCoreApplication::translate("cb::ui::Composer", titles.value(rule, "medical details"));
}
} // namespace

Composer::Composer(client::InboxService &inbox, QWidget *parent)
    : QWidget(parent), m_inbox(inbox), m_window(new QLabel(this)), m_editor(new ReplyEditor(this)),
      m_canned(new client::CannedRepliesService(inbox.connection(), this)),
      m_warning(new QLabel(this)), m_notice(new QLabel(this)), m_escalate(new QPushButton(tr("&Escalate to secure portal"), this)),
      m_channel(new QComboBox(this)), m_attach(new QPushButton(tr("Attac&h file…"), this)),
      m_note(new QCheckBox(tr("Internal &note"), this)),
      m_template(new QPushButton(tr("Te&mplate…"), this)), m_buttons(new QPushButton(tr("With &buttons…"), this)), m_send(new QPushButton(tr("&Send"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_window->setWordWrap(true); // never widens the window
    layout->addWidget(m_window);
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setFixedHeight(90);
    layout->addWidget(m_editor);
    m_warning->setWordWrap(true);
    theme::markAsProblem(m_warning);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warning, 1);
    m_escalate->setToolTip(tr("Send the patient a secure portal link and keep this text as the first secure message (Ctrl+Shift+E)"));
    warningRow->addWidget(m_escalate);
    layout->addLayout(warningRow);
    m_notice->setObjectName(QStringLiteral("firstReplyNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    auto *buttons = new QHBoxLayout;
    m_channel->addItem(tr("WhatsApp"));
    m_channel->addItem(tr("Secure portal"));
    m_channel->setAccessibleName(tr("Send on"));
    m_channel->setToolTip(tr("Where this reply goes: WhatsApp, or the patient's secure portal"));
    buttons->addWidget(m_channel);
    m_note->setToolTip(tr("Never sent to the patient: only staff see internal notes. Type @ to mention a colleague."));
    m_note->setAccessibleDescription(m_note->toolTip());
    buttons->addWidget(m_note);
    buttons->addStretch();
    buttons->addWidget(m_template);
    buttons->addWidget(m_buttons);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);
    m_send->setToolTip(tr("Ctrl+Enter"));
    // As wide as its widest label, so switching modes never reflows the row.
    int sendWidth = 0;
    for (const QString &label : {tr("&Save note"), tr("&Send securely"), tr("&Send")}) {
        m_send->setText(label);
        sendWidth = std::max(sendWidth, m_send->sizeHint().width());
    }
    m_send->setMinimumWidth(sendWidth);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateState);
    // Colleagues see "typing" while this person writes (not when a draft is put back).
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_conversation && m_editor->hasFocus() && !m_editor->toPlainText().trimmed().isEmpty()) {
            m_inbox.presence().typing(m_conversation->id);
        }
    });
    connect(m_note, &QCheckBox::toggled, this, &Composer::updateState);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_template, &QPushButton::clicked, this, &Composer::chooseTemplate);
    connect(m_buttons, &QPushButton::clicked, this, &Composer::addButtons);
    connect(m_escalate, &QPushButton::clicked, this, [this] {
        reportRefusal();
        emit escalateRequested();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &Composer::updateState);
    connect(m_attach, &QPushButton::clicked, this, &Composer::attachFile);
    m_attach->setToolTip(tr("Send a photo or a PDF to the patient's secure portal"));
    m_buttons->setToolTip(tr("Send the text with up to three quick replies the patient can tap"));
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setToolTip(tr("Type / for the clinic's canned replies"));
    // Asked for when "/" is typed, never at start-up: most replies use none.
    connect(m_editor, &ReplyEditor::cannedRepliesWanted, this, &Composer::fetchCannedReplies);
    // "@" offers colleagues in a note (an @mention tells them).
    connect(&m_inbox, &client::InboxService::colleaguesChanged, this,
            [this] { m_editor->setColleagues(m_inbox.colleagues(), m_inbox.myId()); });
    m_editor->setColleagues(m_inbox.colleagues(), m_inbox.myId());
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &Composer::send);
    updateState();
}

void Composer::fetchCannedReplies()
{
    constexpr qint64 RefreshMs = 2000; // one list per "/", not one per key
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_cannedFetchedAtMs < RefreshMs) {
        return;
    }
    m_cannedFetchedAtMs = now;
    m_canned->list([self = QPointer<Composer>(this)](const QList<client::CannedReply> &replies, const QString &error) {
        if (self && error.isEmpty()) {
            self->m_editor->setCannedReplies(replies);
        }
    });
}

void Composer::setConversation(const std::optional<model::Conversation> &conversation)
{
    const bool changed = !conversation || !m_conversation || conversation->id != m_conversation->id;
    m_conversation = conversation;
    m_editor->setPreferredLanguage(conversation ? conversation->contact.language : QString());
    if (changed) {
        m_editor->clear();
        m_note->setChecked(false);
        m_channel->setCurrentIndex(0);
    }
    updateState();
}

void Composer::restore(const QString &text, const QString &reason)
{
    // Whatever is being typed now stays; the refused text comes back after it.
    const QString current = m_editor->toPlainText().trimmed();
    m_editor->setPlainText(current.isEmpty() || current == text ? text : current + QStringLiteral("\n\n") + text);
    m_warning->setText(reason);
}

void Composer::focusEditor()
{
    m_editor->setFocus();
}

void Composer::usePortal()
{
    // A note being written stays a note: switching it would send it to the patient.
    if (!m_note->isChecked()) {
        m_channel->setCurrentIndex(1);
        m_warning->clear();
    }
    updateState();
    m_editor->setFocus();
}

bool Composer::portalSelected() const
{
    return m_portalLive && m_channel->currentIndex() == 1;
}

QString Composer::draft() const
{
    return m_editor->toPlainText().trimmed();
}

bool Composer::writingNote() const
{
    return m_note->isChecked();
}

void Composer::restoreDraft(const QString &text, bool note, bool portal)
{
    m_note->setChecked(note);
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    if (portal) {
        usePortal(); // only if the patient's link still works
    }
    updateState();
}

void Composer::showProblem(const QString &text)
{
    m_warning->setText(text);
}

void Composer::updateState()
{
    const bool have = m_conversation.has_value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 remaining = have ? policy::messagingWindowRemainingMs(m_conversation->lastInboundAtMs, now) : 0;
    const bool optedOut = have && m_conversation->contact.optedOut;
    // The portal channel exists while the patient holds a working link; after a
    // revoke, a lock or an expiry only "send a new link" reopens it.
    const bool escalated = have && m_inbox.portalEnabled() && m_conversation->portal.escalated();
    // Minimum necessary: a front desk kept from the portal's content writes none either.
    const bool withheld = m_inbox.portalWithheld();
    m_portalLive = escalated && !withheld && m_conversation->portal.live(now);
    if (!have) {
        m_window->clear();
    } else if (optedOut) {
        m_window->setText(tr("This patient sent STOP: WhatsApp messages are off. Notes still work."));
    } else if (portalSelected()) {
        m_window->setText(tr("Secure portal: WhatsApp only carries a notice to the patient, never this text."));
    } else if (remaining > 0) {
        const qint64 minutes = remaining / 60000;
        m_window->setText(tr("Reply window open: %1 h %2 min left").arg(minutes / 60).arg(minutes % 60));
    } else {
        m_window->setText(tr("Reply window closed: only approved templates can be sent."));
    }
    m_channel->setVisible(m_portalLive);
    const bool portal = portalSelected();
    if (portal) {
        m_note->setChecked(false);
    }
    m_note->setEnabled(!portal);
    const bool note = m_note->isChecked();
    m_editor->setMentionsEnabled(note);
    const QString text = m_editor->toPlainText().trimmed();
    const auto verdict = m_guard.check(text);
    QStringList found;
    for (const QString &rule : verdict.rules()) {
        found << ruleTitle(rule);
    }
    const bool blocked = !note && !portal && !verdict.allowed();
    if (!blocked) {
        m_refusalReported = false; // a new draft may be stopped, and reported, again
    }
    if (blocked && withheld) {
        m_warning->setText(tr("This looks like %1. It cannot go on WhatsApp; write it as an internal note for the care team.")
                               .arg(found.join(tr(", "))));
    } else if (blocked) {
        m_warning->setText(m_portalLive ? tr("This looks like %1. It cannot go on WhatsApp; send it on the secure portal.").arg(found.join(tr(", ")))
                                     : tr("This looks like %1. It cannot go on WhatsApp; use the secure portal.").arg(found.join(tr(", "))));
    } else {
        m_warning->clear();
    }
    const bool mayWhatsApp = m_inbox.mayReply() && !optedOut;
    // Escalating needs WhatsApp to carry the link (not after STOP).
    m_escalate->setVisible(blocked && !withheld);
    m_escalate->setText(m_portalLive ? tr("S&witch to the secure portal")
                        : escalated  ? tr("Send a new secure portal &link")
                                     : tr("&Escalate to secure portal"));
    m_escalate->setEnabled(m_inbox.portalEnabled() && (m_portalLive || mayWhatsApp));
    if (!m_inbox.portalEnabled()) {
        m_escalate->setToolTip(tr("The secure portal is not set up on this server. Call the patient instead."));
    }
    m_editor->setEnabled(have && m_inbox.mayReply());
    // Templates and quick replies are WhatsApp's; the portal has attachments instead.
    m_template->setVisible(!portal);
    m_buttons->setVisible(!portal);
    m_template->setEnabled(have && !portal && mayWhatsApp && !m_inbox.templates().isEmpty());
    m_attach->setVisible(portal);
    m_attach->setEnabled(portal && m_inbox.mayReply());
    m_send->setEnabled(have && !text.isEmpty() && !blocked && (note || portal || (mayWhatsApp && remaining > 0)));
    m_buttons->setEnabled(have && !note && !portal && !text.isEmpty() && text.size() <= 1024 && !blocked && mayWhatsApp && remaining > 0);
    m_send->setText(note ? tr("&Save note") : portal ? tr("&Send securely") : tr("&Send"));
    // The server appends the clinic's notice to a patient's first WhatsApp reply:
    // the person sees it before sending, not in the thread afterwards.
    const QString notice = have ? m_inbox.firstReplyNotice(m_conversation->contact.language) : QString();
    const bool firstReply = have && !m_conversation->contact.noticeSent && !note && !portal && mayWhatsApp && remaining > 0;
    m_notice->setVisible(firstReply && !notice.isEmpty());
    m_notice->setText(firstReply ? tr("This first reply ends with the clinic's notice: “%1”").arg(notice) : QString());
}

// PhiGuard stopped this text here, so the server never saw it: tell it which
// rules (never the text), once per draft, for the compliance dashboard.
void Composer::reportRefusal()
{
    if (m_refusalReported || !m_conversation || m_note->isChecked() || portalSelected()) {
        return;
    }
    const QStringList rules = m_guard.check(m_editor->toPlainText().trimmed()).rules();
    if (!rules.isEmpty()) {
        m_refusalReported = true;
        m_inbox.reportPhiRefusal(m_conversation->id, rules);
    }
}

void Composer::send()
{
    reportRefusal(); // Ctrl+Enter on a stopped reply is a refusal
    if (!m_send->isEnabled() || !m_conversation) {
        return;
    }
    const QString text = m_editor->toPlainText().trimmed();
    if (portalSelected()) {
        m_inbox.sendPortal(m_conversation->id, text);
    } else if (m_note->isChecked()) {
        m_inbox.addNote(m_conversation->id, text);
    } else {
        m_inbox.sendText(m_conversation->id, text);
    }
    m_editor->clear();
}

} // namespace cb::ui
