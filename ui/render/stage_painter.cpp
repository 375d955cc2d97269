#include "ui/render/stage_painter.h"

#include "core/narration.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace convstep::detail {

namespace {

// Measuring shapes the text; a stage repaints the same few numbers over and over.
double widthOf(const QFont &font, const QString &text)
{
    thread_local QHash<std::pair<QFont, QString>, double> widths;
    const auto key = std::make_pair(font, text);
    auto known = widths.constFind(key);
    if (known == widths.cend()) {
        if (widths.size() >= 4096)
            widths.clear();
        known = widths.insert(key, QFontMetricsF(font).horizontalAdvance(text));
    }
    return *known;
}

// The text with its decimal number rounded to `places` decimals, trailing zeros dropped.
QString withDecimals(const QString &text, const QRegularExpressionMatch &number, int places)
{
    QString rounded = QString::number(number.captured(0).toDouble(), 'f', places);
    if (rounded.contains(QLatin1Char('.'))) {
        while (rounded.endsWith(QLatin1Char('0')))
            rounded.chop(1);
        if (rounded.endsWith(QLatin1Char('.')))
            rounded.chop(1);
    }
    if (rounded == QLatin1String("-0"))
        rounded = QStringLiteral("0");
    return QString(text).replace(number.capturedStart(0), number.capturedLength(0), rounded);
}

} // namespace

FittedText fitCellText(const QString &text, const QFont &font, double width)
{
    const int size = font.pixelSize();
    if (size <= 0)
        return {text, size};
    const double room = width * 0.88;
    const auto sizeFor = [&](const QString &t) {
        const double w = widthOf(font, t);
        return w > room ? std::max(6, static_cast<int>(size * room / w)) : size;
    };
    FittedText fitted{text, sizeFor(text)};
    const int legible = std::min(size, legibleCellPixels);
    if (fitted.pixelSize >= legible)
        return fitted;
    // A plain decimal (not 1e-05): fewer decimals, down to one.
    static const QRegularExpression decimal(QStringLiteral("-?\\d+\\.(\\d+)(?![\\deE])"));
    const QRegularExpressionMatch number = decimal.match(text);
    if (!number.hasMatch())
        return fitted;
    for (int places = std::min(2, static_cast<int>(number.capturedLength(1)) - 1); places >= 1;
         --places) {
        fitted.text = withDecimals(text, number, places);
        fitted.pixelSize = sizeFor(fitted.text);
        if (fitted.pixelSize >= legible)
            break;
    }
    return fitted;
}

void drawFitted(QPainter &p, const QRectF &rect, const QString &text, QFont font,
                const QColor &colour, Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    const FittedText fitted = fitCellText(text, font, rect.width());
    if (fitted.pixelSize != font.pixelSize())
        font.setPixelSize(fitted.pixelSize);
    // Setting a font makes the painter resolve it afresh (a font look-up per cell); the
    // cells of a grid share theirs.
    if (p.font() != font)
        p.setFont(font);
    p.setPen(colour);
    p.drawText(rect, align, fitted.text);
}

void drawValueImage(QPainter &p, const QRectF &rect, int rows, int cols,
                    const std::function<QColor(int, int)> &colour)
{
    const int w = std::clamp(static_cast<int>(std::ceil(rect.width())), 1, cols);
    const int h = std::clamp(static_cast<int>(std::ceil(rect.height())), 1, rows);
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int r = static_cast<int>(static_cast<long long>(y) * rows / h);
        for (int x = 0; x < w; ++x)
            line[x] = colour(r, static_cast<int>(static_cast<long long>(x) * cols / w)).rgb();
    }
    p.drawImage(rect, image);
}

QRectF pixelAligned(const QRectF &rect)
{
    // Quantized first, so that one edge computed two ways (the right of one cell, the left of
    // the next) lands on the same pixel even at exactly half a pixel.
    const auto snap = [](double x) {
        return static_cast<double>(
            std::lrint(static_cast<double>(std::lrint(x * 1024.0)) / 1024.0));
    };
    return QRectF(QPointF(snap(rect.left()), snap(rect.top())),
                  QPointF(snap(rect.right()), snap(rect.bottom())));
}

double ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

QRectF lerp(const QRectF &a, const QRectF &b, double t)
{
    const auto mix = [t](double x, double y) { return x + (y - x) * t; };
    return {mix(a.x(), b.x()), mix(a.y(), b.y()), mix(a.width(), b.width()),
            mix(a.height(), b.height())};
}

int StagePainter::kernelIndex(Cell k) const
{
    // The upsampling ops number the cells of a scale-sized block instead of a kernel.
    const int cols = isUpsampling(trace().problem.op)
        ? trace().geometry.cols.scale
        : static_cast<int>(trace().problem.kernel.cols());
    return k.row * cols + k.col;
}

void StagePainter::drawCell(const QRectF &rect, const QColor &fill, const QString &text,
                            const QColor &textColour, double opacity) const
{
    if (opacity <= 0.0 || (!visible.isEmpty() && !visible.intersects(rect)))
        return;
    p.setOpacity(opacity);
    // Compact cells sit on whole pixels: fractional edges would blend with the background
    // into a moiré of seams across a big grid.
    const QRectF cell = layout.compact ? pixelAligned(rect) : rect;
    p.fillRect(cell, fill);
    if (!layout.compact || layout.cell >= 6.0) {
        p.setPen(QPen(palette.gridLine, layout.compact ? 0.0 : 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (!layout.compact && !text.isEmpty()) {
        drawFitted(p, rect, text, layout.cellFont, textColour);
    }
    p.setOpacity(1.0);
}

bool StagePainter::asImage(bool animating) const
{
    return layout.compact && layout.cell < imageCellPixels && (!animating || layout.cell < 1.0);
}

void StagePainter::drawCorner(const QRectF &rect, const QString &text, const QColor &colour) const
{
    if (layout.compact || layout.cell < 34.0)
        return;
    QFont font = layout.cellFont;
    font.setPixelSize(std::max(7, static_cast<int>(layout.cellFont.pixelSize() * 0.52)));
    p.setFont(font);
    p.setPen(colour);
    p.drawText(rect.adjusted(2, 1, -3, -1), Qt::AlignRight | Qt::AlignBottom, text);
}

void StagePainter::outline(const QRectF &rect, const QColor &colour, double width) const
{
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2));
}

} // namespace convstep::detail
