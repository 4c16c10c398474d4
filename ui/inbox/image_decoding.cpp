#include "ui/inbox/image_decoding.h"

#include <QBuffer>
#include <QImageReader>

namespace cb::ui {

namespace {
QByteArray formatFor(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/jpeg")) {
        return "jpeg";
    }
    if (mimeType == QLatin1String("image/png")) {
        return "png";
    }
    if (mimeType == QLatin1String("image/webp")) {
        return "webp";
    }
    return {};
}
} // namespace

void ImageDecoding::applyProcessLimit()
{
    QImageReader::setAllocationLimit(AllocationLimitMiB);
}

QImage ImageDecoding::decode(const QByteArray &data, const QString &mimeType, QSize fitInto)
{
    const QByteArray format = formatFor(mimeType);
    if (format.isEmpty()) {
        return {};
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > MaxPixels) {
        return {};
    }
    if (fitInto.isValid() && (size.width() > fitInto.width() || size.height() > fitInto.height())) {
        reader.setScaledSize(size.scaled(fitInto, Qt::KeepAspectRatio));
    }
    return reader.read();
}

} // namespace cb::ui
