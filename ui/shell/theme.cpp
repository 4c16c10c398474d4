#include "ui/shell/theme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QSettings>

#include <cmath>

namespace cb::ui::theme {

namespace {

const QString SettingKey = QStringLiteral("appearance");

// The palette the platform gave before we changed anything ("System").
QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto blend = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(blend(from.redF(), to.redF())), float(blend(from.greenF(), to.greenF())),
                            float(blend(from.blueF(), to.blueF())));
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

void setAll(QPalette &palette, QPalette::ColorRole role, const QColor &colour)
{
    palette.setColor(QPalette::All, role, colour);
}

QPalette darkPalette()
{
    QPalette p;
    setAll(p, QPalette::Window, QColor(0x20, 0x23, 0x26));
    setAll(p, QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    setAll(p, QPalette::Base, QColor(0x17, 0x19, 0x1c));
    setAll(p, QPalette::AlternateBase, QColor(0x23, 0x26, 0x2a));
    setAll(p, QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x34));
    setAll(p, QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    setAll(p, QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    setAll(p, QPalette::Text, QColor(0xe8, 0xea, 0xed));
    setAll(p, QPalette::Button, QColor(0x2b, 0x2f, 0x34));
    setAll(p, QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    setAll(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    setAll(p, QPalette::Light, QColor(0x3a, 0x3f, 0x45));
    setAll(p, QPalette::Midlight, QColor(0x33, 0x37, 0x3c));
    setAll(p, QPalette::Mid, QColor(0x2a, 0x2d, 0x31));
    setAll(p, QPalette::Dark, QColor(0x11, 0x13, 0x15));
    setAll(p, QPalette::Shadow, QColor(0, 0, 0));
    setAll(p, QPalette::Highlight, QColor(0x2f, 0x6f, 0xce));
    setAll(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setAll(p, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    setAll(p, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x7d, 0x82, 0x8a));
    }
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    setAll(p, QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    setAll(p, QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::Base, QColor(0xff, 0xff, 0xff));
    setAll(p, QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    setAll(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff));
    setAll(p, QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
    setAll(p, QPalette::Text, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::Button, QColor(0xec, 0xee, 0xf1));
    setAll(p, QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::BrightText, QColor(0xb3, 0x26, 0x1e));
    setAll(p, QPalette::Light, QColor(0xff, 0xff, 0xff));
    setAll(p, QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8));
    setAll(p, QPalette::Mid, QColor(0xc4, 0xc7, 0xcc));
    setAll(p, QPalette::Dark, QColor(0x9a, 0xa0, 0xa6));
    setAll(p, QPalette::Shadow, QColor(0, 0, 0));
    setAll(p, QPalette::Highlight, QColor(0x1f, 0x5f, 0xbf));
    setAll(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setAll(p, QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    setAll(p, QPalette::LinkVisited, QColor(0x68, 0x1d, 0xa8));
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x86, 0x8b));
    }
    return p;
}

QColor hueOf(Tone tone)
{
    switch (tone) {
    case Tone::Patient: return {0x8a, 0x94, 0xa6};
    case Tone::Staff: return {0x2e, 0x9e, 0x5b};
    case Tone::Portal: return {0x1b, 0x8a, 0x9b};
    case Tone::Note: return {0xd9, 0xa4, 0x00};
    case Tone::Problem: return {0xd9, 0x30, 0x25};
    case Tone::Quiet: return {0x8a, 0x94, 0xa6};
    }
    return {0x8a, 0x94, 0xa6};
}

// Re-applies a colouring whenever the application's palette changes (Settings →
// Appearance, or the system's theme), so nothing keeps the old theme's colours.
class PaletteFollower : public QObject
{
public:
    using Apply = void (*)(QWidget *);
    static inline const QString Name = QStringLiteral("cb-palette-follower");

    PaletteFollower(QWidget *widget, Apply apply) : QObject(widget), m_apply(apply)
    {
        setObjectName(Name);
        widget->installEventFilter(this);
        m_apply(widget);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange) {
            m_apply(static_cast<QWidget *>(watched));
        }
        return false;
    }

private:
    Apply m_apply;
};

void colourAsProblem(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, problemText(QApplication::palette()));
    widget->setPalette(palette);
}

void colourAsBanner(QWidget *widget)
{
    const Surface banner = surface(QApplication::palette(), Tone::Note);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, banner.fill);
    palette.setColor(QPalette::WindowText, banner.text);
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}

} // namespace

Appearance savedAppearance()
{
    const QString value = QSettings().value(SettingKey).toString();
    return value == QLatin1String("light") ? Appearance::Light : value == QLatin1String("dark") ? Appearance::Dark : Appearance::System;
}

void saveAppearance(Appearance appearance)
{
    QSettings().setValue(SettingKey, appearance == Appearance::Light  ? QStringLiteral("light")
                                     : appearance == Appearance::Dark ? QStringLiteral("dark")
                                                                      : QStringLiteral("system"));
}

QPalette paletteFor(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light: return lightPalette();
    case Appearance::Dark: return darkPalette();
    case Appearance::System: break;
    }
    return systemPalette();
}

void applyAppearance(Appearance appearance)
{
    systemPalette(); // remembered before the first change
    QApplication::setPalette(paletteFor(appearance));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &background, const QColor &preferred, double minimum)
{
    if (contrastRatio(background, preferred) >= minimum) {
        return preferred;
    }
    const QColor extreme = contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(preferred, extreme, step / 20.0);
        if (contrastRatio(background, candidate) >= minimum) {
            return candidate;
        }
    }
    return extreme;
}

Surface surface(const QPalette &palette, Tone tone)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    double amount = dark ? 0.28 : 0.14;
    if (tone == Tone::Patient || tone == Tone::Quiet) {
        amount = dark ? 0.16 : 0.10;
    }
    Surface result;
    result.fill = mix(base, hueOf(tone), amount);
    result.text = readableOn(result.fill, palette.color(QPalette::Text));
    result.secondary = readableOn(result.fill, mix(result.text, result.fill, 0.35));
    result.outline = mix(result.text, result.fill, 0.7);
    return result;
}

QColor secondaryText(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor fill = palette.color(background);
    return readableOn(fill, mix(palette.color(QPalette::Text), fill, 0.35));
}

QColor problemText(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor fill = palette.color(background);
    const QColor preferred = luminance(fill) < 0.2 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    return readableOn(fill, preferred);
}

void markAsProblem(QLabel *label, bool problem)
{
    // One follower at most (no Q_OBJECT here, so it is found by name).
    const QList<QObject *> followers = label->findChildren<QObject *>(PaletteFollower::Name, Qt::FindDirectChildrenOnly);
    qDeleteAll(followers);
    if (problem) {
        new PaletteFollower(label, colourAsProblem);
    } else {
        label->setPalette(QPalette());
    }
}

void markAsBanner(QWidget *banner)
{
    new PaletteFollower(banner, colourAsBanner);
}

} // namespace cb::ui::theme
