#include "ui/identity/login_view.h"

#include "ui/identity/qr_code.h"
#include "ui/shell/centred_column.h"
#include "ui/shell/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QVBoxLayout>

#include <utility>

namespace cb::ui {

namespace {
using State = client::SessionManager::State;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The page's main button: default (Enter), right-aligned, with Back on the left
// when there is a step to go back to.
QPushButton *addSubmitButton(QWidget *page, QVBoxLayout *layout, const QString &text, const char *name,
                             QPushButton *back = nullptr)
{
    auto *button = new QPushButton(text, page);
    button->setObjectName(QLatin1String(name));
    button->setDefault(true);
    auto *row = new QHBoxLayout;
    if (back != nullptr) {
        row->addWidget(back);
    }
    row->addStretch();
    row->addWidget(button);
    layout->addLayout(row);
    return button;
}

// "ABCDEFGH…" → "ABCD EFGH …": easier to type from the screen.
QString grouped(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += QLatin1Char(' ');
        }
        out += key[i];
    }
    return out;
}
} // namespace

// The sign-in steps, one shown at a time and the column as tall as that one. (A
// QStackedWidget is as tall as its tallest page at any width: the enrolment page's
// QR code left the error line far below the password form.)
class LoginSteps : public QWidget
{
public:
    explicit LoginSteps(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
    }
    void addWidget(QWidget *page)
    {
        m_layout->addWidget(page);
        page->setVisible(m_layout->count() - 1 == m_current);
    }
    QWidget *widget(int index) const { return m_layout->itemAt(index)->widget(); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index)
    {
        m_current = index;
        for (int i = 0; i < m_layout->count(); ++i) {
            widget(i)->setVisible(i == index);
        }
    }

private:
    QVBoxLayout *m_layout;
    int m_current = 0;
};

LoginView::LoginView(client::SessionManager &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_pages(new LoginSteps(this)), m_notice(new QLabel(this)),
      m_error(new QLabel(this))
{
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    theme::markAsProblem(m_error);
    m_error->hide();

    m_pages->addWidget(buildCredentialsPage());
    m_pages->addWidget(buildCodePage());
    m_pages->addWidget(buildEnrolmentPage());

    // The lines above and below the form start where its words do: the pages'
    // layouts keep the style's margins, the column has none.
    const QMargins margins = m_pages->widget(0)->layout()->contentsMargins();
    for (QLabel *line : {m_notice, m_error}) {
        line->setContentsMargins(margins.left(), 0, margins.right(), 0);
    }
    QVBoxLayout *column = centredColumn(this, 440);
    column->addWidget(m_notice);
    column->addWidget(m_pages);
    column->addWidget(m_error);

    connect(&session, &client::SessionManager::stateChanged, this, &LoginView::onStateChanged);
    connect(&session, &client::SessionManager::busyChanged, this, &LoginView::onBusyChanged);
    connect(&session, &client::SessionManager::failed, this, &LoginView::showError);
    // Esc goes back a step wherever the focus is (even after the page was busy).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_pages->currentIndex() != 0) {
            m_session.cancelSignIn();
        }
    });
    onStateChanged(session.state());
}

// Back to the username and password (Esc does the same from anywhere on the page).
QPushButton *LoginView::backButton(QWidget *page, const char *name)
{
    auto *back = new QPushButton(tr("&Back"), page);
    back->setObjectName(QLatin1String(name));
    back->setAutoDefault(false);
    back->setToolTip(tr("Esc"));
    connect(back, &QPushButton::clicked, &m_session, &client::SessionManager::cancelSignIn);
    return back;
}

QWidget *LoginView::buildCredentialsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_clinic = new QLabel(page);
    m_clinic->setObjectName(QStringLiteral("clinicName"));
    m_clinic->setWordWrap(true);
    m_clinic->hide(); // until the server has said which clinic it is
    layout->addWidget(m_clinic);
    layout->addWidget(heading(tr("Sign in to Carebridge"), page));
    auto *form = new QFormLayout;
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("Username"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    auto *submit = addSubmitButton(page, layout, tr("&Next"), "signIn");
    m_submitButtons.append(submit);

    auto send = [this] {
        m_error->hide();
        m_session.submitPassword(m_username->text(), m_password->text());
    };
    connect(submit, &QPushButton::clicked, this, send);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, send);
    return page;
}

