#include "ui/admin/flags_view.h"

#include "ui/admin/dashboard_words.h"
#include "ui/admin/sessions_model.h"
#include "ui/shell/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int MaxNote = 2000; // the server's limit

// A person or patient by name; the reference itself only when the name is gone.
QString named(const QString &name, const QString &ref)
{
    return name.isEmpty() ? ref : name;
}
} // namespace

// --- Acknowledge one flag --------------------------------------------------------

AcknowledgeFlagDialog::AcknowledgeFlagDialog(client::ComplianceFlagsService &service, const client::ComplianceFlag &flag, QWidget *parent)
    : QDialog(parent), m_service(service), m_id(flag.id), m_note(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("acknowledgeFlagDialog"));
    setWindowTitle(tr("Acknowledge a compliance flag"));
    m_note->setObjectName(QStringLiteral("flagNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you checked, and what you found"));
    m_message->setObjectName(QStringLiteral("flagMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("flagAcknowledgeOk"));
    auto *intro = new QLabel(tr("%1: %2, about %3.").arg(flagKindName(flag.kind), named(flag.actorName, flag.actor),
                                                         named(flag.subjectName, flag.subject)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &AcknowledgeFlagDialog::submit);
}

void AcknowledgeFlagDialog::submit()
{
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty() || note.size() > MaxNote) {
        theme::markAsProblem(m_message, true);
        m_message->setText(tr("Say what you checked (at most %1 characters).").arg(MaxNote));
        m_note->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    const qint64 id = m_id;
    m_service.acknowledge(id, note, [self = QPointer<AcknowledgeFlagDialog>(this), id](const QString &error) {
        if (!self) {
            return;
        }
        if (!error.isEmpty()) {
            // The note stays, so nothing typed is lost.
            self->m_ok->setEnabled(true);
            theme::markAsProblem(self->m_message, true);
            self->m_message->setText(error);
            return;
        }
        emit self->acknowledged(id);
        self->accept();
    });
}

// --- The list ----------------------------------------------------------------------

FlagsView::FlagsView(client::ComplianceFlagsService &service, bool mayAcknowledge, QWidget *parent)
    : QWidget(parent), m_service(service), m_mayAcknowledge(mayAcknowledge), m_list(new QTreeWidget(this)),
      m_details(new QLabel(this)), m_message(new QLabel(this)), m_showAcknowledged(new QCheckBox(tr("Show ac&knowledged flags"), this)),
      m_acknowledge(new QPushButton(tr("&Acknowledge…"), this)), m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("flagsView"));
    m_list->setObjectName(QStringLiteral("flagsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Raised"), tr("What"), tr("By"), tr("About"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("flagDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("flagsMessage"));
    m_message->setWordWrap(true);
    m_showAcknowledged->setObjectName(QStringLiteral("showAcknowledgedFlags"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeFlag"));
    m_acknowledge->setVisible(mayAcknowledge); // admins read the flags about them; compliance closes them
    m_refresh->setObjectName(QStringLiteral("refreshFlags"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showAcknowledged);
    buttons->addStretch();
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_refresh);
    auto *title = new QLabel(tr("F&lags, newest first:"), this);
    title->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &FlagsView::showDetails);
    connect(m_refresh, &QPushButton::clicked, this, &FlagsView::refresh);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &FlagsView::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const client::ComplianceFlag *flag = selected();
        if (flag == nullptr || !flag->open()) {
            return;
        }
        auto *dialog = new AcknowledgeFlagDialog(m_service, *flag, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AcknowledgeFlagDialog::acknowledged, this, [this](qint64 id) {
            report(true, tr("Flag %1 acknowledged.").arg(id));
            refresh();
        });
        dialog->open();
    });
    showDetails();
}

void FlagsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void FlagsView::refresh()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    m_service.list(m_showAcknowledged->isChecked(),
                   [self = QPointer<FlagsView>(this)](const QList<client::ComplianceFlag> &flags, const QString &error) {
                       if (!self) {
                           return;
                       }
                       self->m_loading = false;
                       if (!error.isEmpty()) {
                           self->report(false, error);
                           return;
                       }
                       self->showFlags(flags);
                   });
}

void FlagsView::showFlags(const QList<client::ComplianceFlag> &flags)
{
    const qint64 current = selected() ? selected()->id : 0;
    m_flags = flags;
    m_list->clear();
    for (const client::ComplianceFlag &flag : flags) {
        auto *item = new QTreeWidgetItem({localTime(flag.createdAtMs), flagKindName(flag.kind), named(flag.actorName, flag.actor),
                                          named(flag.subjectName, flag.subject), flag.open() ? tr("Open") : tr("Acknowledged")});
        item->setData(0, IdRole, flag.id);
        item->setToolTip(2, flag.actor);
        item->setToolTip(3, flag.subject);
        m_list->addTopLevelItem(item);
        if (flag.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showDetails();
}

const client::ComplianceFlag *FlagsView::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const client::ComplianceFlag &flag : m_flags) {
        if (flag.id == id) {
            return &flag;
        }
    }
    return nullptr;
}

void FlagsView::showDetails()
{
    const client::ComplianceFlag *flag = selected();
    m_acknowledge->setEnabled(m_mayAcknowledge && flag != nullptr && flag->open());
    if (flag == nullptr) {
        // An empty list says why it is empty.
        m_details->setText(m_flags.isEmpty() ? (m_showAcknowledged->isChecked() ? tr("No compliance flags have been raised.")
                                                                                 : tr("No open flags: nothing is waiting for compliance."))
                                             : QString());
        return;
    }
    QStringList lines{tr("%1, raised %2 by %3, about %4.")
                          .arg(flagKindName(flag->kind), localTime(flag->createdAtMs), named(flag->actorName, flag->actor),
                               named(flag->subjectName, flag->subject))};
    if (flag->open()) {
        lines << (m_mayAcknowledge ? tr("Open: look into it, then acknowledge it with a note of what you checked.")
                                   : tr("Open: a compliance officer will look into it."));
    } else {
        lines << tr("Acknowledged by %1, %2: %3").arg(flag->acknowledgedByName, localTime(flag->acknowledgedAtMs), flag->note);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void FlagsView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
}

} // namespace cb::ui
