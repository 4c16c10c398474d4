#include "ui/inbox/view_tabs.h"

#include "client/inbox/inbox_service.h"

namespace cb::ui {

namespace {
struct View
{
    client::InboxView view;
    const char *label; // also what a screen reader says
    const char *tip;
    const char *shown = nullptr; // a shorter tab text, so five tabs fit the list's width
};
constexpr View Views[] = {
    {client::InboxView::Unassigned, QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Unassigned"),
     QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Open conversations nobody holds yet (Ctrl+1)")},
    {client::InboxView::Mine, QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Mine"),
     QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Open conversations assigned to you (Ctrl+2)")},
    {client::InboxView::Triage, QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Triage"),
     QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "The nurse triage queue (Ctrl+3)")},
    {client::InboxView::All, QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "All"),
     QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Every conversation (Ctrl+4)")},
    {client::InboxView::Mentions, QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Mentions"),
     QT_TRANSLATE_NOOP("cb::ui::ViewTabs", "Mentions: conversations where a colleague @mentioned you in a note; the count is what you have not opened (Ctrl+5)"),
     "@"},
};
} // namespace

ViewTabs::ViewTabs(client::InboxService &inbox, QWidget *parent) : QTabBar(parent), m_inbox(inbox)
{
    setObjectName(QStringLiteral("views"));
    setExpanding(false);
    setElideMode(Qt::ElideNone);
    for (const View &view : Views) {
        const int index = addTab(QString());
        setTabToolTip(index, tr(view.tip));
    }
    refreshCounts();
}

void ViewTabs::refreshCounts()
{
    for (int index = 0; index < count(); ++index) {
        const View &view = Views[index];
        // "All" counts everything and would only grow: its number says nothing.
        const int n = m_inbox.cache() && view.view != client::InboxView::All ? m_inbox.cache()->count(view.view, m_inbox.myId()) : 0;
        const QString shown = view.shown ? QString::fromUtf8(view.shown) : tr(view.label);
        setTabText(index, n > 0 ? tr("%1 %2", "a view and its count: Mine 3").arg(shown).arg(n) : shown);
        setAccessibleTabName(index, n > 0 ? tr("%1, %n conversation(s)", nullptr, n).arg(tr(view.label)) : tr(view.label));
    }
    // Every view stays in sight (no scroll arrows): the list's side of the window is
    // at least as wide as the tabs, in any language and with any counts.
    setMinimumWidth(sizeHint().width());
}

} // namespace cb::ui
