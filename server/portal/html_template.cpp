#include "server/portal/html_template.h"

#include <QFile>

#include <stdexcept>

namespace cb::server {

HtmlTemplate HtmlTemplate::load(const QString &name)
{
    QFile file(QStringLiteral(":/portal/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("portal template missing: " + name.toStdString());
    }
    return HtmlTemplate(QString::fromUtf8(file.readAll()));
}

HtmlTemplate &HtmlTemplate::text(const QString &slot, const QString &value)
{
    m_text.insert(slot, value);
    return *this;
}

HtmlTemplate &HtmlTemplate::html(const QString &slot, const QString &rendered)
{
    m_html.insert(slot, rendered);
    return *this;
}

QString HtmlTemplate::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString HtmlTemplate::render() const
{
    QString out;
    out.reserve(m_source.size() * 2);
    qsizetype at = 0;
    while (at < m_source.size()) {
        const qsizetype open = m_source.indexOf(QLatin1String("{{"), at);
        if (open < 0) {
            out += QStringView(m_source).mid(at);
            break;
        }
        out += QStringView(m_source).mid(at, open - at);
        const bool raw = m_source.mid(open, 3) == QLatin1String("{{{");
        const QLatin1String close = raw ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype nameStart = open + (raw ? 3 : 2);
        const qsizetype end = m_source.indexOf(close, nameStart);
        if (end < 0) {
            throw std::runtime_error("portal template has an unclosed slot");
        }
        const QString slot = m_source.mid(nameStart, end - nameStart).trimmed();
        if (raw) {
            const auto value = m_html.constFind(slot);
            if (value == m_html.constEnd()) {
                throw std::runtime_error("portal template slot without HTML: " + slot.toStdString());
            }
            out += *value;
        } else {
            const auto value = m_text.constFind(slot);
            if (value == m_text.constEnd()) {
                throw std::runtime_error("portal template slot without text: " + slot.toStdString());
            }
            out += escape(*value);
        }
        at = end + close.size();
    }
    return out;
}

} // namespace cb::server
