#include "ui/identity/qr_code.h"

#include <qrencode.h>

#include <QPainter>

namespace cb::ui {

QImage qrCodeImage(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (code == nullptr) {
        return {};
    }
    constexpr int quietZone = 4; // modules of white border, as the standard asks
    const int size = (code->width + 2 * quietZone) * scale;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 0x01) {
                painter.fillRect((x + quietZone) * scale, (y + quietZone) * scale, scale, scale, Qt::black);
            }
        }
    }
    QRcode_free(code);
    return image;
}

} // namespace cb::ui
