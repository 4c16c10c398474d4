#include "core/policy/password_policy.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <zxcvbn.h>

#include <vector>

namespace cb::policy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cb::policy::PasswordPolicy", text);
}

QStringList usableContext(const QStringList &words)
{
    QStringList usable{QStringLiteral("carebridge")};
    for (const QString &word : words) {
        // Split "Sunrise Family Clinic" into its words as well as keeping the whole.
        for (const QString &part : word.split(QRegularExpression(QStringLiteral("[\\s._@-]+")), Qt::SkipEmptyParts)) {
            if (part.size() >= 4) {
                usable.append(part.toLower());
            }
        }
    }
    usable.removeDuplicates();
    return usable;
}
} // namespace

PasswordPolicy::Result PasswordPolicy::check(const QString &password, const QStringList &contextWords)
{
    const qsizetype length = password.toUcs4().size(); // characters, not UTF-16 units
    if (length < MinimumLength) {
        return {Verdict::TooShort, tr("Use at least 12 characters. A short sentence is easy to remember.")};
    }
    if (length > MaximumLength) {
        return {Verdict::TooLong, tr("Use at most 128 characters.")};
    }
    const QStringList context = usableContext(contextWords);
    const QString lower = password.toLower();
    for (const QString &word : context) {
        if (lower.contains(word) && word.size() * 2 >= lower.size()) {
            return {Verdict::ContainsContext,
                    tr("Do not build the password from your name, username or the clinic's name.")};
        }
    }
    std::vector<QByteArray> utf8;
    utf8.reserve(static_cast<std::size_t>(context.size()));
    for (const QString &word : context) {
        utf8.push_back(word.toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &word : utf8) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);
    const QByteArray candidate = password.toUtf8();
    const double bits = ZxcvbnMatch(candidate.constData(), dictionary.data(), nullptr);
    if (bits < MinimumEntropyBits) {
        return {Verdict::TooGuessable,
                tr("This password is too common or too easy to guess. Try a few unrelated words.")};
    }
    return {};
}

} // namespace cb::policy
