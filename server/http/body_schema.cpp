#include "server/http/body_schema.h"

#include <QHash>

#include <cmath>
#include <cstring>

namespace cb::server {

namespace {
using T = FieldType;

const QHash<QByteArray, QList<BodyField>> &schemas()
{
    static const QHash<QByteArray, QList<BodyField>> all{
        {"login.password",
         {{"username", T::String}, {"password", T::String}, {"device_id", T::String}, {"workstation", T::String}}},
        {"me.step_up", {{"password", T::String}, {"code", T::String}}},
        {"sessions.revoke_many",
         {{"scope", T::String}, {"session_id", T::String}, {"user_id", T::Integer}, {"device_id", T::String}}},
        {"staff.roles", {{"roles", T::Array}}},
        {"login.code",
         {{"challenge", T::String}, {"code", T::String}, {"recovery_code", T::String}, {"enrolment_code", T::String}}},
        {"login.enrol", {{"challenge", T::String}, {"code", T::String}}},
        {"me.lock", {{"reason", T::String}}},
        {"me.unlock", {{"password", T::String}}},
        {"me.password", {{"current_password", T::String}, {"new_password", T::String}, {"end_other_sessions", T::Boolean}}},
        {"staff.create", {{"username", T::String}, {"display_name", T::String}, {"roles", T::Array}, {"password", T::String}}},
        {"staff.reset_password", {{"password", T::String}}},
        {"conversations.send",
         {{"client_id", T::String}, {"kind", T::String}, {"text", T::String}, {"buttons", T::Array}, {"template", T::Object},
          {"mentions", T::Array}}},
        {"conversations.assign", {{"assignee_id", T::Integer}, {"triage", T::Boolean}}},
        {"conversations.status", {{"status", T::String}, {"snoozed_until_ms", T::Integer}}},
        {"conversations.consent", {{"consent", T::String}, {"proactive_opt_in", T::Boolean}}},
        {"conversations.escalate", {{"reason", T::String}}},
        {"conversations.phi_refused", {{"rules", T::Array}}},
        {"conversations.date_of_birth", {{"date_of_birth", T::String}}},
        {"messages.retract", {{"reason", T::String}}},
        {"retention.hold_place", {{"conversation_id", T::Integer}, {"contact_id", T::Integer}, {"reason", T::String}}},
        {"retention.hold_release", {{"reason", T::String}}},
        {"retention.purge", {{"cutoff_ms", T::Integer}}},
        {"reviews.open", {{"conversation_id", T::Integer}, {"reason", T::String}, {"minutes", T::Integer}}},
        {"incidents.report",
         {{"type", T::String}, {"conversation_id", T::Integer}, {"device_id", T::String}, {"discovered_at_ms", T::Integer},
          {"summary", T::String}}},
        {"incidents.assess",
         {{"nature_of_data", T::String}, {"unauthorised_recipient", T::String}, {"acquired_or_viewed", T::String},
          {"mitigation", T::String}, {"risk_conclusion", T::String}}},
        {"incidents.status", {{"status", T::String}, {"note", T::String}}},
        {"compliance.find_conversations", {{"patient", T::String}}},
        {"compliance.flag_acknowledge", {{"note", T::String}}},
        {"inbox.search", {{"query", T::String}, {"after", T::Integer}, {"limit", T::Integer}}},
        {"canned.save", {{"id", T::Integer}, {"title", T::String}, {"language", T::String}, {"body", T::String}}},
        {"conversations.attach", {{"client_id", T::String}, {"filename", T::String}, {"mime_type", T::String}, {"data", T::String}}},
    };
    return all;
}

bool hasType(const QJsonValue &value, FieldType type)
{
    switch (type) {
    case T::String: return value.isString();
    case T::Integer: return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    case T::Boolean: return value.isBool();
    case T::Array: return value.isArray();
    case T::Object: return value.isObject();
    }
    return false;
}
} // namespace

const char *fieldTypeName(FieldType type)
{
    switch (type) {
    case T::String: return "a string";
    case T::Integer: return "a whole number";
    case T::Boolean: return "true or false";
    case T::Array: return "a list";
    case T::Object: return "an object";
    }
    return "?";
}

const QList<BodyField> &bodyFields(const char *endpointId)
{
    static const QList<BodyField> none;
    const auto found = schemas().constFind(QByteArray(endpointId));
    return found == schemas().constEnd() ? none : found.value();
}

std::optional<QString> bodyProblem(const char *endpointId, const QJsonObject &body)
{
    const QList<BodyField> &fields = bodyFields(endpointId);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const BodyField &f) {
            return it.key() == QLatin1String(f.name);
        });
        if (field == fields.end()) {
            return QStringLiteral("unknown field \"%1\"").arg(it.key().left(64));
        }
        if (!hasType(it.value(), field->type)) { // null too: a handler would read it as 0 or 
            return QStringLiteral("\"%1\" must be %2").arg(it.key(), QLatin1String(fieldTypeName(field->type)));
        }
    }
    return std::nullopt;
}

} // namespace cb::server
