#pragma once

#include "core/model/message_template.h"

#include <QList>

#include <optional>

namespace cb::server {

// The clinic's approved WhatsApp templates, in English and Spanish. Their names
// and texts must match what was approved in Meta's WhatsApp Manager.
class TemplateCatalogue
{
public:
    explicit TemplateCatalogue(const QString &clinicName);

    // The templates staff may choose from.
    const QList<model::MessageTemplate> &all() const { return m_templates; }
    std::optional<model::MessageTemplate> find(const QString &name, const QString &language) const;
    // The portal's own templates, never offered to staff: the link to a secure
    // message (secure_message_link, a utility template) and the one-time code
    // (verification_code, an authentication template).
    std::optional<model::MessageTemplate> findSystem(const QString &name, const QString &language) const;
    const QList<model::MessageTemplate> &system() const { return m_system; }

    // The notice the first reply to a patient carries: WhatsApp is for
    // reminders and links; anything medical goes through the secure portal.
    QString notice(const QString &language) const;

private:
    QString m_clinicName;
    QList<model::MessageTemplate> m_templates;
    QList<model::MessageTemplate> m_system;
};

} // namespace cb::server
