#pragma once

#include "core/model/message.h"

#include <QList>
#include <QString>

namespace cb::server {

// The portal's pages, rendered from the templates in resources/portal with
// every word in the patient's language ("en" or "es"; Qt Linguist files
// translations/portal_*.ts). Text goes into escaped slots only.
class PortalPages
{
public:
    enum class Notice {
        LinkNotValid, // used, expired, forged, revoked or locked: one page that reveals nothing
        SessionEnded, // idle or absolute timeout
        Locked,       // too many wrong answers, just now
        SignedOut,
        FormExpired,  // CSRF refused
    };

    PortalPages(QString clinicName, int uploadMegabytes);

    // `path` is the page's own path, for the language switch.
    QString notice(Notice notice, const QString &language, const QString &path) const;
    QString verify(const QString &language, const QString &csrf, bool askDateOfBirth, const QString &error,
                   const QString &info) const;
    // An upload's problem shows inside the upload form, any other above the message form.
    QString conversation(const QString &language, const QString &csrf, const QList<model::Message> &messages,
                         const QString &error, bool uploadError = false) const;
    // The step between a link and the portal: a same-origin navigation to
    // /portal (a meta refresh, no script), so the SameSite=Strict cookie goes
    // along even when the link was opened from another site (WhatsApp Web).
    QString continuePage(const QString &language) const;
    // One message as a list item (the page and the live updates use the same).
    QString messageItem(const QString &language, const model::Message &message) const;

    // Problems told on the verify and conversation pages.
    enum class Problem { WrongAnswer, CodeNotSent, EmptyMessage, NoFile, FileTooLarge, FileType };
    QString problem(const QString &language, Problem problem, int triesLeft = 0) const;
    QString codeSent(const QString &language) const;

    // "es" or "en", from a query value, a stored choice, the contact's language
    // or the browser's Accept-Language, in that order of preference.
    static QString chooseLanguage(const QString &asked, const QString &stored, const QByteArray &acceptLanguage);
    static QString translate(const QString &language, const char *source);

private:
    QString page(const QString &language, const QString &title, const QString &content, const QString &path,
                 const QString &csrf, const QString &head = {}) const;
    QString t(const QString &language, const char *source) const { return translate(language, source); }

    QString m_clinic;
    int m_uploadMegabytes;
};

} // namespace cb::server
