#pragma once

#include <QImage>
#include <QString>

namespace cb::ui {

// A QR code image of `text` (libqrencode, error correction M) with a quiet zone,
// `scale` pixels per module. Null image if the text does not fit.
QImage qrCodeImage(const QString &text, int scale = 6);

} // namespace cb::ui
