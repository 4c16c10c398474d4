#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace cb::ui {

// Decodes a patient's picture the careful way (security review, finding 5):
// with the format its canonical type names, never guessed from the bytes, and
// refusing anything larger than MaxPixels before a pixel is allocated, so a
// small "decompression bomb" cannot take the workstation's memory. `fitInto`
// scales while decoding (thumbnails). A null image when it is not safe to show.
class ImageDecoding
{
public:
    static constexpr qint64 MaxPixels = 40'000'000; // ~ a 48-megapixel phone photo scaled by WhatsApp
    static constexpr int AllocationLimitMiB = 256;  // Qt's own ceiling, set once at start-up

    static QImage decode(const QByteArray &data, const QString &mimeType, QSize fitInto = {});
    // Applies AllocationLimitMiB to every QImageReader in the process.
    static void applyProcessLimit();
};

} // namespace cb::ui
