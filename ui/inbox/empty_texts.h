#pragma once

#include "client/inbox/inbox_cache.h"

#include <QCoreApplication>
#include <QString>

namespace cb::ui {

// What an empty inbox list or thread says: why it is empty, and what to do.
class EmptyTexts
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::EmptyTexts)
public:
    static QString list(client::InboxView view, const QString &search);
    static QString thread();
};

} // namespace cb::ui
