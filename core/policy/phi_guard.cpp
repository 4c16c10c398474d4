#include "core/policy/phi_guard.h"

#include <QHash>
#include <QRegularExpression>

namespace cb::policy {

namespace {
using Category = PhiFinding::Category;

struct Rule
{
    Category category;
    const char *name;
    QRegularExpression pattern;
};

QRegularExpression rx(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// Patterns run on normalised text: lower case, no accents. Identifiers need a
// keyword *and* a value ("your MRN is 00482913"), so "bring your insurance
// card" passes; clinical words are enough on their own.
const QList<Rule> &rules()
{
    static const QList<Rule> all{
        {Category::Identifier, "ssn", rx(uR"(\b\d{3}[- ]\d{2}[- ]\d{4}\b|\b(ssn|social security|seguro social)\b)")},
        {Category::Identifier, "mrn",
         rx(uR"(\b(mrn|medical record|record number|chart number|expediente|historia clinica)\b.{0,25}?\b[a-z]{0,3}-?\d{3,})")},
        {Category::Identifier, "date_of_birth",
         rx(uR"(\b(dob|date of birth|birth ?date|born on|fecha de nacimiento|naci(o|da|do) el)\b.{0,25}?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})")},
        {Category::Identifier, "insurance_id",
         rx(uR"(\b(member (id|number)|subscriber (id|number)|policy (number|no)|group number|insurance id|medicaid|medicare|tricare|humana|aetna|cigna|kaiser|anthem|blue cross|blue shield|united ?healthcare|poliza|afiliado|id de miembro)\b.{0,30}?\b[a-z0-9-]*\d[a-z0-9-]{3,})")},
        {Category::Identifier, "address",
         rx(uR"(\b\d{1,6}\s+([a-z]+\s+){1,3}(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|terrace|circle)\b)"
            uR"(|\b(calle|avenida|av\.|camino|callejon|privada)\s+[a-z]+(\s+[a-z]+){0,2}\s+#?\d{1,6}\b)"
            uR"(|\b(apt|apartment|departamento|depto)\.?\s*#?\s*\d+[a-z]?\b)")},
        {Category::Clinical, "diagnosis",
         rx(uR"(\b(diagnos\w*|diabet\w*|hypertension|hipertension|cancer|tumou?r\w*|hiv|vih|aids|sida|hepatitis|pneumonia|neumonia|asthma|asma|copd|epoc|depression|depresion|anxiety disorder|bipolar|schizophrenia|esquizofrenia|chlamydia|clamidia|gonorrh?ea|syphilis|sifilis|herpes|hpv|vph|std|sti|ets|infection|infeccion|uti|fracture|fractura|anemi\w*|gastritis|kidney stone|calculo renal|pregnan\w*|embaraz\w*|dementia|demencia|stroke|seizure|epilep\w*|apnea|obes\w*|bmi|imc|masa corporal|e\. ?coli|bacteria\w*|virus|nodules?|nodulos?|asc-us|phq-9|gad-7|lead level|plomo|cultivo|culture)\b)"
            // Families rather than single words: disease suffixes (bronchitis, psoriasis,
            // anemia, neuropathy, fibromyalgia), allergies, injuries, skin findings,
            // mental health, vaccine-preventable diseases, blood type.
            uR"(|\b(?!(academia|nostalgia|empathy|sympathy|simpatia|empatia)\b)\w{3,}(itis|osis|emia|pathy|patia|algia)\b|\b(allerg\w*|alergi\w*|sprain\w*|esguince|torcedura|concussion|conmocion|dislocat\w*|luxacion)\b)"
            uR"(|\b(rash|erupcion|shingles|zoster|eczema|acne|lesion|lesiones|mole|lunar|lump|bulto)\b)"
            uR"(|\b(ptsd|tept|ocd|toc|adhd|tdah|autism\w*|disorder|trastorno\w*|therapist|terapeuta|psychiatr\w*|psiquiatr\w*|psycholog\w*|psicolog\w*)\b)"
            uR"(|\b(tetanus|tetanos|measles|sarampion|mumps|paperas|rubella|rubeola|chickenpox|varicela|pertussis|tosferina)\b)"
            uR"(|\b(blood type|tipo de sangre|grupo sanguineo)\b)"
            // A specialist names the condition: allergist, dermatólogo, cardiologist.
            uR"(|\b\w+ologist\b|\b(?!prologo)\w+olog[oa]s?\b)")},
        {Category::Clinical, "result",
         rx(uR"(\b(tests?|tested|results?|labs?|screening|prueba|pruebas|resultados?|examen|analisis)\b.{0,40}?\b(positive|negative|normal|abnormal|high|low|elevated|came back|showed|positiv[oa]s?|negativ[oa]s?|anormal|alt[oa]|baj[oa]|elevad[oa]|salio|mostro)\b)"
            uR"(|\b(a1c|hba1c|cholesterol|colesterol|glucose|glucosa|blood sugar|azucar en la sangre|blood pressure|presion arterial|tsh|potassium|potasio|hemoglobin\w*|vitamin d|vitamina d|inr|white count|psa|creatinine|creatinina|e?gfr|ldl|hdl|triglycerid\w*|trigliceridos|ferritin\w*|platelets?|plaquetas|b12|thyroid|tiroides)\b)"
            uR"(|\b(1\d{2}|[89]\d)/\d{2,3}\b(?!/)|\b\d+(\.\d+)?\s*(mg/dl|mmol/l|ng/ml|meq/l|g/dl)\b)"
            // A value reported about the patient: "your sodium was 128", "su IMC es 34".
            uR"(|\b(your|su|tu)\s+(?!(appointment|visit|cita|visita|copay|copago|balance|saldo|bill|cuenta|room|turno|wait|espera)\b)([\w-]+\s+){0,3}?(was|were|is|are|es|son|fue|estaba|esta|came back|(went (up|down)|dropped|fell|rose|climbed|increased|decreased) to|(bajo|subio|aumento|disminuyo) a)\s+(en\s+|at\s+|a\s+)?\d+(\.\d+)?\b(?!\s*(am|pm|a\.m|p\.m|:|h\b|min|minut|hour|hora|th\b|st\b|nd\b|rd\b|de\s|dollars|dolares|\$)))"
            // Findings: "the study showed", "came back with", "salió positivo".
            uR"(|\b(showed|shows|mostro|muestra|grew|revealed|came back with|salio (positiv|negativ|normal|anormal|alt|baj|con|en \d)\w*)\b)")},
        {Category::Clinical, "medication",
         rx(uR"(\b(metformin|lisinopril|atorvastatin|amoxicil|ibuprofen|predniso|insulin|sertralin|warfarin|albuterol|salbutamol|amlodipin|losartan|omeprazol|levothyrox|levotirox|gabapentin|hydrocodon|oxycodon|azithromycin|azitromicin|ciprofloxacin|acetaminophen|paracetamol|naproxen|fluoxetin|escitalopram|simvastatin|furosemid|montelukast|pantoprazol|tramadol|cephalexin|cefalexin|doxycyclin|doxiciclin|clopidogrel|antibiotic|antibiotico|antidepressant|antidepresivo|opioid|opioide|augmentin|keflex|zoloft|lexapro|prozac|xanax|adderall|lipitor|synthroid|ozempic|wegovy|eliquis|plavix|norco|percocet|suboxone|methadon|metadona)\w*)")},
        {Category::Clinical, "dose",
         rx(uR"(\b(\d+(\.\d+)?|one|two|three|half a|una|dos|tres|media)\s*(mg|mcg|ug|ml|units|unidades|tablets?|tabletas?|pills?|pastillas?|capsules?|capsulas?|puffs?|inhalaciones)\b)"
            // How often to take something: "daily", "every 6 hours", "dos veces al dia".
            uR"(|\b(once|twice|three times) (a|per) day\b|\b(every|cada) \d+ (hours|hrs|horas)\b|\bveces al dia\b|\b(pills?|tablets?|pastillas?|tabletas?|capsules?|capsulas?)\s+(daily|diari[oa]s?|al dia)\b)"
            // Orthopaedic devices belong to an injury: "your cast", "su yeso".
            uR"(|\b(your|the|su|el|la)\s+(knee |ankle |wrist |back )?(cast|splint|brace|yeso|ferula|rodillera|tobillera)\b)")},
        {Category::Clinical, "procedure",
         rx(uR"(\b(colonoscop\w*|biops\w*|surgery|cirugia|mri|resonancia|ct scan|tomografia|x-?rays?|radiografia|mammogram\w*|mamografia|chemo\w*|quimioterapia|dialysis|dialisis|endoscop\w*|ultrasound|ultrasonido|ecografia|pap smear|papanicolaou|ekg|ecg|electrocardiogra\w*|vasectom\w*|cesarean|cesarea|abortion|aborto|vaccin\w*|vacuna\w*|flu shot|booster|tdap|mmr|injection|inyeccion|replacement|reemplazo|repair|stitches|sutura\w*|transplant\w*|trasplante|sleep study|estudio del sueno|physical therapy|fisioterapia)\b)")},
    };
    return all;
}

// Finding 4 of the security review: letters that look Latin but are not. A
// compact table, not Unicode's full confusables list: the Cyrillic and Greek
// capitals and small letters that pass for Latin ones in ordinary fonts, and
// the Latin small capitals of "fancy text" generators. Letters missing here
// are still caught when they sit inside a Latin word (hidesCharacters).
// Accented forms (Cyrillic ё, Greek ά) are covered because marks go first.
const QHash<char32_t, char16_t> &lookalikes()
{
    static const QHash<char32_t, char16_t> table{
        // Cyrillic capitals: А В Е К М Н О Р С Т У Х Ѕ І Ј Ѵ Ү Ӏ Ԛ Ԝ
        {0x0410, u'A'}, {0x0412, u'B'}, {0x0415, u'E'}, {0x041A, u'K'}, {0x041C, u'M'}, {0x041D, u'H'},
        {0x041E, u'O'}, {0x0420, u'P'}, {0x0421, u'C'}, {0x0422, u'T'}, {0x0423, u'Y'}, {0x0425, u'X'},
        {0x0405, u'S'}, {0x0406, u'I'}, {0x0408, u'J'}, {0x0474, u'V'}, {0x04AE, u'Y'}, {0x04C0, u'I'},
        {0x051A, u'Q'}, {0x051C, u'W'},
        // Cyrillic small letters: а в е к м н о р с т у х ѕ і ј ѵ ү һ ӏ ԁ ԛ ԝ
        // (в к м н т look like small capitals of b k m h t)
        {0x0430, u'a'}, {0x0432, u'b'}, {0x0435, u'e'}, {0x043A, u'k'}, {0x043C, u'm'}, {0x043D, u'h'},
        {0x043E, u'o'}, {0x0440, u'p'}, {0x0441, u'c'}, {0x0442, u't'}, {0x0443, u'y'}, {0x0445, u'x'},
        {0x0455, u's'}, {0x0456, u'i'}, {0x0458, u'j'}, {0x0475, u'v'}, {0x04AF, u'y'}, {0x04BB, u'h'},
        {0x04CF, u'l'}, {0x0501, u'd'}, {0x051B, u'q'}, {0x051D, u'w'},
        // Greek capitals: Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
        {0x0391, u'A'}, {0x0392, u'B'}, {0x0395, u'E'}, {0x0396, u'Z'}, {0x0397, u'H'}, {0x0399, u'I'},
        {0x039A, u'K'}, {0x039C, u'M'}, {0x039D, u'N'}, {0x039F, u'O'}, {0x03A1, u'P'}, {0x03A4, u'T'},
        {0x03A5, u'Y'}, {0x03A7, u'X'},
        // Greek small letters: α γ η ι κ μ ν ο ρ τ υ χ (μ is also what NFKC makes
        // of the micro sign, so "500 µg" reads "500 ug")
        {0x03B1, u'a'}, {0x03B3, u'y'}, {0x03B7, u'n'}, {0x03B9, u'i'}, {0x03BA, u'k'}, {0x03BC, u'u'},
        {0x03BD, u'v'}, {0x03BF, u'o'}, {0x03C1, u'p'}, {0x03C4, u't'}, {0x03C5, u'u'}, {0x03C7, u'x'},
        // Latin small capitals and dotless i: ᴀ ʙ ᴄ ᴅ ᴇ ꜰ ɢ ʜ ɪ ᴊ ᴋ ʟ ᴍ ɴ ᴏ ᴘ ʀ ꜱ ᴛ ᴜ ᴠ ᴡ ʏ ᴢ ı
        {0x1D00, u'a'}, {0x0299, u'b'}, {0x1D04, u'c'}, {0x1D05, u'd'}, {0x1D07, u'e'}, {0xA730, u'f'},
        {0x0262, u'g'}, {0x029C, u'h'}, {0x026A, u'i'}, {0x1D0A, u'j'}, {0x1D0B, u'k'}, {0x029F, u'l'},
        {0x1D0D, u'm'}, {0x0274, u'n'}, {0x1D0F, u'o'}, {0x1D18, u'p'}, {0x0280, u'r'}, {0xA731, u's'},
        {0x1D1B, u't'}, {0x1D1C, u'u'}, {0x1D20, u'v'}, {0x1D21, u'w'}, {0x028F, u'y'}, {0x1D22, u'z'},
        {0x0131, u'i'},
    };
    return table;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// Step 2 of normalise(): format characters out. By code point, since the tag
// characters (U+E0000-E007F) are surrogate pairs in a QString.
QString withoutFormatCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (QChar::category(char32_t(c)) != QChar::Other_Format) {
            appendCodePoint(out, char32_t(c));
        }
    }
    return out;
}

// Step 3 of normalise(): accents and other combining marks out. By code point
// too: some marks, such as the variation selectors U+E0100-E01EF, lie outside
// the BMP.
QString withoutMarks(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const uint c : decomposed.toUcs4()) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing) {
            appendCodePoint(plain, char32_t(c));
        }
    }
    return plain;
}

