#pragma once

#include "ui/render/stage_frame.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace convstep {

// Where one grid sits on the stage. Cell (r, c) of the grid is the square at
// origin + (c, r) · cell; `rows`/`cols` are its extent in cells.
struct GridBox
{
    GridRole role = GridRole::Source;
    QPointF origin;
    double cell = 0.0;
    int rows = 0;
    int cols = 0;
    QString title;
    QStringList briefTitles; // shorter forms, in order, for when the title does not fit
    // A channel problem's grid stands in front of a deck of its other channels (or kernels):
    // `deckBehind` tiles, each `deckStep` pixels further right and down, then `deckMore` not
    // drawn. Tile i behind the front one is channel (deckFront + i) mod deckCount; the step
    // works on the channels in deckUsed. A grid of one channel has no deck.
    int deckCount = 1;
    int deckFront = 0;
    int deckBehind = 0;
    int deckMore = 0;
    double deckStep = 0.0;
    std::vector<int> deckUsed;
    QString deckLabel; // under the deck: "3 input channels"

    QRectF rect() const { return {origin, QSizeF(cols * cell, rows * cell)}; }
    QRectF deckRect() const; // the grid and the tiles behind it
    // The channel of the tile whose visible edge is at `point`, if any.
    std::optional<int> deckChannelAt(QPointF point) const;
    QRectF cellRect(Cell c) const;
    QRectF cellsRect(Cell first, Cell last) const; // bounding rect of two corner cells
    std::optional<Cell> cellAt(QPointF point) const;
};

struct MatrixLayout;

// A tile of a deck: the input channel (Source), the kernel in the weight's layout (Kernel) or
// the output channel (Target) it stands for.
struct DeckTile
{
    GridRole role = GridRole::Source;
    int channel = 0;

    friend bool operator==(const DeckTile &, const DeckTile &) = default;
};

// One input channel of a stack (StageLayout::rows) and the kernel joining it to the output
// channel.
struct ChannelRow
{
    int channel = 0;
    GridBox source;
    GridBox kernel;
};

struct StageLayout
{
    GridBox source;
    GridBox kernel;
    GridBox target;
    // A step that reads several input channels shows them all when their numbers stay legible:
    // a row per channel, each beside its kernel, all feeding the target (the classic figure of
    // a multi-channel convolution). `source` and `kernel` are then the first row's. Empty: one
    // pair in front, the other channels in decks.
    std::vector<ChannelRow> rows;
    Cell outputOrigin; // see outputOrigin(const Trace &)
    double cell = 0.0;
    bool compact = false; // cells too small for numbers: colour-coded, values in tooltips
    QRectF captionRect;
    QFont cellFont;
    // A small kernel beside compact grids keeps legible cells of its own (kernel.cell).
    bool kernelCompact = false;
    QFont kernelFont;
    QFont titleFont;
    QFont captionFont;
    std::shared_ptr<const MatrixLayout> matrix; // the matrix view's matrix and vectors

    const GridBox &box(GridRole role) const; // Source, Kernel or Target
    // The grid a cell is in: in a stack, the row of the cell's channel.
    const GridBox &box(const StageCell &cell) const;
    std::optional<StageCell> hitTest(QPointF point) const;
    std::optional<DeckTile> deckTileAt(QPointF point) const;
};

// Cells below this many pixels switch to the compact style.
inline constexpr double compactCellPixels = 22.0;

// The grids in `area`, under the lesson title's band when the style has a title.
StageLayout layoutStage(const QRectF &area, const StageFrame &frame);

// What fits in `room` pixels: the box's title, else the first brief form that fits, else the
// last one elided.
QString fittedTitle(const GridBox &box, const QFont &font, double room);

} // namespace convstep
