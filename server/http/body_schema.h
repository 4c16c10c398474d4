#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cb::server {

// The fields each endpoint's JSON body may carry, and their JSON types. The
// router checks every body against it before a handler sees it: an unknown
// field or a field of the wrong type is a clear 400 naming the field, instead
// of a handler quietly reading "abc" as 0 (an unassignment) or [] as "".
// An endpoint absent from the table takes no fields at all.
enum class FieldType { String, Integer, Boolean, Array, Object };

struct BodyField
{
    const char *name;
    FieldType type;
};

const QList<BodyField> &bodyFields(const char *endpointId);
// What is wrong with `body` for this endpoint; nullopt when nothing is.
std::optional<QString> bodyProblem(const char *endpointId, const QJsonObject &body);
const char *fieldTypeName(FieldType type);

} // namespace cb::server