// The text as a reader sees its letters: NFKC, then steps 2 and 3. Both
// normalise() and hidesCharacters() start from it.
QString visibleLetters(const QString &text)
{
    return withoutMarks(withoutFormatCharacters(text.normalized(QString::NormalizationForm_KC)));
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x180B && c <= 0x180D)
           || c == 0x180F;
}

bool isTagCharacter(char32_t c)
{
    return c >= 0xE0000 && c <= 0xE007F;
}

// Characters that are invisible, or mean nothing visible, and that
// normalise() does not strip.
bool isHiddenCodePoint(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r') {
        return false;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return true;
    default:
        break;
    }
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers: blank letters
           || c == 0x2800                                              // blank Braille pattern
           || c == 0x202D || c == 0x202E                               // bidi overrides: LRO, RLO
           // Default-ignorable code points with nothing assigned yet.
           || c == 0x2065 || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0xE0080 && c <= 0xE00FF)
           || (c >= 0xE01F0 && c <= 0xE0FFF);
}

// A word that mixes Latin letters with letters of another script, where a
// letter of the other script is not in the look-alike table: "diaбetes".
// (Whole words in another script are fine; a Latin word whose foreign letters
// are all look-alikes is explained, and normalise() reads it in Latin.)
bool mixesScripts(const QString &letters)
{
    bool latin = false;
    bool unexplained = false;
    auto endWord = [&] {
        const bool mixed = latin && unexplained;
        latin = unexplained = false;
        return mixed;
    };
    for (const uint code : letters.toUcs4()) {
        const char32_t c = code;
        if (!QChar::isLetterOrNumber(c)) {
            if (endWord()) {
                return true;
            }
            continue;
        }
        if (!QChar::isLetter(c)) {
            continue;
        }
        switch (QChar::script(c)) {
        case QChar::Script_Latin:
            latin = true;
            break;
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Unknown:
            break;
        default:
            if (!lookalikes().contains(c)) {
                unexplained = true;
            }
            break;
        }
    }
    return endWord();
}
} // namespace

