#pragma once

#include <QString>
#include <QStringList>

namespace cb::model {

// A WhatsApp message template approved by Meta. Outside the 24-hour window it
// is the only thing that may be sent. The body's {{1}}, {{2}}… are filled with
// parameters in order.
struct MessageTemplate
{
    QString name;      // Meta's template name, e.g. "appointment_reminder"
    QString language;  // Meta's language code: "en_US", "es_MX"
    QString title;     // what staff see in the picker
    QString body;      // the text with {{n}} placeholders
    QStringList parameterLabels; // one per placeholder, shown as the field's label

    // The text the patient will read; nullopt-free: missing parameters stay as {{n}}.
    QString render(const QStringList &parameters) const
    {
        QString text = body;
        for (int i = 0; i < parameters.size(); ++i) {
            text.replace(QStringLiteral("{{%1}}").arg(i + 1), parameters[i]);
        }
        return text;
    }
};

} // namespace cb::model
