#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace cb::model {

// Where a conversation stands in the shared inbox.
enum class ConversationStatus { Open, Pending, Snoozed, Resolved };
const char *conversationStatusName(ConversationStatus status);
std::optional<ConversationStatus> conversationStatusFromName(const QString &name);

// How WhatsApp contact with this patient began (recorded per contact).
enum class ConsentBasis { PatientInitiated, DocumentedRequest, OptIn };
const char *consentBasisName(ConsentBasis basis);
std::optional<ConsentBasis> consentBasisFromName(const QString &name);

// The patient side of conversations. Keyed by WhatsApp's wa_id and, when Meta
// sends one, the business-scoped user id that survives a number change.
struct Contact
{
    std::int64_t id = 0;
    QString waId;
    QString userId;
    QString profileName;
    ConsentBasis consent = ConsentBasis::PatientInitiated;
    bool optedOut = false;        // sent STOP / BAJA
    bool proactiveOptIn = false;  // agreed to reminders we start
    bool noticeSent = false;      // has had the clinic's WhatsApp notice
    QString language;             // "en" / "es" as the patient writes
    bool hasDateOfBirth = false;  // recorded by staff; the portal then asks for it (the date itself stays on the server)
};

// The newest secure-portal link sent to the patient, as staff see it.
// Sent → opened → verified, or locked after too many wrong answers, or revoked;
// a link not yet verified expires by time.
struct PortalInvitation
{
    enum class State { None, Sent, Opened, Verified, Expired, Locked, Revoked };
    State state = State::None;     // as stored; see effectiveState for expiry
    std::int64_t stateAtMs = 0;
    std::int64_t expiresAtMs = 0;

    State effectiveState(std::int64_t nowMs) const;
    bool escalated() const { return state != State::None; }
    // The patient holds a link that works (or has verified with one): portal
    // replies and their nudges may go. Not after a revoke, a lock or an
    // expiry: re-opening the portal is then an explicit "new link".
    bool live(std::int64_t nowMs) const
    {
        const State now = effectiveState(nowMs);
        return now == State::Sent || now == State::Opened || now == State::Verified;
    }
};
const char *portalStateName(PortalInvitation::State state);
PortalInvitation::State portalStateFromName(const QString &name);

// One patient thread across channels, as the inbox lists it.
struct Conversation
{
    std::int64_t id = 0;
    Contact contact;
    ConversationStatus status = ConversationStatus::Open;
    std::int64_t assigneeId = 0;     // 0 = nobody
    bool triage = false;             // in the nurse triage queue
    int unreadCount = 0;
    QString preview;                 // last message's text, shortened
    QString previewKind;             // that message's kind: the desktop words media and system previews
    QString previewChannel;          // that message's channel ("portal": withheld from a summary-only front desk)
    std::int64_t lastMessageAtMs = 0;
    std::int64_t lastInboundAtMs = 0; // opens the 24-hour window
    std::int64_t snoozedUntilMs = 0;
    std::int64_t updatedSeq = 0;     // event sequence of the last change
    PortalInvitation portal;         // escalated to the secure portal when state != None
};

} // namespace cb::model
