#include "ui/inbox/image_viewer.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cb::ui {

ImageViewer::ImageViewer(const QImage &image, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Photo"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *picture = new QLabel(this);
    picture->setPixmap(QPixmap::fromImage(image));
    picture->setAccessibleName(tr("Photo sent by the patient"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(picture);
    scroll->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    const QSize available = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableSize() * 0.8
                                                              : QSize(1024, 768);
    resize((image.size() + QSize(40, 80)).boundedTo(available));
}

} // namespace cb::ui
