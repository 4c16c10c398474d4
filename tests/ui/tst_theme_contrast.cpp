// Every text/background pair the desktop paints reaches WCAG AA (4.5:1) in our
// light and dark palettes and in any palette a system may hand us; the thread's
// bubbles sit on the right sides and wrap within the view.
#include "ui/inbox/message_delegate.h"
#include "ui/inbox/thread_model.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QDate>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

using namespace cb::ui;

namespace {

QPalette flatPalette(const QColor &base, const QColor &text, const QColor &window, const QColor &highlight, const QColor &highlighted)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::PlaceholderText, text);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, highlighted);
    return palette;
}

// Ours, and ones a system might hand us: Fusion's, a mid-grey one, a high-contrast one, qt6ct-like dark.
QList<std::pair<QString, QPalette>> palettes()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return {{QStringLiteral("ours, light"), theme::paletteFor(theme::Appearance::Light)},
            {QStringLiteral("ours, dark"), theme::paletteFor(theme::Appearance::Dark)},
            {QStringLiteral("Fusion"), fusion->standardPalette()},
            {QStringLiteral("mid grey"), flatPalette(QColor(0x80, 0x80, 0x80), QColor(0x90, 0x90, 0x90), QColor(0x70, 0x70, 0x70),
                                                     Qt::darkBlue, Qt::white)},
            {QStringLiteral("high contrast"), flatPalette(Qt::black, Qt::white, Qt::black, Qt::yellow, Qt::black)},
            {QStringLiteral("qt6ct darker"), flatPalette(QColor(0x2d, 0x2d, 0x2d), QColor(0xd3, 0xd3, 0xd3), QColor(0x31, 0x36, 0x3b),
                                                         QColor(0x3d, 0xae, 0xe9), QColor(0xfc, 0xfc, 0xfc))}};
}

