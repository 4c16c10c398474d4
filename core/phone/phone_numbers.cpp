#include "core/phone/phone_numbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

namespace cb::phone {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::optional<PhoneNumber> parse(const std::string &text)
{
    PhoneNumber number;
    if (util().Parse(text, HomeRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util().IsPossibleNumber(number)) {
        return std::nullopt;
    }
    return number;
}
} // namespace

QString display(const QString &waId)
{
    const auto number = parse("+" + waId.toStdString());
    if (!number) {
        return waId;
    }
    // By calling code, not by validity: a possible +1 number is written the US way
    // even where its area code is not (yet) assigned.
    std::string region;
    util().GetRegionCodeForCountryCode(number->country_code(), &region);
    std::string formatted;
    util().Format(*number, region == HomeRegion ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

std::optional<QString> searchDigits(const QString &typed)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9()\\-. ]+$"));
    const QString trimmed = typed.trimmed();
    if (!phoneLike.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    if (digits.size() < 3) {
        return std::nullopt;
    }
    // A whole number, however it was written: its E.164 digits.
    if (digits.size() >= 7) {
        if (const auto number = parse(trimmed.toStdString())) {
            std::string e164;
            util().Format(*number, PhoneNumberUtil::E164, &e164);
            return QString::fromStdString(e164).mid(1);
        }
    }
    return digits;
}

} // namespace cb::phone
