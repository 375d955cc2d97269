#include "ui/labs/lab_picture.h"

namespace convstep {

Grid pictureLuminance(const QImage &image, int maxSide)
{
    QImage small = image;
    if (image.width() > maxSide || image.height() > maxSide)
        small = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    small = small.convertToFormat(QImage::Format_RGB32);
    Grid grid(small.height(), small.width());
    for (int y = 0; y < small.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < small.width(); ++x)
            grid(y, x) =
                (0.2126 * qRed(line[x]) + 0.7152 * qGreen(line[x]) + 0.0722 * qBlue(line[x]))
                / 255.0;
    }
    return grid;
}

} // namespace convstep
