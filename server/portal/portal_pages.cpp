#include "server/portal/portal_pages.h"

#include "server/portal/html_template.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cb::server {

namespace {

const QTranslator *spanish()
{
    // Loaded once, read-only afterwards (pages render on the application thread).
    static const std::unique_ptr<QTranslator> translator = [] {
        auto loaded = std::make_unique<QTranslator>();
        if (!loaded->load(QStringLiteral(":/i18n/portal/portal_es.qm"))) {
            loaded.reset();
        }
        return loaded;
    }();
    return translator.get();
}

QString humanSize(const QString &language, qint64 bytes)
{
    return QLocale(language == QLatin1String("es") ? QLocale::Spanish : QLocale::English).formattedDataSize(bytes, 0);
}
} // namespace

PortalPages::PortalPages(QString clinicName, int uploadMegabytes)
    : m_clinic(std::move(clinicName)), m_uploadMegabytes(uploadMegabytes)
{
}

QString PortalPages::translate(const QString &language, const char *source)
{
    if (language == QLatin1String("es")) {
        if (const QTranslator *translator = spanish()) {
            const QString text = translator->translate("Portal", source);
            if (!text.isEmpty()) {
                return text;
            }
        }
    }
    return QString::fromUtf8(source);
}

QString PortalPages::chooseLanguage(const QString &asked, const QString &stored, const QByteArray &acceptLanguage)
{
    for (const QString &choice : {asked, stored}) {
        if (choice == QLatin1String("es") || choice == QLatin1String("en")) {
            return choice;
        }
    }
    return acceptLanguage.trimmed().toLower().startsWith("es") ? QStringLiteral("es") : QStringLiteral("en");
}

QString PortalPages::page(const QString &language, const QString &title, const QString &content, const QString &path,
                          const QString &csrf, const QString &head) const
{
    const bool toSpanish = language != QLatin1String("es");
    QString signOut;
    if (!csrf.isEmpty()) {
        signOut = HtmlTemplate::load(QStringLiteral("sign_out")).text(QStringLiteral("csrf"), csrf)
                      .text(QStringLiteral("label"), t(language, QT_TRANSLATE_NOOP("Portal", "Sign out"))).render();
    }
    return HtmlTemplate::load(QStringLiteral("layout"))
        .text(QStringLiteral("lang"), language)
        .html(QStringLiteral("head"), head)
        .text(QStringLiteral("title"), title + QStringLiteral(" · ") + m_clinic)
        .text(QStringLiteral("skip"), t(language, QT_TRANSLATE_NOOP("Portal", "Skip to content")))
        .text(QStringLiteral("clinic"), m_clinic)
        .text(QStringLiteral("secure"), t(language, QT_TRANSLATE_NOOP("Portal", "Secure messages")))
        .html(QStringLiteral("content"), content)
        .text(QStringLiteral("switch_href"), path + (toSpanish ? QStringLiteral("?lang=es") : QStringLiteral("?lang=en")))
        .text(QStringLiteral("switch_lang"), toSpanish ? QStringLiteral("es") : QStringLiteral("en"))
        // Each language is named in itself, so a reader of either finds it.
        .text(QStringLiteral("switch_text"), toSpanish ? QStringLiteral("Ver en español") : QStringLiteral("View in English"))
        .html(QStringLiteral("sign_out"), signOut)
        .render();
}

QString PortalPages::notice(Notice notice, const QString &language, const QString &path) const
{
    const char *heading = QT_TRANSLATE_NOOP("Portal", "This link can't be used");
    const char *body = QT_TRANSLATE_NOOP("Portal", "It may have been used already, expired, or been replaced by a newer link.");
    const char *hint = QT_TRANSLATE_NOOP("Portal", "To get a new link, reply to our WhatsApp message and ask for one.");
    switch (notice) {
    case Notice::LinkNotValid: break;
    case Notice::SessionEnded:
        heading = QT_TRANSLATE_NOOP("Portal", "Your secure session has ended");
        body = QT_TRANSLATE_NOOP("Portal", "For your privacy, we sign you out after a while. Nothing you sent was lost.");
        hint = QT_TRANSLATE_NOOP("Portal", "To continue, open the newest link we sent you on WhatsApp, or reply there to ask for a new one.");
        break;
    case Notice::Locked:
        heading = QT_TRANSLATE_NOOP("Portal", "This link is now locked");
        body = QT_TRANSLATE_NOOP("Portal", "There were too many attempts with a wrong code or date of birth, so we locked this link to protect you.");
        hint = QT_TRANSLATE_NOOP("Portal", "To get a new link, reply to our WhatsApp message. Our staff can see that the link was locked.");
        break;
    case Notice::SignedOut:
        heading = QT_TRANSLATE_NOOP("Portal", "You have signed out");
        body = QT_TRANSLATE_NOOP("Portal", "Your messages are safe. You can close this page.");
        hint = QT_TRANSLATE_NOOP("Portal", "To read your messages again, open the newest link we sent you on WhatsApp, or reply there to ask for a new one.");
        break;
    case Notice::FormExpired:
        heading = QT_TRANSLATE_NOOP("Portal", "This page has expired");
        body = QT_TRANSLATE_NOOP("Portal", "For your safety we did not send that form. Nothing was changed.");
        hint = QT_TRANSLATE_NOOP("Portal", "Open the newest link we sent you on WhatsApp and try again.");
        break;
    }
    const QString content = HtmlTemplate::load(QStringLiteral("notice"))
                                .text(QStringLiteral("heading"), t(language, heading))
                                .text(QStringLiteral("body"), t(language, body))
                                .text(QStringLiteral("hint"), t(language, hint))
                                .render();
    return page(language, t(language, heading), content, path, {});
}

