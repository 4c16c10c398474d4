#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cb::whatsapp {
struct GraphError;
}

namespace cb::sandbox {

// The templates this WhatsApp Business Account has had approved, as Meta's
// WhatsApp Manager holds them: a send naming another template, another
// language, or the wrong number of parameters is refused with Meta's error,
// as graph.facebook.com would.
std::optional<whatsapp::GraphError> templateRefusal(const QJsonObject &templ);

} // namespace cb::sandbox