QStringList PhiGuard::ruleNames()
{
    QStringList names;
    for (const Rule &rule : rules()) {
        if (!names.contains(QLatin1String(rule.name))) {
            names << QLatin1String(rule.name);
        }
    }
    names << QStringLiteral("hidden_characters");
    return names;
}

QStringList PhiVerdict::rules() const
{
    QStringList names;
    for (const PhiFinding &finding : findings) {
        if (!names.contains(finding.rule)) {
            names << finding.rule;
        }
    }
    return names;
}

PhiGuard::PhiGuard(QStringList allowedPhrases)
{
    for (const QString &phrase : allowedPhrases) {
        if (!phrase.trimmed().isEmpty()) {
            m_allowedPhrases << normalise(phrase.trimmed());
        }
    }
}

QString PhiGuard::normalise(const QString &text)
{
    const QString letters = visibleLetters(text); // steps 1 to 3
    QString plain;
    plain.reserve(letters.size());
    for (const uint code : letters.toUcs4()) {
        const char32_t c = code;
        if (const auto latin = lookalikes().constFind(c); latin != lookalikes().cend()) {
            plain.append(QChar(latin.value()));
        } else if (c > 0x7F && QChar::category(c) == QChar::Number_DecimalDigit) {
            plain.append(QChar(u'0' + QChar::digitValue(c)));
        } else {
            appendCodePoint(plain, c);
        }
    }
    return plain.toCaseFolded();
}

