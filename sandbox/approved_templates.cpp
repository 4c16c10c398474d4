#include "sandbox/approved_templates.h"

#include "core/whatsapp/graph_error.h"

#include <QJsonArray>

namespace cb::sandbox {

namespace {
struct Approved
{
    const char *name;
    int bodyParameters;
    bool copyCodeButton; // authentication templates carry the code for their button too
};

// Each in en_US and es_MX (server/inbox/template_catalogue.cpp is the clinic's copy).
constexpr Approved ApprovedTemplates[] = {
    {"appointment_reminder", 2, false}, {"reschedule_link", 1, false},   {"directions_parking", 2, false},
    {"preparation_checklist", 2, false}, {"satisfaction_survey", 1, false}, {"secure_message_link", 1, false},
    {"verification_code", 1, true},
};
} // namespace

std::optional<whatsapp::GraphError> templateRefusal(const QJsonObject &templ)
{
    const QString name = templ.value(QStringLiteral("name")).toString();
    const QString language = templ.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString();
    const Approved *approved = nullptr;
    for (const Approved &candidate : ApprovedTemplates) {
        if (name == QLatin1String(candidate.name)) {
            approved = &candidate;
        }
    }
    if (!approved || (language != QLatin1String("en_US") && language != QLatin1String("es_MX"))) {
        return whatsapp::GraphError{404, 132001, 0, QStringLiteral("OAuthException"),
                                    QStringLiteral("(#132001) Template name does not exist in the translation"),
                                    QStringLiteral("template name (%1) does not exist in %2").arg(name, language)};
    }
    int bodyParameters = 0;
    int buttonParameters = 0;
    for (const QJsonValue &value : templ.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        const int count = int(component.value(QStringLiteral("parameters")).toArray().size());
        if (component.value(QStringLiteral("type")).toString() == QLatin1String("body")) {
            bodyParameters += count;
        } else if (component.value(QStringLiteral("type")).toString() == QLatin1String("button")) {
            buttonParameters += count;
        }
    }
    if (bodyParameters != approved->bodyParameters || (approved->copyCodeButton && buttonParameters != 1)) {
        return whatsapp::GraphError{400, 132000, 0, QStringLiteral("OAuthException"),
                                    QStringLiteral("(#132000) Number of parameters does not match the expected number of params"),
                                    QStringLiteral("body: number of localizable_params (%1) does not match the expected number of params (%2)")
                                        .arg(bodyParameters)
                                        .arg(approved->bodyParameters)};
    }
    return std::nullopt;
}

} // namespace cb::sandbox
