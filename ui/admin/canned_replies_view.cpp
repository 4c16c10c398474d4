#include "ui/admin/canned_replies_view.h"

#include "ui/shell/theme.h"

#include <QComboBox>
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
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;

QString languageName(const QString &language)
{
    return language == QLatin1String("es") ? CannedRepliesView::tr("Spanish") : CannedRepliesView::tr("English");
}
} // namespace

CannedReplyDialog::CannedReplyDialog(client::CannedRepliesService &service, const client::CannedReply &reply, QWidget *parent)
    : QDialog(parent), m_service(service), m_id(reply.id), m_title(new QLineEdit(reply.title, this)), m_language(new QComboBox(this)),
      m_body(new QPlainTextEdit(reply.body, this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("cannedReplyDialog"));
    setWindowTitle(reply.id > 0 ? tr("Change a canned reply") : tr("Add a canned reply"));
    m_title->setObjectName(QStringLiteral("cannedReplyTitle"));
    m_title->setMaxLength(40);
    m_title->setPlaceholderText(tr("A short name staff type after “/”, e.g. hours"));
    m_language->setObjectName(QStringLiteral("cannedReplyLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(reply.language)));
    m_body->setObjectName(QStringLiteral("cannedReplyBody"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("The reply as patients will read it on WhatsApp: no medical or identifying details"));
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 6);
    m_message->setObjectName(QStringLiteral("cannedReplyMessage"));
    m_message->setWordWrap(true);
    theme::markAsProblem(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("cannedReplyOk"));
    m_ok->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Te&xt:"), m_body);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &CannedReplyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CannedReplyDialog::submit()
{
    const client::CannedReply reply{m_id, m_title->text().trimmed(), m_language->currentData().toString(), m_body->toPlainText().trimmed()};
    if (reply.title.isEmpty() || reply.body.isEmpty()) {
        m_message->setText(tr("Give the reply a title and a text."));
        (reply.title.isEmpty() ? static_cast<QWidget *>(m_title) : m_body)->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    m_message->clear();
    m_service.save(reply, [self = QPointer<CannedReplyDialog>(this)](const std::optional<client::CannedReply> &saved, const QString &error) {
        if (!self) {
            return;
        }
        self->m_ok->setEnabled(true);
        if (!saved) {
            self->m_message->setText(error);
            return;
        }
        emit self->saved(*saved);
        self->accept();
    });
}

CannedRepliesView::CannedRepliesView(client::CannedRepliesService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_list(new QTreeWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Change…"), this)), m_delete(new QPushButton(tr("&Delete…"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("cannedRepliesView"));
    m_list->setObjectName(QStringLiteral("cannedRepliesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Title"), tr("Language"), tr("Text")});
    m_list->header()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addCannedReply"));
    m_edit->setObjectName(QStringLiteral("editCannedReply"));
    m_delete->setObjectName(QStringLiteral("deleteCannedReply"));
    m_message->setObjectName(QStringLiteral("cannedRepliesMessage"));
    m_message->setWordWrap(true);
    auto *explain = new QLabel(tr("Staff type “/” in a reply to insert one of these. They go out on WhatsApp, so they never "
                                  "hold medical or identifying details (PhiGuard checks each one)."),
                               this);
    explain->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    const auto updateButtons = [this] {
        m_edit->setEnabled(selected() != nullptr);
        m_delete->setEnabled(selected() != nullptr);
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const client::CannedReply *reply = selected()) {
            edit(*reply);
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] { edit({0, {}, QStringLiteral("en"), {}}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const client::CannedReply *reply = selected()) {
            edit(*reply);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, &CannedRepliesView::confirmDelete);
    updateButtons();
}

void CannedRepliesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        refresh();
    }
}

void CannedRepliesView::refresh()
{
    m_loaded = true;
    m_service.list([self = QPointer<CannedRepliesView>(this)](const QList<client::CannedReply> &replies, const QString &error) {
        if (!self) {
            return;
        }
        if (!error.isEmpty()) {
            self->report(false, error);
            return;
        }
        self->m_replies = replies;
        self->m_list->clear();
        for (const client::CannedReply &reply : replies) {
            auto *item = new QTreeWidgetItem({reply.title, languageName(reply.language), reply.body.simplified()});
            item->setData(0, IdRole, reply.id);
            item->setToolTip(2, reply.body);
            self->m_list->addTopLevelItem(item);
        }
        if (replies.isEmpty()) {
            self->report(true, tr("No canned replies yet. Add the answers your staff give most often."));
        }
    });
}

const client::CannedReply *CannedRepliesView::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const client::CannedReply &reply : m_replies) {
        if (reply.id == id) {
            return &reply;
        }
    }
    return nullptr;
}

void CannedRepliesView::edit(const client::CannedReply &reply)
{
    auto *dialog = new CannedReplyDialog(m_service, reply, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CannedReplyDialog::saved, this, [this](const client::CannedReply &saved) {
        report(true, tr("“%1” was saved.").arg(saved.title));
        refresh();
    });
    dialog->open();
}

void CannedRepliesView::confirmDelete()
{
    const client::CannedReply *reply = selected();
    if (reply == nullptr) {
        return;
    }
    const qint64 id = reply->id;
    const QString title = reply->title;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete a canned reply"),
                                tr("Delete “%1”? Staff will no longer be offered it.").arg(title), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteCannedReply"));
    QPushButton *go = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel); // Enter never deletes by accident
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, id, title](QAbstractButton *clicked) {
        if (clicked != go) {
            return;
        }
        m_service.remove(id, [self = QPointer<CannedRepliesView>(this), title](const QString &error) {
            if (!self) {
                return;
            }
            self->report(error.isEmpty(), error.isEmpty() ? tr("“%1” was deleted.").arg(title) : error);
            self->refresh();
        });
    });
    box->open();
}

void CannedRepliesView::report(bool ok, const QString &message)
{
    theme::markAsProblem(m_message, !ok);
    m_message->setText(message);
}

} // namespace cb::ui