QString PortalPages::continuePage(const QString &language) const
{
    const QString heading = t(language, QT_TRANSLATE_NOOP("Portal", "Opening your secure messages…"));
    const QString content = HtmlTemplate::load(QStringLiteral("continue"))
                                .text(QStringLiteral("heading"), heading)
                                .text(QStringLiteral("link"), t(language, QT_TRANSLATE_NOOP("Portal", "Continue to your secure messages")))
                                .render();
    return page(language, heading, content, QStringLiteral("/portal/continue"), {},
                QStringLiteral("<meta http-equiv=\"refresh\" content=\"0; url=/portal\">"));
}

QString PortalPages::problem(const QString &language, Problem problem, int triesLeft) const
{
    switch (problem) {
    case Problem::WrongAnswer:
        return t(language, triesLeft == 1 ? QT_TRANSLATE_NOOP("Portal", "That did not match. Check the newest code we sent you on WhatsApp. You have 1 try left.")
                                          : QT_TRANSLATE_NOOP("Portal", "That did not match. Check the newest code we sent you on WhatsApp. You have %1 tries left."))
            .arg(triesLeft);
    case Problem::CodeNotSent:
        return t(language, QT_TRANSLATE_NOOP("Portal", "We can send a new code once a minute, and at most 5 times for one link. Please wait a moment, or reply on WhatsApp for a new link."));
    case Problem::EmptyMessage: return t(language, QT_TRANSLATE_NOOP("Portal", "Please write a message before sending."));
    case Problem::NoFile: return t(language, QT_TRANSLATE_NOOP("Portal", "Please choose a photo or a PDF file first."));
    case Problem::FileTooLarge:
        return t(language, QT_TRANSLATE_NOOP("Portal", "That file is too large. Please send a file of at most %1 MB.")).arg(m_uploadMegabytes);
    case Problem::FileType: return t(language, QT_TRANSLATE_NOOP("Portal", "We can only accept photos (JPEG or PNG) and PDF documents."));
    }
    return {};
}

QString PortalPages::codeSent(const QString &language) const
{
    return t(language, QT_TRANSLATE_NOOP("Portal", "We sent you a new code on WhatsApp."));
}

QString PortalPages::verify(const QString &language, const QString &csrf, bool askDateOfBirth, const QString &error,
                            const QString &info) const
{
    QString dateOfBirth;
    if (askDateOfBirth) {
        dateOfBirth = HtmlTemplate::load(QStringLiteral("date_of_birth"))
                          .text(QStringLiteral("label"), t(language, QT_TRANSLATE_NOOP("Portal", "Your date of birth")))
                          .text(QStringLiteral("help"), t(language, QT_TRANSLATE_NOOP("Portal", "We ask this to be sure the link reached the right person.")))
                          .render();
    }
    QString message;
    if (!error.isEmpty()) {
        message = HtmlTemplate::load(QStringLiteral("error")).text(QStringLiteral("message"), error).render();
    } else if (!info.isEmpty()) {
        message = HtmlTemplate::load(QStringLiteral("info")).text(QStringLiteral("message"), info).render();
    }
    const QString content =
        HtmlTemplate::load(QStringLiteral("verify"))
            .text(QStringLiteral("heading"), t(language, QT_TRANSLATE_NOOP("Portal", "Confirm it's you")))
            .text(QStringLiteral("intro"), t(language, QT_TRANSLATE_NOOP("Portal", "We just sent a 6-digit code to you on WhatsApp. Enter it here to read your secure messages.")))
            .html(QStringLiteral("error"), message)
            .text(QStringLiteral("csrf"), csrf)
            .text(QStringLiteral("code_label"), t(language, QT_TRANSLATE_NOOP("Portal", "6-digit code")))
            .text(QStringLiteral("code_help"), t(language, QT_TRANSLATE_NOOP("Portal", "The code is valid for 10 minutes.")))
            .html(QStringLiteral("dob_field"), dateOfBirth)
            .text(QStringLiteral("submit"), t(language, QT_TRANSLATE_NOOP("Portal", "Continue")))
            .text(QStringLiteral("resend_help"), t(language, QT_TRANSLATE_NOOP("Portal", "No code, or it expired?")))
            .text(QStringLiteral("resend"), t(language, QT_TRANSLATE_NOOP("Portal", "Send me a new code")))
            .render();
    return page(language, t(language, QT_TRANSLATE_NOOP("Portal", "Confirm it's you")), content, QStringLiteral("/portal"), csrf);
}

