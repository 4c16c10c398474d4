#include "ui/inbox/image_viewer.h"

#include <QDialogButtonBox>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cb::ui {

ImageViewer::ImageViewer(const QImage &image, QWidget *parent)
    : QDialog(parent), m_view(new QGraphicsView(this)), m_item(new QGraphicsPixmapItem(QPixmap::fromImage(image))),
      m_zoomLabel(new QLabel(this)), m_imageSize(image.size())
{
    setWindowTitle(tr("Photo"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The view scales at paint time (only what is on screen), so zooming a
    // 12-megapixel photo never rescales the whole image on the UI thread.
    auto *scene = new QGraphicsScene(this);
    m_item->setTransformationMode(Qt::SmoothTransformation);
    scene->addItem(m_item);
    m_view->setScene(scene);
    m_view->setObjectName(QStringLiteral("photo"));
    m_view->setAccessibleName(tr("Photo sent by the patient"));
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
    m_view->viewport()->installEventFilter(this);

    auto *zoomOutButton = new QPushButton(tr("Zoom &out"), this);
    auto *fitButton = new QPushButton(tr("&Fit to window"), this);
    auto *actualButton = new QPushButton(tr("&Actual size"), this);
    auto *zoomInButton = new QPushButton(tr("Zoom &in"), this);
    zoomOutButton->setToolTip(tr("Zoom out (Ctrl+-)"));
    fitButton->setToolTip(tr("The whole photo in the window (Ctrl+0)"));
    actualButton->setToolTip(tr("One photo pixel per screen pixel (Ctrl+1)"));
    zoomInButton->setToolTip(tr("Zoom in (Ctrl++)"));
    connect(zoomOutButton, &QPushButton::clicked, this, &ImageViewer::zoomOut);
    connect(fitButton, &QPushButton::clicked, this, &ImageViewer::fitToWindow);
    connect(actualButton, &QPushButton::clicked, this, &ImageViewer::actualSize);
    connect(zoomInButton, &QPushButton::clicked, this, &ImageViewer::zoomIn);
    // Ctrl+= too: on US keyboards "+" needs Shift.
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ImageViewer::zoomIn);
    }
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, this, &ImageViewer::zoomOut);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this), &QShortcut::activated, this, &ImageViewer::fitToWindow);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this), &QShortcut::activated, this, &ImageViewer::actualSize);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("800 %")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *controls = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{zoomOutButton, fitButton, actualButton, zoomInButton, m_zoomLabel}) {
        controls->addWidget(widget);
    }
    controls->addStretch(1);
    controls->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    // Large enough to see a rash or a label: most of the screen, whatever the photo's size.
    const QSize available = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableSize() : QSize(1024, 768);
    resize(available * 0.8);
    fitToWindow();
}

void ImageViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_view->setTransform(QTransform::fromScale(m_zoom, m_zoom));
    m_zoomLabel->setText(tr("%1%", "zoom, in percent").arg(QLocale().toString(std::lround(m_zoom * 100))));
}

void ImageViewer::zoomIn()
{
    m_fit = false;
    setZoom(m_zoom * ZoomStep);
}

void ImageViewer::zoomOut()
{
    m_fit = false;
    setZoom(m_zoom / ZoomStep);
}

void ImageViewer::fitToWindow()
{
    m_fit = true;
    const QSize room = m_view->viewport()->size() - QSize(4, 4);
    if (m_imageSize.isEmpty() || room.isEmpty()) {
        setZoom(1.0);
        return;
    }
    // A small photo is enlarged to the window too, up to four times its size.
    setZoom(std::min({double(room.width()) / m_imageSize.width(), double(room.height()) / m_imageSize.height(), 4.0}));
}

void ImageViewer::actualSize()
{
    m_fit = false;
    setZoom(1.0);
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit) {
        fitToWindow();
    }
}

void ImageViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_fit) {
        fitToWindow(); // the viewport has its real size only now
    }
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel zooms around the pointer; the wheel alone scrolls, as everywhere.
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int steps = wheel->angleDelta().y();
            if (steps > 0) {
                zoomIn();
            } else if (steps < 0) {
                zoomOut();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cb::ui
