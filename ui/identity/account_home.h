#pragma once

#include "core/api/identity_dto.h"

#include <QWidget>

namespace cb::ui {

// The signed-in start page: who is signed in, with which roles, and the
// account actions. Rebuilt at every unlock and destroyed at every lock.
class AccountHome : public QWidget
{
    Q_OBJECT
public:
    explicit AccountHome(const model::StaffUser &user, QWidget *parent = nullptr);
};

} // namespace cb::ui
