#pragma once

#include "sandbox/graph_api_sandbox.h"
#include "sandbox/webhook_builder.h"
#include "sandbox/webhook_poster.h"

#include <QHash>
#include <QObject>

namespace cb::sandbox {

// Simulated patients on WhatsApp. They write to the clinic (signed webhooks to
// the server), receive what the clinic sends, and their phones answer with
// status webhooks: sent → delivered → read, or failed with Meta's error when
// the 24-hour window is closed or a fault says so.
class PatientSimulator : public QObject
{
    Q_OBJECT
public:
    enum class Fault { Duplicate, OutOfOrder, Batch, WindowClosed, Undeliverable };

    PatientSimulator(GraphApiSandbox &graph, WebhookPoster &poster, WebhookBuilder builder, int statusDelayMs,
                     QObject *parent = nullptr);

    // A patient writes. Known patients keep their name; new ones get `name`.
    void say(const QString &waId, const QString &name, const QString &text);
    // A patient sends a picture or a document (served by the sandbox's media API).
    void sendMedia(const QString &waId, const QString &name, const QString &type);
    // A delivery signed with the wrong secret (it must be refused with 401).
    void sayForged(const QString &waId, const QString &text);
    void inject(Fault fault, int count);
    WebhookPoster &poster() { return m_poster; }
    const WebhookBuilder &builder() const { return m_builder; }
    // Scripted conversations in English and Spanish, one line every `intervalMs`.
    void playDemo(int intervalMs);

    static std::optional<Fault> faultFromName(const QString &name);

private:
    void onAccepted(const QJsonObject &request, const QString &wamid);
    void deliver(const QJsonObject &value);
    QString nextWamid();
    WebhookBuilder::Patient patient(const QString &waId, const QString &name);

    GraphApiSandbox &m_graph;
    WebhookPoster &m_poster;
    WebhookBuilder m_builder;
    int m_statusDelayMs;
    QHash<QString, WebhookBuilder::Patient> m_patients;
    QHash<QString, qint64> m_lastMessageAt; // wa_id → seconds, for the 24-hour window
    QHash<Fault, int> m_faults;
    QList<QJsonObject> m_batch;
    int m_counter = 0;
};

} // namespace cb::sandbox
