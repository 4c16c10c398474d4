#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cb::sandbox {

// Builds webhook bodies in Meta's exact shape (object, entry[], changes[],
// value{messaging_product, metadata, contacts, messages|statuses}, field).
class WebhookBuilder
{
public:
    WebhookBuilder(QString businessAccountId, QString phoneNumberId, QString displayPhoneNumber);

    struct Patient
    {
        QString waId;
        QString name;
        QString userId; // business-scoped user id; empty for older accounts
    };

    // One "messages" change value carrying `messages` from `patient`.
    QJsonObject messagesValue(const Patient &patient, const QList<QJsonObject> &messages) const;
    // One "messages" change value carrying status updates.
    QJsonObject statusesValue(const QList<QJsonObject> &statuses) const;
    // The whole body: one entry per value (Meta batches several this way).
    QJsonObject delivery(const QList<QJsonObject> &values) const;

    static QJsonObject textMessage(const QString &from, const QString &wamid, qint64 timestampSeconds, const QString &text);
    static QJsonObject mediaMessage(const QString &from, const QString &wamid, qint64 timestampSeconds, const QString &type,
                                    const QString &mediaId, const QString &mimeType, const QString &sha256Base64,
                                    const QString &caption, const QString &filename = {});
    static QJsonObject status(const QString &wamid, const QString &state, qint64 timestampSeconds,
                              const QString &recipient, const QString &callbackData, int errorCode = 0,
                              const QString &errorTitle = {}, const QString &errorDetails = {});

private:
    QJsonObject metadata() const;

    QString m_businessAccountId;
    QString m_phoneNumberId;
    QString m_displayPhoneNumber;
};

} // namespace cb::sandbox