QString PortalPages::messageItem(const QString &language, const model::Message &message) const
{
    const bool mine = message.direction == model::Direction::Inbound;
    QString body;
    const QString url = QStringLiteral("/portal/media/%1").arg(message.id);
    if (message.kind == QLatin1String("image")) {
        body = HtmlTemplate(QStringLiteral("<a class=\"attachment image\" href=\"{{href}}\"><img src=\"{{href}}\" alt=\"{{alt}}\" loading=\"lazy\"></a>"))
                   .text(QStringLiteral("href"), url)
                   .text(QStringLiteral("alt"), mine ? t(language, QT_TRANSLATE_NOOP("Portal", "Photo you sent")) : t(language, QT_TRANSLATE_NOOP("Portal", "Photo from the clinic")))
                   .render();
    } else if (message.kind == QLatin1String("document")) {
        const QString label = QStringLiteral("%1 (PDF, %2)").arg(message.content.value(QStringLiteral("filename")).toString(),
                                                                 humanSize(language, message.content.value(QStringLiteral("size")).toInteger()));
        body = HtmlTemplate(QStringLiteral("<a class=\"attachment document\" href=\"{{href}}\" download>{{label}}</a>"))
                   .text(QStringLiteral("href"), url)
                   .text(QStringLiteral("label"), label)
                   .render();
    }
    if (!message.body.isEmpty()) {
        body += HtmlTemplate(QStringLiteral("<p class=\"text\">{{text}}</p>")).text(QStringLiteral("text"), message.body).render();
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(message.sentAtMs, Qt::UTC);
    const QLocale locale(language == QLatin1String("es") ? QLocale::Spanish : QLocale::English, QLocale::UnitedStates);
    return HtmlTemplate::load(QStringLiteral("message"))
        .text(QStringLiteral("side"), mine ? QStringLiteral("mine") : QStringLiteral("clinic"))
        .text(QStringLiteral("id"), QString::number(message.id))
        .text(QStringLiteral("author"), mine ? t(language, QT_TRANSLATE_NOOP("Portal", "You")) : m_clinic)
        .text(QStringLiteral("iso"), at.toString(Qt::ISODate))
        .text(QStringLiteral("when"), locale.toString(at.toLocalTime(), QLocale::ShortFormat))
        .html(QStringLiteral("body"), body)
        .render();
}

QString PortalPages::conversation(const QString &language, const QString &csrf, const QList<model::Message> &messages,
                                  const QString &error, bool uploadError) const
{
    const QString errorHtml = error.isEmpty() ? QString() : HtmlTemplate::load(QStringLiteral("error")).text(QStringLiteral("message"), error).render();
    QString items;
    for (const model::Message &message : messages) {
        items += messageItem(language, message);
    }
    const QString content =
        HtmlTemplate::load(QStringLiteral("conversation"))
            .text(QStringLiteral("heading"), t(language, QT_TRANSLATE_NOOP("Portal", "Your secure messages")))
            .text(QStringLiteral("intro"), t(language, QT_TRANSLATE_NOOP("Portal", "Only you and our care team can read these messages. New replies appear here; we also let you know on WhatsApp.")))
            .text(QStringLiteral("thread_label"), t(language, QT_TRANSLATE_NOOP("Portal", "Messages")))
            .text(QStringLiteral("last_id"), QString::number(messages.isEmpty() ? 0 : messages.last().id))
            .html(QStringLiteral("messages"), items)
            .html(QStringLiteral("empty_hidden"), messages.isEmpty() ? QString() : QStringLiteral(" hidden"))
            .text(QStringLiteral("empty"), t(language, QT_TRANSLATE_NOOP("Portal", "No messages yet. Our care team will write to you here.")))
            .text(QStringLiteral("compose_heading"), t(language, QT_TRANSLATE_NOOP("Portal", "Write to the care team")))
            .html(QStringLiteral("error"), uploadError ? QString() : errorHtml)
            .html(QStringLiteral("upload_error"), uploadError ? errorHtml : QString())
            .text(QStringLiteral("csrf"), csrf)
            .text(QStringLiteral("message_label"), t(language, QT_TRANSLATE_NOOP("Portal", "Your message")))
            .text(QStringLiteral("send"), t(language, QT_TRANSLATE_NOOP("Portal", "Send message")))
            .text(QStringLiteral("file_label"), t(language, QT_TRANSLATE_NOOP("Portal", "Send a photo or a PDF")))
            .text(QStringLiteral("file_help"), t(language, QT_TRANSLATE_NOOP("Portal", "JPEG, PNG or PDF, up to %1 MB.")).arg(m_uploadMegabytes))
            .text(QStringLiteral("upload"), t(language, QT_TRANSLATE_NOOP("Portal", "Send file")))
            .render();
    return page(language, t(language, QT_TRANSLATE_NOOP("Portal", "Your secure messages")), content, QStringLiteral("/portal"), csrf);
}

} // namespace cb::server
