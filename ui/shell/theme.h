#pragma once

#include <QColor>
#include <QPalette>

class QLabel;
class QWidget;

// Every colour the desktop paints comes from the palette, through here: a light
// and a dark palette of our own, the system's, and tinted surfaces (message
// bubbles, chips, badges) whose text is guaranteed WCAG AA contrast (4.5:1)
// on whatever palette is in use. Nothing else in ui/ names a colour.
namespace cb::ui::theme {

enum class Appearance { System, Light, Dark };

Appearance savedAppearance();
void saveAppearance(Appearance appearance);
// Sets the application palette; System returns to the one the platform gave.
void applyAppearance(Appearance appearance);
QPalette paletteFor(Appearance appearance);

// WCAG 2.x contrast ratio, 1 … 21.
double contrastRatio(const QColor &a, const QColor &b);
inline constexpr double MinimumContrast = 4.5;
// `preferred`, moved towards black or white only as far as needed to reach
// `minimum` against `background`.
QColor readableOn(const QColor &background, const QColor &preferred, double minimum = MinimumContrast);

// What a tinted area is about; each has its own hue, mixed into the palette's base.
enum class Tone {
    Patient,     // what the patient wrote (WhatsApp or portal)
    Staff,       // our WhatsApp replies
    Portal,      // our secure-portal messages
    Note,        // internal notes: never leave the clinic
    Problem,     // not delivered, errors
    Quiet,       // day separators, chips, quick-reply buttons
};
inline constexpr Tone AllTones[] = {Tone::Patient, Tone::Staff, Tone::Portal, Tone::Note, Tone::Problem, Tone::Quiet};

// A filled area and the text painted on it; both text colours reach MinimumContrast.
struct Surface
{
    QColor fill;
    QColor text;      // the message itself
    QColor secondary; // author, time, ticks
    QColor outline;   // a hairline around chips and buttons (not text)
};
Surface surface(const QPalette &palette, Tone tone);

// Secondary text straight on a view's base (times and previews in lists).
QColor secondaryText(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);
// Error text on a window's background (labels), or on a view's base (list cells).
QColor problemText(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// Shows `label` as an error (or back to normal), following later palette changes.
void markAsProblem(QLabel *label, bool problem = true);
// The idle warning's banner colours, following later palette changes.
void markAsBanner(QWidget *banner);

} // namespace cb::ui::theme
