#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace cb::ui {

// Says why a list is empty and what to do, over the list itself, whenever its
// model has no rows: a blank list tells a busy person nothing.
class EmptyState : public QLabel
{
    Q_OBJECT
public:
    // `explain` gives the sentence for the moment it is shown (the view, the search).
    EmptyState(QAbstractItemView *view, std::function<QString()> explain);

    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    std::function<QString()> m_explain;
};

} // namespace cb::ui
