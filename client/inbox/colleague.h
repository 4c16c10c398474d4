#pragma once

#include <QString>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace cb::client {

// A member of staff who may read and write in threads: an assignee when active,
// and the name on their replies and notes.
struct Colleague
{
    std::int64_t id = 0;
    QString displayName;
    bool triage = false;
    bool active = true;
    QStringList roles; // "nurse", "clinician" …

    // "Dana Reyes, Nurse": the name, and the role that matters to a patient
    // (clinician before nurse before front desk; admin or compliance otherwise).
    QString signature() const;
};

// The active colleagues a note names as "@Display Name" (a whole name, any case),
// except the writer: who its @mentions tell.
QList<std::int64_t> mentionedIn(const QString &text, const QList<Colleague> &colleagues, std::int64_t writerId);

} // namespace cb::client
