#include "ui/admin/retention_view.h"

#include "client/admin/compliance_service.h"
#include "ui/admin/conversation_picker.h"

#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cb::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString holdSubject(const client::LegalHold &hold)
{
    const QString patient = hold.patient.isEmpty() ? RetentionView::tr("a patient no longer on file") : hold.patient;
    return hold.conversationId > 0 ? RetentionView::tr("%1's conversation").arg(patient)
                                   : RetentionView::tr("%1 (all their conversations)").arg(patient);
}

// The period as people say it, from how far back the cutoff lies.
QString periodName(qint64 cutoffMs)
{
    const qint64 seconds = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - cutoffMs) / 1000);
    const qint64 days = seconds / 86400;
    if (days >= 365) {
        return RetentionView::tr("%n year(s)", nullptr, int((days * 4 + 730) / 1461)); // 365.25 days a year, rounded
    }
    if (days >= 1) {
        return RetentionView::tr("%n day(s)", nullptr, int(days));
    }
    return RetentionView::tr("%n second(s)", nullptr, int(seconds));
}
} // namespace

// --- Place or release a hold ---------------------------------------------------

LegalHoldDialog::LegalHoldDialog(client::RecordsService &service, qint64 holdId, const QString &subject, QWidget *parent)
    : QDialog(parent), m_service(service), m_holdId(holdId), m_reason(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("legalHoldDialog"));
    setWindowTitle(holdId > 0 ? tr("Release the legal hold") : tr("Place a legal hold"));
    m_reason->setObjectName(QStringLiteral("holdReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_reason->setPlaceholderText(holdId > 0 ? tr("Why the hold is no longer needed") : tr("Why these messages must be kept (for example, the case)"));
    m_message->setObjectName(QStringLiteral("holdMessage"));
    m_message->setWordWrap(true);
    theme::markAsProblem(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(holdId > 0 ? tr("&Release") : tr("&Place hold"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("holdOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    if (holdId > 0) {
        layout->addWidget(new QLabel(tr("Once released, %1 is purged like any other conversation when its messages pass the retention period.").arg(subject), this));
    } else {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("holdTarget"));
        m_target->addItem(tr("This conversation"), QStringLiteral("conversation"));
        m_target->addItem(tr("All of this patient's conversations"), QStringLiteral("contact"));
        m_patient = new ConversationPicker(*new client::ComplianceService(service.connection(), this), this);
        m_patient->setObjectName(QStringLiteral("holdPatient"));
        form->addRow(tr("P&atient:"), m_patient);
        form->addRow(tr("&Keep:"), m_target);
        layout->addWidget(new QLabel(tr("Messages under a legal hold are never purged, whatever their age, until the hold is released."), this));
    }
    form->addRow(tr("R&eason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &LegalHoldDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LegalHoldDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.size() < 3) {
        m_message->setText(tr("Give a reason (3 to 500 characters)."));
        return;
    }
    auto answer = [self = QPointer<LegalHoldDialog>(this)](const QString &message) {
        return [self, message](qint64 id, const QString &error) {
            if (!self) {
                return;
            }
            self->m_ok->setEnabled(true);
            if (!error.isEmpty()) {
                self->m_message->setText(error);
                return;
            }
            emit self->done(message.arg(id));
            self->accept();
        };
    };
    if (m_holdId > 0) {
        m_ok->setEnabled(false);
        m_message->clear();
        m_service.releaseHold(m_holdId, reason, answer(tr("Legal hold %1 released.")));
        return;
    }
    if (m_patient->conversationId() <= 0) {
        m_message->setText(tr("Find the patient by part of their name or their number, and choose their conversation."));
        m_patient->field()->setFocus();
        return;
    }
    const bool conversation = m_target->currentData().toString() == QLatin1String("conversation");
    m_ok->setEnabled(false);
    m_message->clear();
    m_service.placeHold(conversation ? m_patient->conversationId() : 0, conversation ? 0 : m_patient->contactId(), reason,
                        answer(tr("Legal hold %1 placed.")));
}

// --- The tab ---------------------------------------------------------------------

RetentionView::RetentionView(client::RecordsService &service, bool canChange, QWidget *parent)
    : QWidget(parent), m_service(service), m_canChange(canChange), m_period(new QLabel(this)), m_summary(new QLabel(this)),
      m_due(new QTreeWidget(this)), m_holdsList(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_check(new QPushButton(tr("&Check what would be purged"), this)), m_purge(new QPushButton(tr("&Purge…"), this)),
      m_place(new QPushButton(tr("Place a &hold…"), this)), m_release(new QPushButton(tr("Re&lease…"), this))
{
    setObjectName(QStringLiteral("retentionView"));
    m_period->setObjectName(QStringLiteral("retentionPeriod"));
    m_period->setWordWrap(true);
    m_period->setText(tr("Check what would be purged to see the retention period's cutoff."));
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_due->setObjectName(QStringLiteral("retentionDue"));
    m_due->setRootIsDecorated(false);
    m_due->setHeaderLabels({tr("Patient"), tr("Messages"), tr("Files"), tr("Oldest"), tr("Newest")});
    m_due->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_holdsList->setObjectName(QStringLiteral("legalHolds"));
    m_holdsList->setRootIsDecorated(false);
    m_holdsList->setHeaderLabels({tr("Keeps"), tr("Reason"), tr("Placed by"), tr("Placed at")});
    m_holdsList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("retentionMessage"));
    m_message->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("checkRetention"));
    m_purge->setObjectName(QStringLiteral("purgeRetention"));
    m_place->setObjectName(QStringLiteral("placeHold"));
    m_release->setObjectName(QStringLiteral("releaseHold"));
    // Compliance reads; the server refuses the changes to anyone but an admin anyway.
    m_purge->setVisible(m_canChange);
    m_place->setVisible(m_canChange);
    m_release->setVisible(m_canChange);

    auto *dryRun = new QHBoxLayout;
    dryRun->addWidget(m_check);
    dryRun->addStretch();
    dryRun->addWidget(m_purge);
    auto *holdButtons = new QHBoxLayout;
    holdButtons->addWidget(m_place);
    holdButtons->addWidget(m_release);
    holdButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addLayout(dryRun);
    layout->addWidget(m_summary);
    auto *dueTitle = new QLabel(tr("&Would be purged:"), this);
    dueTitle->setBuddy(m_due);
    layout->addWidget(dueTitle);
    layout->addWidget(m_due, 2);
    auto *holdsTitle = new QLabel(tr("Legal holds in &force:"), this);
    holdsTitle->setBuddy(m_holdsList);
    layout->addWidget(holdsTitle);
    layout->addWidget(m_holdsList, 1);
    layout->addLayout(holdButtons);
    layout->addWidget(m_message);

    connect(m_check, &QPushButton::clicked, this, &RetentionView::checkRetention);
    connect(m_purge, &QPushButton::clicked, this, &RetentionView::confirmPurge);
    connect(m_holdsList, &QTreeWidget::currentItemChanged, this, &RetentionView::updateButtons);
    auto openDialog = [this](qint64 holdId, const QString &subject) {
        auto *dialog = new LegalHoldDialog(m_service, holdId, subject, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LegalHoldDialog::done, this, [this](const QString &message) {
            // What a purge would remove has changed: the dry run is run again before any purge.
            showPreview(std::nullopt);
            report(true, message + QLatin1Char(' ') + tr("Check what would be purged again before purging."));
        });
        dialog->open();
    };
    connect(m_place, &QPushButton::clicked, this, [openDialog] { openDialog(0, {}); });
    connect(m_release, &QPushButton::clicked, this, [this, openDialog] {
        const QTreeWidgetItem *item = m_holdsList->currentItem();
        if (item != nullptr) {
            openDialog(item->data(0, IdRole).toLongLong(), item->text(0));
        }
    });
    updateButtons();
}

void RetentionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshHolds();
}

void RetentionView::refreshHolds()
{
    m_service.holds([self = QPointer<RetentionView>(this)](const QList<client::LegalHold> &holds, const QString &error) {
        if (!self) {
            return;
        }
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->showHolds(holds);
    });
}

void RetentionView::showHolds(const QList<client::LegalHold> &holds)
{
    const QTreeWidgetItem *current = m_holdsList->currentItem();
    const qint64 selected = current ? current->data(0, IdRole).toLongLong() : 0;
    m_holds = holds;
    m_holdsList->clear();
    for (const client::LegalHold &hold : holds) {
        auto *item = new QTreeWidgetItem({holdSubject(hold), hold.reason, tr("User %1").arg(hold.placedBy), localTime(hold.placedAtMs)});
        item->setData(0, IdRole, hold.id);
        m_holdsList->addTopLevelItem(item);
        if (hold.id == selected) {
            m_holdsList->setCurrentItem(item);
        }
    }
    updateButtons();
}

void RetentionView::checkRetention()
{
    if (m_checking) {
        return;
    }
    m_checking = true;
    updateButtons();
    m_service.preview([self = QPointer<RetentionView>(this)](const std::optional<client::RetentionPreview> &preview, const QString &error) {
        if (!self) {
            return;
        }
        self->m_checking = false;
        if (!preview) {
            self->updateButtons();
            self->report(false, error);
            return;
        }
        self->showPreview(preview);
    });
}

void RetentionView::showPreview(const std::optional<client::RetentionPreview> &preview)
{
    m_preview = preview;
    m_due->clear();
    if (!preview) {
        m_summary->clear();
        updateButtons();
        return;
    }
    m_period->setText(tr("Retention period: %1. Messages sent before %2 are past it.").arg(periodName(preview->cutoffMs), localTime(preview->cutoffMs)));
    QStringList lines;
    if (preview->messages == 0 && preview->deadLetters == 0) {
        lines << tr("Nothing is past the retention period.");
    } else {
        lines << tr("Would be purged: %n message(s),", nullptr, int(preview->messages)) + QLatin1Char(' ') +
                     tr("in %n conversation(s),", nullptr, int(preview->conversations)) + QLatin1Char(' ') +
                     tr("with %n file(s).", nullptr, int(preview->media));
        if (preview->deadLetters > 0) {
            lines << tr("Also %n processed dead letter(s) past the period.", nullptr, int(preview->deadLetters));
        }
    }
    if (preview->heldMessages > 0) {
        lines << tr("Kept by legal holds: %n message(s) past the period,", nullptr, int(preview->heldMessages)) + QLatin1Char(' ') +
                     tr("in %n conversation(s).", nullptr, int(preview->heldConversations));
    }
    if (preview->pendingDeadLetters > 0) {
        lines << tr("%n dead letter(s) past the period were never processed: they are not purged until an admin has looked at them.",
                    nullptr, int(preview->pendingDeadLetters));
    }
    if (preview->conversations > preview->due.size()) {
        lines << tr("Only the first %n conversation(s) are listed.", nullptr, int(preview->due.size()));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    for (const client::RetentionDue &due : preview->due) {
        const QString patient = due.patient.isEmpty() ? tr("a patient no longer on file") : due.patient;
        auto *item = new QTreeWidgetItem({patient, QString::number(due.messages), QString::number(due.media),
                                          localTime(due.oldestMs), localTime(due.newestMs)});
        item->setData(0, IdRole, due.conversationId);
        item->setTextAlignment(1, Qt::AlignRight);
        item->setTextAlignment(2, Qt::AlignRight);
        m_due->addTopLevelItem(item);
    }
    updateButtons();
}

void RetentionView::updateButtons()
{
    m_check->setEnabled(!m_checking && !m_purging);
    m_purge->setEnabled(m_canChange && !m_checking && !m_purging && m_preview && (m_preview->messages > 0 || m_preview->deadLetters > 0));
    m_release->setEnabled(m_canChange && m_holdsList->currentItem() != nullptr);
}

void RetentionView::confirmPurge()
{
    if (!m_preview) {
        return;
    }
    const qint64 cutoff = m_preview->cutoffMs;
    const QString question =
        tr("Purge every message sent before %1 that no legal hold keeps?").arg(localTime(cutoff)) + QLatin1String("\n\n") +
        tr("%n message(s) lose their text and files,", nullptr, int(m_preview->messages)) + QLatin1Char(' ') +
        tr("in %n conversation(s).", nullptr, int(m_preview->conversations)) + QLatin1Char('\n') +
        tr("%n processed dead letter(s) lose their content.", nullptr, int(m_preview->deadLetters)) + QLatin1String("\n\n") +
        tr("This cannot be undone. Each message stays as a tombstone (its time and direction), and the purge is audited.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Purge messages past the retention period"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("retentionConfirm"));
    QPushButton *go = box->addButton(tr("&Purge"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("retentionConfirmYes"));
    box->setDefaultButton(QMessageBox::Cancel); // Enter never purges by accident
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, cutoff](QAbstractButton *clicked) {
        if (clicked == go) {
            purge(cutoff);
        }
    });
    box->open();
}

void RetentionView::purge(qint64 cutoffMs)
{
    m_purging = true;
    updateButtons();
    m_service.purge(cutoffMs, [self = QPointer<RetentionView>(this)](const std::optional<client::PurgeResult> &result, const QString &error) {
        if (!self) {
            return;
        }
        self->m_purging = false;
        self->showPreview(std::nullopt);
        if (!result) {
            self->report(false, error);
            return;
        }
        QString message = tr("Purged %n message(s),", nullptr, int(result->messages)) + QLatin1Char(' ') +
                          tr("in %n conversation(s),", nullptr, int(result->conversations)) + QLatin1Char(' ') +
                          tr("with %n file(s);", nullptr, int(result->media)) + QLatin1Char(' ') +
                          tr("%n dead letter(s) emptied.", nullptr, int(result->deadLetters));
        if (result->more) {
            message += QLatin1Char(' ') + tr("More remain past the period: check again and purge again.");
        }
        self->report(true, message);
        // What is left to purge, now: normally nothing.
        self->checkRetention();
    });
}

void RetentionView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
    if (ok) {
        refreshHolds();
    }
}

} // namespace cb::ui
