#pragma once

#include <QString>

#include <optional>

// Phone numbers as people type and read them, through libphonenumber (Google's
// metadata for every country): "(555) 010-7007" at a US clinic, "+34 612 34 56 78"
// for a patient abroad. WhatsApp's wa_id is the number's E.164 digits without "+".
namespace cb::phone {

// Where the clinic is: numbers from here are written the national way and may be
// typed without a country code. (Carebridge serves US clinics.)
inline constexpr char HomeRegion[] = "US";

// A wa_id for a person to read; the digits unchanged when they are no number.
QString display(const QString &waId);

// The digits to look for in wa_ids when `typed` is a phone number or part of
// one: the whole E.164 number when it parses ("(555) 010-7007" → "15550107007"),
// else the digits typed ("0107" → "0107"); nullopt for anything else (words, or
// fewer than three digits).
std::optional<QString> searchDigits(const QString &typed);

} // namespace cb::phone
