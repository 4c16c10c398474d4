#include "core/log/redaction.h"

#include <QRegularExpression>
#include <QString>

#include <array>

namespace cb::log {

namespace {
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const std::array<Rule, 4> &rules()
{
    static const std::array<Rule, 4> all{{
        {QRegularExpression(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")),
         QStringLiteral("[email]")},
        {QRegularExpression(QStringLiteral(R"((?<![\w.])\d{3}-\d{2}-\d{4}(?![\w.]))")),
         QStringLiteral("[ssn]")},
        // +CC groups, or (NNN) NNN-NNNN / NNN.NNN.NNNN / NNN NNN NNNN.
        {QRegularExpression(QStringLiteral(
             R"((?<![\w.])(?:\+\d{1,3}[\s.-]?\d(?:[\s.-]?\d){6,13}|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})(?![\w.]))")),
         QStringLiteral("[phone]")},
        {QRegularExpression(QStringLiteral(R"(\d{7,})")), QStringLiteral("[digits]")},
    }};
    return all;
}
} // namespace

std::string redact(std::string_view text)
{
    QString value = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    for (const Rule &rule : rules()) {
        value.replace(rule.pattern, rule.replacement);
    }
    return value.toStdString();
}

} // namespace cb::log
