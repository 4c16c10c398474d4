#pragma once

#include <QHash>
#include <QString>

namespace cb::server {

// A page skeleton from resources/portal with {{name}} slots (filled with text,
// HTML-escaped) and {{{name}}} slots (filled with HTML this program rendered
// itself from other templates). Nothing from outside ever fills a raw slot
// unescaped. A slot without a value is an error, not an empty string, so a
// typo cannot silently drop a label.
class HtmlTemplate
{
public:
    // Loads `:/portal/<name>.html`; throws std::runtime_error if it is missing.
    static HtmlTemplate load(const QString &name);
    explicit HtmlTemplate(QString source) : m_source(std::move(source)) {}

    HtmlTemplate &text(const QString &slot, const QString &value);
    HtmlTemplate &html(const QString &slot, const QString &rendered);
    // Throws std::runtime_error naming the first slot left without a value.
    QString render() const;

    static QString escape(const QString &text);

private:
    QString m_source;
    QHash<QString, QString> m_text;
    QHash<QString, QString> m_html;
};

} // namespace cb::server