QWidget *LoginView::buildCodePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Enter your code"), page));
    layout->addWidget(explanation(tr("Open your authenticator app and type the 6-digit code for Carebridge. "
                                     "Lost your phone? Type one of your recovery codes instead. "
                                     "First sign-in, or your authenticator was reset? Type the enrolment code "
                                     "your administrator gave you."),
                                  page));
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setMaxLength(19); // an enrolment code: XXXX-XXXX-XXXX-XXXX
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-zA-Z -]{0,19}")), m_code));
    layout->addWidget(m_code);
    auto *submit = addSubmitButton(page, layout, tr("&Sign in"), "verify", backButton(page, "backFromCode"));
    m_submitButtons.append(submit);
    auto send = [this] {
        m_error->hide();
        m_session.submitCode(m_code->text());
        m_code->clear();
    };
    connect(submit, &QPushButton::clicked, this, send);
    connect(m_code, &QLineEdit::returnPressed, this, send);
    return page;
}

QWidget *LoginView::buildEnrolmentPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Set up your authenticator"), page));
    layout->addWidget(explanation(tr("Carebridge asks for a code from your phone at every sign-in. Scan this QR code "
                                     "with an authenticator app (for example Google Authenticator, Microsoft "
                                     "Authenticator or FreeOTP), then type the 6-digit code it shows."),
                                  page));
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("enrolQr"));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(explanation(tr("Cannot scan? Enter this key in the app by hand:"), page));
    m_manualKey = new QLabel(page);
    m_manualKey->setObjectName(QStringLiteral("enrolKey"));
    m_manualKey->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_manualKey->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_manualKey, 0, Qt::AlignHCenter);
    m_enrolCode = new QLineEdit(page);
    m_enrolCode->setObjectName(QStringLiteral("enrolCode"));
    m_enrolCode->setAccessibleName(tr("Code from the app"));
    m_enrolCode->setMaxLength(6);
    m_enrolCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_enrolCode));
    m_enrolCode->setPlaceholderText(tr("6-digit code"));
    layout->addWidget(m_enrolCode);
    auto *submit = addSubmitButton(page, layout, tr("&Confirm and sign in"), "confirmEnrolment", backButton(page, "backFromEnrolment"));
    m_submitButtons.append(submit);
    auto send = [this] {
        m_error->hide();
        m_session.submitEnrolmentCode(m_enrolCode->text());
        m_enrolCode->clear();
    };
    connect(submit, &QPushButton::clicked, this, send);
    connect(m_enrolCode, &QLineEdit::returnPressed, this, send);
    return page;
}

void LoginView::onStateChanged(State state)
{
    const State previous = std::exchange(m_lastState, state);
    switch (state) {
    case State::AwaitingCode:
        m_pages->setCurrentIndex(1);
        m_code->setFocus();
        break;
    case State::AwaitingEnrolment: {
        const auto &challenge = m_session.challenge();
        m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(challenge.enrolmentUri, 5)));
        m_manualKey->setText(grouped(challenge.enrolmentKey));
        m_pages->setCurrentIndex(2);
        m_enrolCode->setFocus();
        break;
    }
    case State::SignedOut:
    case State::Active:
    case State::Locked:
        if (previous == State::Active || previous == State::Locked) {
            // A session ended: the next person on this workstation starts from nothing.
            m_username->clear();
            m_error->hide();
        }
        m_password->clear();
        m_pages->setCurrentIndex(0);
        (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
        break;
    }
}

void LoginView::onBusyChanged(bool busy)
{
    m_pages->setEnabled(!busy);
    for (QPushButton *button : m_submitButtons) {
        if (busy) {
            button->setProperty("idleText", button->text());
            button->setText(tr("Signing in…"));
        } else if (button->property("idleText").isValid()) {
            button->setText(button->property("idleText").toString());
        }
    }
}

void LoginView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (m_pages->currentIndex() == 0) {
        m_password->selectAll();
        m_password->setFocus();
    } else if (m_pages->currentIndex() == 2) {
        m_enrolCode->setFocus();
    }
}

void LoginView::setClinicName(const QString &name)
{
    m_clinic->setText(name);
    m_clinic->setVisible(!name.isEmpty());
}

void LoginView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}


} // namespace cb::ui
