#pragma once

#include <QDialog>
#include <QImage>

namespace cb::ui {

// A patient's photo at full size, held in memory only (never written to disk).
// The title says "Photo", never who sent it.
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    explicit ImageViewer(const QImage &image, QWidget *parent = nullptr);
};

} // namespace cb::ui
