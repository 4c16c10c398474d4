#include "ui/inbox/image_decoding.h"

#include <QBuffer>
#include <QImageWriter>
#include <QtTest>

using cb::ui::ImageDecoding;

namespace {
QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return bytes;
}
} // namespace

// Security review, finding 5: the desktop decoded whatever bytes arrived, with
// the format guessed and no limit on the size they unpack to.
class TestImageDecoding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ImageDecoding::applyProcessLimit(); }

    void aPatientsPhotoDecodesAndScales()
    {
        QImage photo(1200, 800, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        const QImage full = ImageDecoding::decode(encoded(photo, "png"), QStringLiteral("image/png"));
        QCOMPARE(full.size(), QSize(1200, 800));
        const QImage thumb = ImageDecoding::decode(encoded(photo, "jpeg"), QStringLiteral("image/jpeg"), QSize(240, 240));
        QCOMPARE(thumb.size(), QSize(240, 160));
    }

    void theFormatComesFromTheTypeNotTheBytes()
    {
        QImage photo(64, 64, QImage::Format_RGB32);
        photo.fill(Qt::red);
        QVERIFY(ImageDecoding::decode(encoded(photo, "png"), QStringLiteral("image/jpeg")).isNull());
        QVERIFY(ImageDecoding::decode(encoded(photo, "png"), QStringLiteral("application/pdf")).isNull());
        QVERIFY(ImageDecoding::decode("<svg xmlns='http://www.w3.org/2000/svg'/>", QStringLiteral("image/svg+xml")).isNull());
    }

    void aDecompressionBombIsRefusedBeforeItUnpacks()
    {
        // 12,000 x 12,000 one-bit pixels: a few kilobytes that would unpack to
        // over 500 MiB of ARGB.
        QImage bomb(12000, 12000, QImage::Format_Mono);
        bomb.fill(0);
        const QByteArray bytes = encoded(bomb, "png");
        QVERIFY2(bytes.size() < 200 * 1024, qPrintable(QString::number(bytes.size())));
        QVERIFY(ImageDecoding::decode(bytes, QStringLiteral("image/png")).isNull());
        QVERIFY(ImageDecoding::decode(bytes, QStringLiteral("image/png"), QSize(240, 240)).isNull());
    }

    void garbageIsNotAnImage()
    {
        QVERIFY(ImageDecoding::decode(QByteArray("\x89PNG\r\n\x1A\n garbage", 17), QStringLiteral("image/png")).isNull());
        QVERIFY(ImageDecoding::decode({}, QStringLiteral("image/png")).isNull());
    }
};

QTEST_MAIN(TestImageDecoding)
#include "tst_image_decoding.moc"
