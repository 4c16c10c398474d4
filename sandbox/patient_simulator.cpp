#include "sandbox/patient_simulator.h"

#include "core/crypto/keyed_hash.h"
#include "core/crypto/random_token.h"
#include "core/whatsapp/webhook_signature.h"

#include <QJsonDocument>

#include <QDateTime>
#include <QTimer>

namespace cb::sandbox {

namespace {
constexpr qint64 WindowSeconds = 24 * 60 * 60;
constexpr int BatchSize = 3;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A small valid PNG (64×48, a light square on blue, CRCs checked) and a
// one-page PDF: enough to be real files that viewers decode.
QByteArray samplePng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAUUlEQVR42u3YQQ0AIAwAselECXImBweIwAQqWIA0OQP9XrSeTxcAAAAAAAAAAIWAMdfRAAAAAAAA"
        "AAAAAAAAAAAAAADuBDhzAAAAAAAAAB8BNiQOoS2AE72aAAAAAElFTkSuQmCC");
}

QByteArray samplePdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                             "trailer<</Root 1 0 R>>\n%%EOF\n");
}
} // namespace

PatientSimulator::PatientSimulator(GraphApiSandbox &graph, WebhookPoster &poster, WebhookBuilder builder,
                                   int statusDelayMs, QObject *parent)
    : QObject(parent), m_graph(graph), m_poster(poster), m_builder(std::move(builder)), m_statusDelayMs(statusDelayMs)
{
    connect(&graph, &GraphApiSandbox::messageAccepted, this, &PatientSimulator::onAccepted);
}

std::optional<PatientSimulator::Fault> PatientSimulator::faultFromName(const QString &name)
{
    static const QHash<QString, Fault> names{{QStringLiteral("duplicate"), Fault::Duplicate},
                                             {QStringLiteral("out_of_order"), Fault::OutOfOrder},
                                             {QStringLiteral("batch"), Fault::Batch},
                                             {QStringLiteral("window_closed"), Fault::WindowClosed},
                                             {QStringLiteral("undeliverable"), Fault::Undeliverable}};
    const auto it = names.constFind(name);
    return it == names.constEnd() ? std::nullopt : std::optional(*it);
}

void PatientSimulator::inject(Fault fault, int count)
{
    m_faults[fault] += count;
}

QString PatientSimulator::nextWamid()
{
    return QStringLiteral("wamid.HBgL%1%2").arg(++m_counter).arg(QString::fromLatin1(crypto::randomToken(12)));
}

WebhookBuilder::Patient PatientSimulator::patient(const QString &waId, const QString &name)
{
    auto it = m_patients.find(waId);
    if (it == m_patients.end()) {
        it = m_patients.insert(waId, {waId, name.isEmpty() ? QStringLiteral("Patient %1").arg(waId.right(4)) : name,
                                      QStringLiteral("US.%1").arg(QString::fromLatin1(crypto::sha256(waId.toUtf8()).toHex().left(16)))});
    }
    return *it;
}

void PatientSimulator::deliver(const QJsonObject &value)
{
    if (m_faults.value(Fault::Batch) > 0) {
        // Meta batches: several entries in one POST.
        m_batch.append(value);
        if (m_batch.size() < BatchSize) {
            return;
        }
        --m_faults[Fault::Batch];
        m_poster.post(m_builder.delivery(m_batch));
        m_batch.clear();
        return;
    }
    const QJsonObject body = m_builder.delivery({value});
    m_poster.post(body);
    if (m_faults.value(Fault::Duplicate) > 0) {
        --m_faults[Fault::Duplicate];
        m_poster.post(body); // at-least-once: the same delivery again
    }
}

void PatientSimulator::say(const QString &waId, const QString &name, const QString &text)
{
    const auto who = patient(waId, name);
    m_lastMessageAt.insert(waId, nowSeconds());
    deliver(m_builder.messagesValue(who, {WebhookBuilder::textMessage(waId, nextWamid(), nowSeconds(), text)}));
}

void PatientSimulator::sendMedia(const QString &waId, const QString &name, const QString &type)
{
    const auto who = patient(waId, name);
    const bool image = type == QLatin1String("image");
    const QByteArray data = image ? samplePng() : samplePdf();
    const QString mime = image ? QStringLiteral("image/png") : QStringLiteral("application/pdf");
    const QString mediaId = m_graph.addMedia(data, mime);
    m_lastMessageAt.insert(waId, nowSeconds());
    deliver(m_builder.messagesValue(
        who, {WebhookBuilder::mediaMessage(waId, nextWamid(), nowSeconds(), image ? QStringLiteral("image") : QStringLiteral("document"),
                                           mediaId, mime, QString::fromLatin1(crypto::sha256(data).toBase64()),
                                           image ? QStringLiteral("photo") : QString(),
                                           image ? QString() : QStringLiteral("form.pdf"))}));
}

