#pragma once

#include <QString>
#include <QStringList>

namespace cb::policy {

// NIST SP 800-63B memorised secrets: at least 12 characters, up to 128 (≥ 64 as
// required), any characters, no composition rules; refused when zxcvbn finds it
// common or guessable, or when it is built from context words (username, display
// name, clinic name, "carebridge").
class PasswordPolicy
{
public:
    static constexpr int MinimumLength = 12;
    static constexpr int MaximumLength = 128;
    static constexpr double MinimumEntropyBits = 50.0;

    enum class Verdict { Acceptable, TooShort, TooLong, ContainsContext, TooGuessable };

    struct Result
    {
        Verdict verdict = Verdict::Acceptable;
        QString reason; // translated, for the person choosing the password
        bool acceptable() const { return verdict == Verdict::Acceptable; }
    };

    static Result check(const QString &password, const QStringList &contextWords);
};

} // namespace cb::policy
