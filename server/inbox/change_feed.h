#pragma once

#include <QObject>

namespace cb::server {

// Raised after a transaction that appended events has committed. The event hub
// pushes what is new; the sender and media fetcher look for work.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void notifyCommitted() { emit committed(); }
    void requestReadReceipt(const QString &wamid) { emit readReceiptDue(wamid); }

signals:
    void committed();
    // Staff opened a conversation: tell WhatsApp the patient's messages were read.
    void readReceiptDue(const QString &wamid);
};

} // namespace cb::server
