#include "server/inbox/template_catalogue.h"

namespace cb::server {

TemplateCatalogue::TemplateCatalogue(const QString &clinicName) : m_clinicName(clinicName)
{
    const QString clinic = clinicName;
    auto add = [this](const char *name, const char *language, const QString &title, const QString &body,
                      const QStringList &labels) {
        m_templates.append({QLatin1String(name), QLatin1String(language), title, body, labels});
    };
    add("appointment_reminder", "en_US", QStringLiteral("Appointment reminder"),
        QStringLiteral("Hello from %1! Reminder: your appointment is on {{1}} at {{2}}. Reply YES to confirm or NO to cancel.").arg(clinic),
        {QStringLiteral("Date"), QStringLiteral("Time")});
    add("appointment_reminder", "es_MX", QStringLiteral("Recordatorio de cita"),
        QStringLiteral("¡Hola, le saluda %1! Le recordamos su cita el {{1}} a las {{2}}. Responda SÍ para confirmar o NO para cancelar.").arg(clinic),
        {QStringLiteral("Fecha"), QStringLiteral("Hora")});
    add("reschedule_link", "en_US", QStringLiteral("Reschedule link"),
        QStringLiteral("%1: you can choose a new time for your appointment here: {{1}}").arg(clinic), {QStringLiteral("Link")});
    add("reschedule_link", "es_MX", QStringLiteral("Enlace para cambiar la cita"),
        QStringLiteral("%1: puede elegir una nueva hora para su cita aquí: {{1}}").arg(clinic), {QStringLiteral("Enlace")});
    add("directions_parking", "en_US", QStringLiteral("Directions and parking"),
        QStringLiteral("How to find %1: {{1}}. Parking: {{2}}.").arg(clinic), {QStringLiteral("Directions"), QStringLiteral("Parking")});
    add("directions_parking", "es_MX", QStringLiteral("Cómo llegar y estacionamiento"),
        QStringLiteral("Cómo llegar a %1: {{1}}. Estacionamiento: {{2}}.").arg(clinic),
        {QStringLiteral("Indicaciones"), QStringLiteral("Estacionamiento")});
    add("preparation_checklist", "en_US", QStringLiteral("Preparation checklist"),
        QStringLiteral("Before your visit on {{1}}, please read your preparation checklist in our secure portal: {{2}}"),
        {QStringLiteral("Date"), QStringLiteral("Portal link")});
    add("preparation_checklist", "es_MX", QStringLiteral("Lista de preparación"),
        QStringLiteral("Antes de su visita del {{1}}, lea su lista de preparación en nuestro portal seguro: {{2}}"),
        {QStringLiteral("Fecha"), QStringLiteral("Enlace al portal")});
    add("satisfaction_survey", "en_US", QStringLiteral("Satisfaction survey"),
        QStringLiteral("Thank you for visiting %1. Tell us how we did (2 minutes): {{1}}").arg(clinic), {QStringLiteral("Survey link")});
    add("satisfaction_survey", "es_MX", QStringLiteral("Encuesta de satisfacción"),
        QStringLiteral("Gracias por visitar %1. Cuéntenos cómo le atendimos (2 minutos): {{1}}").arg(clinic),
        {QStringLiteral("Enlace a la encuesta")});

    auto addSystem = [this](const char *name, const char *language, const QString &title, const QString &body,
                            const QStringList &labels) {
        m_system.append({QLatin1String(name), QLatin1String(language), title, body, labels});
    };
    addSystem("secure_message_link", "en_US", QStringLiteral("Secure message link"),
              QStringLiteral("%1: you have a secure message. Open it here: {{1}}").arg(clinic), {QStringLiteral("Link")});
    addSystem("secure_message_link", "es_MX", QStringLiteral("Enlace a un mensaje seguro"),
              QStringLiteral("%1: tiene un mensaje seguro. Ábralo aquí: {{1}}").arg(clinic), {QStringLiteral("Enlace")});
    // Meta's fixed wording for authentication templates.
    addSystem("verification_code", "en_US", QStringLiteral("Verification code"),
              QStringLiteral("{{1}} is your verification code. For your security, do not share this code."), {QStringLiteral("Code")});
    addSystem("verification_code", "es_MX", QStringLiteral("Código de verificación"),
              QStringLiteral("{{1}} es tu código de verificación. Por tu seguridad, no lo compartas."), {QStringLiteral("Código")});
}

std::optional<model::MessageTemplate> TemplateCatalogue::findSystem(const QString &name, const QString &language) const
{
    for (const model::MessageTemplate &templ : m_system) {
        if (templ.name == name && templ.language == language) {
            return templ;
        }
    }
    return std::nullopt;
}

std::optional<model::MessageTemplate> TemplateCatalogue::find(const QString &name, const QString &language) const
{
    for (const model::MessageTemplate &templ : m_templates) {
        if (templ.name == name && templ.language == language) {
            return templ;
        }
    }
    return std::nullopt;
}

QString TemplateCatalogue::notice(const QString &language) const
{
    if (language == QLatin1String("es")) {
        return QStringLiteral("%1 usa WhatsApp solo para recordatorios y enlaces. No envíe detalles médicos por aquí: "
                              "para eso le mandaremos un enlace a nuestro portal seguro. Responda BAJA para no recibir más mensajes.")
            .arg(m_clinicName);
    }
    return QStringLiteral("%1 uses WhatsApp only for reminders and links. Please don't send medical details here: "
                          "we will send you a link to our secure portal for that. Reply STOP to stop messages.")
        .arg(m_clinicName);
}

} // namespace cb::server
