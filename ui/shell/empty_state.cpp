#include "ui/shell/empty_state.h"

#include <QAbstractItemView>
#include <QEvent>

namespace cb::ui {

EmptyState::EmptyState(QAbstractItemView *view, std::function<QString()> explain)
    : QLabel(view->viewport()), m_view(view), m_explain(std::move(explain))
{
    setObjectName(QStringLiteral("emptyState"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(16);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &EmptyState::refresh);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    refresh();
}

void EmptyState::refresh()
{
    const bool empty = m_view->model() == nullptr || m_view->model()->rowCount() == 0;
    if (empty) {
        setText(m_explain());
        setGeometry(m_view->viewport()->rect());
    }
    setVisible(empty);
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        setGeometry(static_cast<QWidget *>(watched)->rect());
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace cb::ui
