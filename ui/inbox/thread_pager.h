#pragma once

#include <QObject>

#include <cstdint>

class QLabel;
class QListView;

namespace cb::client {
class InboxService;
}

namespace cb::ui {

class ThreadModel;

// A long thread pages in (issue 22). At the top of the thread (scrolled there,
// Ctrl+Home, Home or Page Up once there) the page before the oldest message is
// asked for, and what was on screen stays where it was when it arrives. The top
// says "Loading older messages…", then "Start of conversation" once there is
// nothing older. New messages follow the bottom only when the person was there:
// a state kept from their scrolling, not read from the scroll bar at each change,
// because the list lays its rows out again later (a new width, the composer's lines
// coming and going) and the bar's range grows after the fact.
class ThreadPager : public QObject
{
    Q_OBJECT
public:
    ThreadPager(client::InboxService &inbox, ThreadModel &thread, QListView &view);

    // Reads the thread again keeping the person's place: the bottom if they were
    // there (or `toBottom`), otherwise the same message at the same height.
    void reload(bool toBottom = false);
    // A conversation just opened: its newest message, kept in sight.
    void showNewest();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool atTop() const;
    void loadOlderIfAtTop();
    void updateTopLine();

    client::InboxService &m_inbox;
    ThreadModel &m_thread;
    QListView &m_view;
    // Kept from the start: while the view is being destroyed its viewport still
    // sends events through our filter, and the view may no longer be asked.
    QWidget *m_viewport;
    QLabel *m_topLine;
    bool m_followBottom = true; // the newest message is in sight and stays so
};

} // namespace cb::ui
