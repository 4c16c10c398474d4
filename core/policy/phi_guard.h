#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cb::policy {

// What PhiGuard found in a text meant for WhatsApp.
struct PhiFinding
{
    enum class Category { Identifier, Clinical };
    Category category = Category::Identifier;
    QString rule;  // "ssn", "mrn", "date_of_birth", "insurance_id", "address",
                   // "diagnosis", "result", "medication", "dose", "procedure",
                   // "hidden_characters" (Identifier; see PhiGuard::hidesCharacters)
    QString match; // the words that triggered it, for the explanation shown to staff
};

struct PhiVerdict
{
    QList<PhiFinding> findings;
    bool allowed() const { return findings.isEmpty(); }
    // The rule names found, each once, in order (for error bodies and audit details).
    QStringList rules() const;
};

// Decides whether outbound text may travel on WhatsApp, which is not a
// compliant channel. Identifiers (SSN, medical record number, date of birth,
// insurance ids, street addresses) and clinical content (diagnoses, results
// and values, medications and doses, procedures), in English or Spanish, are
// refused; logistics (times, directions, "your results are in the portal")
// pass. The server enforces it; the desktop runs the same code to warn early.
// Precision and recall on tests/data/phi/corpus.tsv are in the README.
class PhiGuard
{
public:
    // Phrases that are always fine, such as the clinic's own street address.
    explicit PhiGuard(QStringList allowedPhrases = {});

    // The rules read normalise()d text (allowed phrases taken out) and its
    // collapseLetterSpacing() readings; a rule that matches any of them refuses.
    // When hidesCharacters() is true, the first finding is "hidden_characters"
    // with the match "hidden or look-alike characters" (never the hidden text).
    PhiVerdict check(const QString &text) const;

    // Every rule's name ("ssn" … "hidden_characters"): what a report may name.
    static QStringList ruleNames();

    // The text the rules read. Each step closes a bypass from finding 4 of the
    // security review (invisible and look-alike characters):
    //  1. Unicode NFKC: full-width "ｄｉａｂｅｔｅｓ", ligatures, circled and
    //     mathematical letters and odd spaces become their plain forms.
    //  2. Format characters (category Cf) are dropped: soft hyphen, zero-width
    //     space/joiners, word joiner, BOM, bidi controls, tag characters. Soft
    //     hyphens arrive by accident in text pasted from letters and PDFs, so
    //     they are stripped and the text matched, not refused for them.
    //  3. Accents and other combining marks (Mn, Me) are dropped, so
    //     "Expediente" and "expedienté" read alike, and neither a strike-through
    //     overlay nor a variation selector splits a word.
    //  4. Look-alike letters become Latin: Cyrillic and Greek letters that look
    //     like Latin ones ("diаbetes" with Cyrillic а, Greek "Α1C") and Latin
    //     small capitals ("ᴅɪᴀʙᴇᴛᴇꜱ"); decimal digits of any script become 0-9.
    //  5. Case folding.
    // Collapsing letter-spaced words is separate (collapseLetterSpacing), since
    // it would change what ordinary text such as "a 2 p.m. visit" says.
    static QString normalise(const QString &text);

    // Runs of at least three single letters or digits (one a letter), each
    // separated by the same separator (spaces, or one of . - _ * · with optional
    // spaces), joined into one word: "d i a b e t e s" -> "diabetes",
    // "h.i.v" -> "hiv". With joinNeighbours, the words on either side of such
    // a run join it too when the same separator divides them: "di a b e tes".
    // check() matches these besides the plain text, never instead of it.
    static QString collapseLetterSpacing(const QString &normalised, bool joinNeighbours = false);

    // True when the text hides something normalise() cannot explain (finding 4):
    // control characters other than tab and line breaks, private-use and
    // surrogate code points, blank letters (Hangul fillers, the blank Braille
    // pattern), default-ignorable code points with no meaning yet, bidi
    // overrides (they make the reader see the letters in another order than
    // the rules do), tag characters outside an emoji flag, two variation
    // selectors in a row (a way to smuggle bytes after an emoji), and words
    // that mix Latin letters with letters of another script that are not in
    // the look-alike table ("diaбetes").
    static bool hidesCharacters(const QString &text);

private:
    QStringList m_allowedPhrases; // normalised
};

} // namespace cb::policy
