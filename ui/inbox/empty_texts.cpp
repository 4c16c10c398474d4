#include "ui/inbox/empty_texts.h"

namespace cb::ui {

QString EmptyTexts::list(client::InboxView view, const QString &search)
{
    if (!search.trimmed().isEmpty()) {
        return view == client::InboxView::All
                   ? tr("Nothing on this computer matches “%1”. Check the spelling, or type part of the name or number.")
                         .arg(search.trimmed())
                   : tr("Nothing in this view matches “%1”. Look in All (Ctrl+4), or check the spelling.").arg(search.trimmed());
    }
    switch (view) {
    case client::InboxView::Unassigned: return tr("Nobody is waiting. New patients appear here.");
    case client::InboxView::Mine:
        return tr("Nothing is assigned to you. Open a conversation and press Ctrl+Shift+M to take it.");
    case client::InboxView::Triage: return tr("The nurse triage queue is empty.");
    case client::InboxView::Mentions:
        return tr("Nobody has mentioned you. When a colleague writes @ and your name in a note, the conversation appears here.");
    case client::InboxView::All: break;
    }
    return tr("No conversations yet. They appear here when patients write to the clinic's WhatsApp number.");
}

QString EmptyTexts::thread()
{
    return tr("Choose a conversation on the left. Alt+Down and Alt+Up move through the list.");
}

} // namespace cb::ui
