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
                   // "diagnosis", "result", "medication", "dose", "procedure"
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

    PhiVerdict check(const QString &text) const;

    // Lower case without accents, so "Expediente" and "expedienté" read alike.
    static QString normalise(const QString &text);

private:
    QStringList m_allowedPhrases; // normalised
};

} // namespace cb::policy