QString PhiGuard::collapseLetterSpacing(const QString &normalised, bool joinNeighbours)
{
    struct Word
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Word> words;
    for (qsizetype i = 0; i < normalised.size();) {
        if (!normalised[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < normalised.size() && normalised[i].isLetterOrNumber()) {
            ++i;
        }
        words.append({start, i});
    }
    auto gap = [&](qsizetype k) { return QStringView(normalised).mid(words[k].end, words[k + 1].start - words[k].end); };
    // Spaces only, or one kind of separator (repeated or not) with optional spaces.
    auto spacing = [](QStringView between) {
        QChar mark;
        for (const QChar c : between) {
            if (c == u' ') {
                continue;
            }
            if (mark.isNull() ? !QStringView(u".-_*\u00B7").contains(c) : c != mark) {
                return false;
            }
            mark = c;
        }
        return !between.isEmpty();
    };
    auto single = [&](qsizetype k) { return words[k].end - words[k].start == 1; };

    QString out;
    qsizetype copied = 0; // normalised[0, copied) is in out already
    for (qsizetype k = 0; k + 1 < words.size(); ++k) {
        if (!single(k) || !single(k + 1) || !spacing(gap(k))) {
            continue;
        }
        const QStringView separator = gap(k);
        qsizetype last = k + 1;
        while (last + 1 < words.size() && single(last + 1) && gap(last) == separator) {
            ++last;
        }
        bool letter = false;
        for (qsizetype w = k; w <= last; ++w) {
            letter = letter || normalised[words[w].start].isLetter();
        }
        if (last - k + 1 < 3 || !letter) {
            continue;
        }
        qsizetype first = k;
        if (joinNeighbours && k > 0 && words[k - 1].start >= copied && gap(k - 1) == separator) {
            first = k - 1;
        }
        if (joinNeighbours && last + 1 < words.size() && gap(last) == separator) {
            ++last;
        }
        out += QStringView(normalised).mid(copied, words[first].start - copied);
        for (qsizetype w = first; w <= last; ++w) {
            out += QStringView(normalised).mid(words[w].start, words[w].end - words[w].start);
        }
        copied = words[last].end;
        k = last;
    }
    out += QStringView(normalised).mid(copied);
    return out;
}

bool PhiGuard::hidesCharacters(const QString &text)
{
    // A lone surrogate (from JSON's "\ud800") would become U+FFFD in toUcs4()
    // and slip by: look for one in the UTF-16 itself.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (text[i].isSurrogate()) {
            return true;
        }
    }
    const QList<uint> codes = text.normalized(QString::NormalizationForm_KC).toUcs4();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = codes[i];
        if (isHiddenCodePoint(c)) {
            return true;
        }
        if (c == 0x1F3F4) {
            // Tag characters belong only in the flags of England, Scotland and
            // Wales and the like: U+1F3F4, a short lower-case tag (1 to 6 tag
            // letters or digits), U+E007F. Skip such a flag whole.
            qsizetype end = i + 1;
            while (end < codes.size() && end - i - 1 < 6
                   && ((codes[end] >= 0xE0030 && codes[end] <= 0xE0039) || (codes[end] >= 0xE0061 && codes[end] <= 0xE007A))) {
                ++end;
            }
            if (end > i + 1 && end < codes.size() && codes[end] == 0xE007F) {
                i = end;
            }
            continue;
        }
        // Anywhere else they are invisible ASCII ("ASCII smuggling").
        if (isTagCharacter(c)) {
            return true;
        }
        // One selector picks the look of the character before it; a run of
        // them carries invisible data.
        if (isVariationSelector(c) && (i == 0 || isVariationSelector(codes[i - 1]))) {
            return true;
        }
    }
    return mixesScripts(visibleLetters(text));
}

PhiVerdict PhiGuard::check(const QString &text) const
{
    QString plain = normalise(text);
    for (const QString &phrase : m_allowedPhrases) {
        plain.replace(phrase, QStringLiteral(" "));
    }
    // The plain text always; letter-spaced words joined as well, so that
    // "d i a b e t e s" is read as a word while "a 2 p.m. visit" is still read
    // as written.
    QStringList readings{plain};
    for (const bool joinNeighbours : {false, true}) {
        const QString collapsed = collapseLetterSpacing(plain, joinNeighbours);
        if (!readings.contains(collapsed)) {
            readings << collapsed;
        }
    }
    PhiVerdict verdict;
    if (hidesCharacters(text)) {
        // The match never repeats the hidden text.
        verdict.findings.append({Category::Identifier, QStringLiteral("hidden_characters"),
                                 QStringLiteral("hidden or look-alike characters")});
    }
    for (const Rule &rule : rules()) {
        for (const QString &reading : readings) {
            const QRegularExpressionMatch match = rule.pattern.match(reading);
            if (match.hasMatch()) {
                verdict.findings.append({rule.category, QString::fromLatin1(rule.name), match.captured(0)});
                break;
            }
        }
    }
    return verdict;
}

} // namespace cb::policy
