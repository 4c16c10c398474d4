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

    const QList<model::MessageTemplate> &all() const { return m_templates; }
    std::optional<model::MessageTemplate> find(const QString &name, const QString &language) const;

    // The notice the first reply to a patient carries: WhatsApp is for
    // reminders and links; anything medical goes through the secure portal.
    QString notice(const QString &language) const;

private:
    QString m_clinicName;
    QList<model::MessageTemplate> m_templates;
};

} // namespace cb::server
