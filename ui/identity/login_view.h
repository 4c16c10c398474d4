#pragma once

#include "client/session/session_manager.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cb::ui {

class LoginSteps;

// Signing in, keyboard first: username and password, then the authenticator
// code (or a recovery code); at first sign-in, the QR code to enrol instead.
// Enter submits, Escape goes back. Slow work happens on the server, never here.
class LoginView : public QWidget
{
    Q_OBJECT
public:
    explicit LoginView(client::SessionManager &session, QWidget *parent = nullptr);

    // A notice above the form, e.g. why the previous session ended.
    void showNotice(const QString &text);
    // The clinic this workstation signs in to, above the form.
    void setClinicName(const QString &name);

private:
    QPushButton *backButton(QWidget *page, const char *name);
    QWidget *buildCredentialsPage();
    QWidget *buildCodePage();
    QWidget *buildEnrolmentPage();
    void onStateChanged(client::SessionManager::State state);
    void onBusyChanged(bool busy);
    void showError(const QString &text);

    client::SessionManager &m_session;
    LoginSteps *m_pages;
    QLabel *m_notice;
    QLabel *m_clinic = nullptr;
    QLabel *m_error;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_enrolCode = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_manualKey = nullptr;
    QList<QPushButton *> m_submitButtons;
    client::SessionManager::State m_lastState = client::SessionManager::State::SignedOut;
};

} // namespace cb::ui
