#pragma once

#include "core/crypto/secret_bytes.h"
#include "core/platform/clock.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace cb::store {
class Database;
}

namespace cb::server {

struct PortalSettings;

// Links to the secure portal, each bound to one conversation and its contact.
// The link's token (256 random bits) and the 6-digit code are kept only as
// keyed hashes. A link is used up by the first browser that verifies, expires
// after [portal] invitation_hours, and locks after max_attempts wrong answers.
class PortalInvitations
{
public:
    struct Invitation
    {
        std::int64_t id = 0;
        std::int64_t conversationId = 0;
        std::int64_t contactId = 0;
        QString state; // sent | opened | verified | locked | revoked
        std::int64_t expiresAtMs = 0;
        int failedAttempts = 0;
        std::int64_t codeSentAtMs = 0;
        int codesSent = 0;

        bool expired(std::int64_t nowMs) const { return nowMs >= expiresAtMs; }
        // A link that may still be opened and verified.
        bool usable(std::int64_t nowMs) const
        {
            return (state == QLatin1String("sent") || state == QLatin1String("opened")) && !expired(nowMs);
        }
    };
    struct Issued
    {
        std::int64_t id = 0;
        QByteArray token; // goes into the link, and nowhere else
        std::int64_t expiresAtMs = 0;
    };

    static constexpr int MaxCodesPerLink = 5;
    static constexpr std::int64_t CodeResendMs = 60'000;

    PortalInvitations(store::Database &db, const platform::Clock &clock, const crypto::SecretBytes &hashKey,
                      const PortalSettings &settings);

    // Inside the caller's transaction. `reason`: escalation | new_link | nudge.
    Issued create(std::int64_t conversationId, std::int64_t contactId, std::int64_t createdBy, const QString &reason);
    std::optional<Invitation> byToken(const QByteArray &token) const;
    std::optional<Invitation> byId(std::int64_t id) const;
    void setState(std::int64_t id, const QString &state);
    // Revokes every link of the conversation that could still be used; returns how many.
    int revokeUsable(std::int64_t conversationId);

    // A fresh 6-digit code replaces any earlier one; nullopt when the link has
    // had its codes (MaxCodesPerLink) or the last one is under a minute old.
    std::optional<QString> issueCode(std::int64_t id);
    // Whether a code sent for this link is still valid (opening the link again
    // then sends none, so a forwarded link cannot replace the patient's code).
    bool hasLiveCode(std::int64_t id) const;
    bool codeMatches(std::int64_t id, const QString &code) const;
    // Counts a wrong answer; returns the attempts so far.
    // Wrong answers count against the patient's portal, not one link: every
    // link of the conversation since staff last sent one (nudges included).
    int failuresSinceStaffLink(std::int64_t conversationId) const;
    bool portalLocked(std::int64_t conversationId) const { return failuresSinceStaffLink(conversationId) >= maxAttempts(); }
    // Locks every link of the conversation that could still be verified; their
    // ids (their unverified sessions are to end). Verified links stay as they are.
    QList<std::int64_t> lockUsable(std::int64_t conversationId);
    int recordFailure(std::int64_t id);
    int maxAttempts() const;

private:
    QByteArray hashOf(const QByteArray &value) const;

    store::Database &m_db;
    const platform::Clock &m_clock;
    const crypto::SecretBytes &m_hashKey;
    const PortalSettings &m_settings;
};

} // namespace cb::server
