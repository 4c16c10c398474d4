#include "core/policy/phi_guard.h"

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
         rx(uR"(\b(\d+(\.\d+)?|one|two|three|half a|una|dos|tres|media)\s*(mg|mcg|µg|ml|units|unidades|tablets?|tabletas?|pills?|pastillas?|capsules?|capsulas?|puffs?|inhalaciones)\b)"
            // How often to take something: "daily", "every 6 hours", "dos veces al dia".
            uR"(|\b(once|twice|three times) (a|per) day\b|\b(every|cada) \d+ (hours|hrs|horas)\b|\bveces al dia\b|\b(pills?|tablets?|pastillas?|tabletas?|capsules?|capsulas?)\s+(daily|diari[oa]s?|al dia)\b)"
            // Orthopaedic devices belong to an injury: "your cast", "su yeso".
            uR"(|\b(your|the|su|el|la)\s+(knee |ankle |wrist |back )?(cast|splint|brace|yeso|ferula|rodillera|tobillera)\b)")},
        {Category::Clinical, "procedure",
         rx(uR"(\b(colonoscop\w*|biops\w*|surgery|cirugia|mri|resonancia|ct scan|tomografia|x-?rays?|radiografia|mammogram\w*|mamografia|chemo\w*|quimioterapia|dialysis|dialisis|endoscop\w*|ultrasound|ultrasonido|ecografia|pap smear|papanicolaou|ekg|ecg|electrocardiogra\w*|vasectom\w*|cesarean|cesarea|abortion|aborto|vaccin\w*|vacuna\w*|flu shot|booster|tdap|mmr|injection|inyeccion|replacement|reemplazo|repair|stitches|sutura\w*|transplant\w*|trasplante|sleep study|estudio del sueno|physical therapy|fisioterapia)\b)")},
    };
    return all;
}
} // namespace

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
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            plain.append(c);
        }
    }
    return plain.toCaseFolded();
}

PhiVerdict PhiGuard::check(const QString &text) const
{
    QString plain = normalise(text);
    for (const QString &phrase : m_allowedPhrases) {
        plain.replace(phrase, QStringLiteral(" "));
    }
    PhiVerdict verdict;
    for (const Rule &rule : rules()) {
        const QRegularExpressionMatch match = rule.pattern.match(plain);
        if (match.hasMatch()) {
            verdict.findings.append({rule.category, QString::fromLatin1(rule.name), match.captured(0)});
        }
    }
    return verdict;
}

} // namespace cb::policy
