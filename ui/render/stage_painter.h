#pragma once

#include "io/text.h"
#include "ui/render/stage_layout.h"

#include <QPainter>

#include <functional>

namespace convstep::detail {

// State shared by the parts of one paint() call.
struct StagePainter
{
    QPainter &p;
    const StageFrame &frame;
    const StageLayout &layout;
    const StagePalette palette;
    // The part of the stage the painter can reach (a zoomed stage widget clips most of it):
    // cells outside it are skipped. Empty: everything is painted.
    QRectF visible = {};

    const Trace &trace() const { return *frame.trace; }
    int kernelIndex(Cell k) const;

    // A cell with its fill, a hairline border, and (unless compact) its text fitted inside.
    void drawCell(const QRectF &rect, const QColor &fill, const QString &text,
                  const QColor &textColour, double opacity = 1.0) const;
    void drawCorner(const QRectF &rect, const QString &text, const QColor &colour) const;
    void outline(const QRectF &rect, const QColor &colour, double width) const;
    // A grid of tiny cells is painted as one image, unless its cells animate and are big
    // enough (a pixel or more) for the animation to show.
    bool asImage(bool animating) const;

    // The target grid's state on screen: crop and output padding show the old shape until
    // their step is done.
    const GridState &shownTarget() const;
    QRectF shownTargetRect() const; // the cells of shownTarget() on the target grid
    void paintTarget() const;
    void paintPooled() const; // max unpooling's pooled grid (upsample_painter.cpp)
    void paintUpsampleTarget() const; // the upsampled output, block by block
    void paintMatrix() const; // the whole matrix view (matrix_painter.cpp)
    // A channel problem's decks of channels behind the grids, with their labels, and the
    // outline that marks each grid as the channel in front (stage_painter_deck.cpp).
    void paintDecks() const;
    void outlineDeckFronts() const;
};

// A cell's text as drawn in `width` pixels: shrunk to fit, and where that would take a
// decimal number below a legible size (11 px, or the font's own if smaller), first written
// with fewer decimals ("2.3125" → "2.31" → "2.3"); shrunk no further than 6 px.
struct FittedText
{
    QString text;
    int pixelSize = 0;
};
FittedText fitCellText(const QString &text, const QFont &font, double width);
inline constexpr int legibleCellPixels = 11;

// Text centred in a cell, fitted as fitCellText says.
void drawFitted(QPainter &p, const QRectF &rect, const QString &text, QFont font,
                const QColor &colour, Qt::Alignment align = Qt::AlignCenter);
// A grid or vector whose cells are too small for text: one pixel a cell, or where cells are
// smaller than a pixel, the first cell of each pixel; drawn scaled without smoothing.
void drawValueImage(QPainter &p, const QRectF &rect, int rows, int cols,
                    const std::function<QColor(int, int)> &colour);
// Compact grids with cells smaller than this many pixels are painted as one such image.
inline constexpr double imageCellPixels = 3.0;
// Edges rounded to whole pixels, the same way for an edge shared by two cells.
QRectF pixelAligned(const QRectF &rect);
double ease(double t);
QRectF lerp(const QRectF &a, const QRectF &b, double t);

} // namespace convstep::detail
