// The portal's form parsers on anything a browser (or anyone on the internet)
// could post: the first byte picks url-encoded or multipart, the rest is the
// body (multipart's Content-Type is a fixed boundary the body may or may not use).
#include "server/portal/form_data.h"
#include "server/portal/html_template.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    cb::server::FormLimits limits;
    limits.maxFileBytes = 2048;
    std::optional<cb::server::FormData> form;
    if (data[0] & 1) {
        form = cb::server::parseMultipartForm("multipart/form-data; boundary=----cb", body, limits);
    } else {
        form = cb::server::parseUrlEncodedForm(body, limits);
    }
    if (form) {
        // What the pages do with parsed values: escape them into a template.
        for (auto it = form->fields.cbegin(); it != form->fields.cend(); ++it) {
            const QString html = cb::server::HtmlTemplate(QStringLiteral("<p>{{v}}</p>")).text(QStringLiteral("v"), it.value()).render();
            if (html.contains(QLatin1Char('<')) && html.indexOf(QLatin1Char('<'), 1) != html.size() - 4) {
                __builtin_trap(); // an unescaped '<' got through
            }
        }
        if (form->fields.size() > limits.maxFields || (form->file && form->file->data.size() > limits.maxFileBytes)) {
            __builtin_trap(); // a limit was not kept
        }
    }
    return 0;
}
