#pragma once

#include <QDialog>
#include <QImage>

class QGraphicsPixmapItem;
class QGraphicsView;
class QLabel;

namespace cb::ui {

// A patient's photo, large and zoomable, held in memory only (never written to
// disk). The title says "Photo", never who sent it. It opens fitted to the
// window; Ctrl++ / Ctrl+- (or Ctrl+wheel) zoom, Ctrl+0 fits, Ctrl+1 shows the
// photo's own pixels, and the photo is dragged to move around it.
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 8.0;
    static constexpr double ZoomStep = 1.25;

    explicit ImageViewer(const QImage &image, QWidget *parent = nullptr);

    double zoom() const { return m_zoom; } // 1.0: one photo pixel per screen pixel
    bool fitsWindow() const { return m_fit; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setZoom(double zoom);

    QGraphicsView *m_view;
    QGraphicsPixmapItem *m_item;
    QLabel *m_zoomLabel;
    QSize m_imageSize;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace cb::ui
