#pragma once

#include "client/net/server_connection.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cb::client {

// A legal hold in force: it keeps a conversation (or every conversation of a
// contact) from being purged until it is released.
struct LegalHold
{
    qint64 id = 0;
    qint64 conversationId = 0; // 0: the hold names a contact
    qint64 contactId = 0;      // 0: the hold names a conversation
    QString reason;
    qint64 placedBy = 0;
    qint64 placedAtMs = 0;
    QString patient; // who the hold keeps, by name (their number when they gave none)
};

// What the next purge would remove, per conversation (ids and counts only).
struct RetentionDue
{
    qint64 conversationId = 0;
    qint64 messages = 0;
    qint64 media = 0;
    qint64 oldestMs = 0;
    qint64 newestMs = 0;
    QString patient;
};

// The dry run (`retention/preview`): the cutoff the period gives today and what
// a purge with that cutoff would remove; what holds keep; dead letters.
struct RetentionPreview
{
    qint64 cutoffMs = 0;
    qint64 messages = 0;
    qint64 media = 0;
    qint64 conversations = 0;
    qint64 deadLetters = 0;
    qint64 heldMessages = 0;
    qint64 heldConversations = 0;
    qint64 pendingDeadLetters = 0; // never purged automatically: an admin looks first
    int conversationsListedMax = 0;
    int purgeBatchMax = 0;
    QList<RetentionDue> due;
};

struct PurgeResult
{
    qint64 cutoffMs = 0;
    qint64 messages = 0;
    qint64 media = 0;
    qint64 eventsRewritten = 0;
    qint64 deadLetters = 0;
    qint64 conversations = 0;
    bool more = false; // the batch limit was reached: purge again
};

// A compliance officer's review of one conversation (times are UTC milliseconds).
struct Review
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString reason;
    qint64 openedAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 reads = 0;
    bool live = false;
    QString patient; // the conversation's patient, by name
};

// One message as a review shows it: retracted ones with who, when and why;
// purged ones as tombstones (no text).
struct ReviewedMessage
{
    qint64 id = 0;
    QString channel;
    QString direction; // inbound | outbound | note
    QString kind;
    QString body;
    qint64 authorId = 0;
    QString state;
    qint64 sentAtMs = 0;
    qint64 retractedAtMs = 0;
    qint64 retractedBy = 0;
    QString retractionReason;
    qint64 purgedAtMs = 0;
};

// Retention (dry run, purge, legal holds) and compliance review access over the
// server's API. The server checks the role (and the step-up) on every call.
class RecordsService : public QObject
{
    Q_OBJECT
public:
    // `error` is empty on success, else a translated sentence.
    using Holds = std::function<void(const QList<LegalHold> &holds, const QString &error)>;
    using Preview = std::function<void(const std::optional<RetentionPreview> &preview, const QString &error)>;
    using Done = std::function<void(qint64 id, const QString &error)>;
    using Purged = std::function<void(const std::optional<PurgeResult> &result, const QString &error)>;
    using Reviews = std::function<void(const QList<Review> &reviews, const QString &error)>;
    using Opened = std::function<void(const std::optional<Review> &review, const QString &error)>;
    // `expired`: the review's time is up (410 review_expired).
    using Messages = std::function<void(const QList<ReviewedMessage> &messages, bool expired, const QString &error)>;

    // The server's minimum length of a review's reason.
    static constexpr int MinReviewReason = 20;
    static constexpr int DefaultReviewMinutes = 60;
    static constexpr int MaxReviewMinutes = 480;

    explicit RecordsService(ServerConnection &server, QObject *parent = nullptr);

    void holds(Holds done);
    void preview(Preview done);
    // Exactly one of `conversationId` and `contactId` is non-zero.
    void placeHold(qint64 conversationId, qint64 contactId, const QString &reason, Done done);
    void releaseHold(qint64 holdId, const QString &reason, Done done);
    void purge(qint64 cutoffMs, Purged done);

    void openReview(qint64 conversationId, const QString &reason, int minutes, Opened done);
    void reviews(Reviews done);
    void reviewMessages(qint64 reviewId, Messages done);

    // A translated sentence for a refused records request.
    static QString describeRefusal(const ServerConnection::Reply &reply);

    ServerConnection &connection() const { return m_server; }

private:
    ServerConnection &m_server;
};

} // namespace cb::client