QStandardItem *messageItem(const QString &body, bool outbound, cb::ui::theme::Tone tone, const QDate &day, bool startsDay)
{
    auto *item = new QStandardItem;
    item->setData(body, ThreadModel::BodyRole);
    item->setData(outbound, ThreadModel::OutboundRole);
    item->setData(outbound ? QStringLiteral("whatsapp") : QStringLiteral("whatsapp"), ThreadModel::ChannelRole);
    item->setData(outbound ? QStringLiteral("Dana Reyes, Nurse") : QString(), ThreadModel::AuthorRole);
    item->setData(QStringLiteral("8:07 AM"), ThreadModel::TimeRole);
    item->setData(day, ThreadModel::DayRole);
    item->setData(startsDay, ThreadModel::DayStartsRole);
    item->setData(outbound ? QStringLiteral("✓✓ Read") : QString(), ThreadModel::StatusRole);
    item->setData(int(tone), ThreadModel::ToneRole);
    item->setData(QStringLiteral("MP"), ThreadModel::InitialsRole);
    item->setData(QStringLiteral("WhatsApp"), ThreadModel::ChannelLabelRole);
    return item;
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioMatchesWcag()
    {
        QCOMPARE(theme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes AA.
        QVERIFY(theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void everyPaintedPairReachesAA_data()
    {
        QTest::addColumn<QPalette>("palette");
        for (const auto &[name, palette] : palettes()) {
            QTest::newRow(qPrintable(name)) << palette;
        }
    }

    void everyPaintedPairReachesAA()
    {
        QFETCH(QPalette, palette);
        const auto require = [](const char *what, const QColor &text, const QColor &fill) {
            const double ratio = theme::contrastRatio(text, fill);
            QVERIFY2(ratio >= theme::MinimumContrast,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1").arg(QLatin1String(what), text.name(), fill.name()).arg(ratio, 0, 'f', 2)));
        };
        // The bubbles, day separators, chips and quick-reply buttons (MessageDelegate).
        for (const theme::Tone tone : theme::AllTones) {
            const theme::Surface surface = theme::surface(palette, tone);
            require("surface text", surface.text, surface.fill);
            require("surface secondary", surface.secondary, surface.fill);
        }
        // The conversation list (ConversationDelegate): name and preview, time, the badge.
        require("secondary on base", theme::secondaryText(palette), palette.color(QPalette::Base));
        // Error lines on a window and in a list.
        require("problem on window", theme::problemText(palette), palette.color(QPalette::Window));
        require("problem in a list", theme::problemText(palette, QPalette::Base), palette.color(QPalette::Base));
    }

    void ourPalettesThemselvesReachAA()
    {
        for (const auto appearance : {theme::Appearance::Light, theme::Appearance::Dark}) {
            const QPalette p = theme::paletteFor(appearance);
            for (const auto &[text, fill] : {std::pair{QPalette::Text, QPalette::Base}, std::pair{QPalette::WindowText, QPalette::Window},
                                             std::pair{QPalette::ButtonText, QPalette::Button},
                                             std::pair{QPalette::HighlightedText, QPalette::Highlight},
                                             std::pair{QPalette::PlaceholderText, QPalette::Base},
                                             std::pair{QPalette::Text, QPalette::AlternateBase},
                                             std::pair{QPalette::ToolTipText, QPalette::ToolTipBase}}) {
                QVERIFY2(theme::contrastRatio(p.color(text), p.color(fill)) >= theme::MinimumContrast,
                         qPrintable(QStringLiteral("appearance %1, roles %2 on %3").arg(int(appearance)).arg(int(text)).arg(int(fill))));
            }
        }
    }

    void choosingAnAppearanceChangesTheApplicationAndIsKept()
    {
        QSettings().remove(QStringLiteral("appearance"));
        QCOMPARE(theme::savedAppearance(), theme::Appearance::System);
        const QPalette system = QApplication::palette();
        theme::saveAppearance(theme::Appearance::Dark);
        theme::applyAppearance(theme::savedAppearance());
        QCOMPARE(QApplication::palette().color(QPalette::Base), theme::paletteFor(theme::Appearance::Dark).color(QPalette::Base));
        theme::applyAppearance(theme::Appearance::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
        QSettings().remove(QStringLiteral("appearance"));
    }

    void bubblesSitOnTheirSidesAndWrapWithinTheView()
    {
        QStandardItemModel model;
        const QDate today = QDate::currentDate();
        model.appendRow(messageItem(QStringLiteral("Hola, ¿puedo cambiar mi cita?"), false, theme::Tone::Patient, today, true));
        model.appendRow(messageItem(QString(QStringLiteral("Of course. ")).repeated(40), true, theme::Tone::Staff, today, false));
        QListView view;
        view.setModel(&model);
        auto *delegate = new MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QRect patient = view.visualRect(model.index(0, 0));
        const QRect reply = view.visualRect(model.index(1, 0));
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.widget = &view;
        const int shortRow = delegate->sizeHint(option, model.index(0, 0)).height();
        const int longRow = delegate->sizeHint(option, model.index(1, 0)).height();
        QVERIFY2(longRow > shortRow + 4 * view.fontMetrics().height(), "a long reply wraps onto several lines");
        QVERIFY(patient.height() > 0 && reply.height() > 0);

        // Paint and look: the patient's bubble fill is left of centre, ours right of it.
        QImage image(view.viewport()->size(), QImage::Format_ARGB32);
        view.viewport()->render(&image);
        const QColor patientFill = theme::surface(view.palette(), theme::Tone::Patient).fill;
        const QColor staffFill = theme::surface(view.palette(), theme::Tone::Staff).fill;
        const auto columnsWith = [&image](const QColor &fill, int rowTop, int rowBottom) {
            int first = image.width();
            int last = -1;
            for (int y = std::max(0, rowTop); y < std::min(image.height(), rowBottom); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y).rgb() == fill.rgb()) {
                        first = std::min(first, x);
                        last = std::max(last, x);
                    }
                }
            }
            return std::pair{first, last};
        };
        const auto [patientLeft, patientRight] = columnsWith(patientFill, patient.top(), patient.bottom());
        const auto [staffLeft, staffRight] = columnsWith(staffFill, reply.top(), reply.bottom());
        QVERIFY2(patientRight > 0 && patientLeft < image.width() / 4, "the patient's bubble starts on the left");
        QVERIFY2(patientRight < image.width() * 3 / 4, "and does not reach across");
        QVERIFY2(staffRight > image.width() * 3 / 4 && staffLeft > image.width() / 8, "ours is on the right");
        QVERIFY2(staffRight < image.width(), "and stays inside the view");
    }

    void daySeparatorsSpeakTheUsersLanguage()
    {
        QCOMPARE(MessageDelegate::dayLabel(QDate::currentDate()), QStringLiteral("Today"));
        QCOMPARE(MessageDelegate::dayLabel(QDate::currentDate().addDays(-1)), QStringLiteral("Yesterday"));
        const QDate long_ago(2026, 3, 7);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
        QVERIFY2(MessageDelegate::dayLabel(long_ago).contains(QStringLiteral("marzo")), qPrintable(MessageDelegate::dayLabel(long_ago)));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(MessageDelegate::dayLabel(long_ago).contains(QStringLiteral("March")), qPrintable(MessageDelegate::dayLabel(long_ago)));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_theme_contrast.moc"
