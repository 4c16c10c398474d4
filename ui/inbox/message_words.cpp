#include "ui/inbox/message_words.h"

#include <QHash>

namespace cb::ui {

QString MessageWords::attachmentKind(const QString &kind)
{
    static const QHash<QString, const char *> kinds{{QStringLiteral("image"), QT_TR_NOOP("Photo")},
                                                    {QStringLiteral("sticker"), QT_TR_NOOP("Sticker")},
                                                    {QStringLiteral("document"), QT_TR_NOOP("Document")},
                                                    {QStringLiteral("audio"), QT_TR_NOOP("Voice message or audio")},
                                                    {QStringLiteral("video"), QT_TR_NOOP("Video")}};
    const char *name = kinds.value(kind, nullptr);
    return name ? tr(name) : QString();
}

QString MessageWords::preview(const QString &kind, const QString &preview)
{
    // What the server stores for a message without text: "[image]".
    const bool noText = preview.isEmpty() || preview == QLatin1Char('[') + kind + QLatin1Char(']');
    if (const QString attachment = attachmentKind(kind); !attachment.isEmpty()) {
        return noText ? attachment : tr("%1: %2", "attachment kind: caption").arg(attachment, preview);
    }
    if (kind == QLatin1String("secure_message")) {
        return tr("Secure message"); // minimum necessary: the front desk does not see its words
    }
    if (kind == QLatin1String("portal_link")) {
        return tr("Secure portal link sent");
    }
    if (kind == QLatin1String("portal_nudge")) {
        return tr("Reminder with a new secure portal link sent");
    }
    if (kind == QLatin1String("portal_code")) {
        return tr("Verification code for the secure portal sent");
    }
    if (kind == QLatin1String("location")) {
        return noText ? tr("Shared a location") : tr("Shared a location: %1").arg(preview);
    }
    if (kind == QLatin1String("reaction")) {
        return tr("Reacted %1").arg(noText ? QString() : preview).trimmed();
    }
    if (kind == QLatin1String("contacts")) {
        return tr("Shared a contact");
    }
    if (kind == QLatin1String("note")) {
        // Staff only: never to be taken for what the patient was told.
        return tr("Note: %1", "an internal note's preview in the list").arg(preview);
    }
    if (kind == QLatin1String("unsupported")) {
        return tr("A kind of message Carebridge cannot show");
    }
    return preview;
}

} // namespace cb::ui
