#pragma once

#include "core/api/identity_dto.h"

#include <QWidget>

class QAction;

namespace cb::ui {

// The signed-in start page: who is signed in, with which roles, and the
// account actions. Rebuilt at every unlock and destroyed at every lock.
class AccountHome : public QWidget
{
    Q_OBJECT
public:
    // With `administration` (admins and compliance officers), the page offers it
    // as a button: an admin must not land on a page with no way in.
    explicit AccountHome(const model::StaffUser &user, QWidget *parent = nullptr, QAction *administration = nullptr);
};

} // namespace cb::ui