void PatientSimulator::sayForged(const QString &waId, const QString &text)
{
    const auto who = patient(waId, {});
    const QJsonObject body = m_builder.delivery(
        {m_builder.messagesValue(who, {WebhookBuilder::textMessage(waId, nextWamid(), nowSeconds(), text)})});
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_poster.postRaw(raw, whatsapp::signatureHeader("not-the-app-secret", raw));
}

void PatientSimulator::onAccepted(const QJsonObject &request, const QString &wamid)
{
    const QString to = request.value(QStringLiteral("to")).toString().remove(QLatin1Char('+'));
    const QString callback = request.value(QStringLiteral("biz_opaque_callback_data")).toString();
    const bool freeForm = request.value(QStringLiteral("type")).toString() != QLatin1String("template");
    const qint64 sentAt = nowSeconds();
    QList<QJsonObject> statuses;
    if (m_faults.value(Fault::Undeliverable) > 0) {
        --m_faults[Fault::Undeliverable];
        statuses << WebhookBuilder::status(wamid, QStringLiteral("failed"), sentAt, to, callback, 131026,
                                           QStringLiteral("Message undeliverable"),
                                           QStringLiteral("Unable to deliver message. The recipient may not be a WhatsApp user."));
    } else if (m_faults.value(Fault::WindowClosed) > 0 ||
               (freeForm && sentAt - m_lastMessageAt.value(to, 0) >= WindowSeconds)) {
        if (m_faults.value(Fault::WindowClosed) > 0) {
            --m_faults[Fault::WindowClosed];
        }
        statuses << WebhookBuilder::status(wamid, QStringLiteral("failed"), sentAt, to, callback, 131047,
                                           QStringLiteral("Re-engagement message"),
                                           QStringLiteral("Message failed to send because more than 24 hours have passed since the customer last replied to this number."));
    } else {
        statuses << WebhookBuilder::status(wamid, QStringLiteral("sent"), sentAt, to, callback)
                 << WebhookBuilder::status(wamid, QStringLiteral("delivered"), sentAt + 1, to, callback)
                 << WebhookBuilder::status(wamid, QStringLiteral("read"), sentAt + 2, to, callback);
        if (m_faults.value(Fault::OutOfOrder) > 0) {
            --m_faults[Fault::OutOfOrder];
            std::reverse(statuses.begin(), statuses.end()); // read first, sent last
        }
    }
    for (int i = 0; i < statuses.size(); ++i) {
        QTimer::singleShot(m_statusDelayMs * (i + 1), this,
                           [this, status = statuses[i]] { deliver(m_builder.statusesValue({status})); });
    }
}

void PatientSimulator::playDemo(int intervalMs)
{
    struct Line
    {
        const char *waId;
        const char *name;
        const char16_t *text;
    };
    static const Line script[] = {
        {"15550101001", "Maria Lopez", u"Hi, can I move my appointment on Thursday to next week?"},
        {"5215512340002", "Lucía Gómez", u"Hola, ¿a qué hora abren mañana?"},
        {"15550101003", "James Carter", u"Do you have parking at the clinic?"},
        {"5215512340004", "Andrés Ruiz", u"Buenas tardes, necesito una cita para mi hijo."},
        {"15550101005", "Priya Shah", u"I got a reminder but I can't make it, sorry!"},
        {"15550101001", "Maria Lopez", u"Tuesday or Wednesday afternoon works for me."},
        {"5215512340002", "Lucía Gómez", u"Gracias. ¿Tengo que llevar algo?"},
        {"15550101006", "Tom Nguyen", u"STOP"},
    };
    int delay = 0;
    for (const Line &line : script) {
        QTimer::singleShot(delay, this, [this, line] {
            say(QLatin1String(line.waId), QString::fromUtf8(line.name), QString::fromUtf16(line.text));
        });
        delay += intervalMs;
    }
    QTimer::singleShot(delay, this, [this] { sendMedia(QStringLiteral("15550101003"), {}, QStringLiteral("image")); });
}

} // namespace cb::sandbox
