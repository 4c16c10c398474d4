#pragma once

#include <QTabBar>

namespace cb::client {
class InboxService;
}

namespace cb::ui {

// The inbox's views as tabs with their counts ("Mine 3"), kept current from the
// cache; Ctrl+1 … Ctrl+5 choose them (InboxView's shortcuts).
class ViewTabs : public QTabBar
{
    Q_OBJECT
public:
    explicit ViewTabs(client::InboxService &inbox, QWidget *parent = nullptr);

    void refreshCounts();

private:
    client::InboxService &m_inbox;
};

} // namespace cb::ui
