#include "ui/render/matrix_layout.h"

#include "core/narration.h"
#include "io/text.h"
#include "ui/render/matrix_image.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

// A length that grows with the room it is a share of, kept within [least, most] pixels.
struct Share
{
    double share;
    double least;
    double most;

    double of(double room, double mostScale = 1.0) const
    {
        return std::clamp(room * share, least, most * mostScale);
    }
};

// The frame around everything.
constexpr Share stageMargin{0.03, 6.0, 32.0}; // of the stage's smaller side
constexpr double captionGap = 0.5; // above the caption, as a share of the margin
constexpr double leastRoom = 10.0; // the least width or height any part is given, pixels
constexpr Share titleLine{0.05, 14.0, 34.0}; // a title's height, of the stage's height

// The grids: input above kernel in a left column, output in a right one.
constexpr double leftColumnShare = 0.17; // input and kernel's column, of the width
constexpr double rightColumnShare = 0.12; // the output's column, of the width
constexpr Share columnGap{0.025, 8.0, 48.0}; // between a grid column and the middle row
constexpr double largestGridCell = 72.0; // a grid cell's side at most, times the font scale
constexpr double inputStackShare = 0.62; // the input's part of the left column's height
constexpr double kernelStackShare = 0.38; // the kernel's part of it
constexpr Share gridCellFont{0.36, 7.0, 30.0}; // of the input's cell side
constexpr double yTitleClearance = 12.0; // beyond half of y's title, before the right column

// The middle row: M · x = y.
constexpr Share indexFontSize{0.4, 8.0, 14.0}; // index labels, of the title height
constexpr Share operatorSide{1.4, 18.0, 56.0}; // the "·" and "=" boxes, of the title height
constexpr double indexPadding = 6.0; // beside an index label's text
constexpr double indexLinePadding = 2.0; // below the column indices' line
constexpr double largestEntry = 64.0; // an entry's side at most, times the font scale
constexpr Share heatVector{0.012, 12.0, 28.0}; // a heat-map vector's width, of the width
constexpr double leastEntry = 1e-6; // an entry's side at least, pixels
constexpr Share entryFontSize{0.4, 7.0, 30.0}; // of an entry's side
constexpr int leastIndexFont = 7; // pixels

// A matrix-view title: a box a little wider than its text or its grid, and taller than a line.
constexpr double titleBesideBox = 24.0; // wider than the box under it, pixels
constexpr double titleBesideText = 8.0; // wider than its text, pixels
constexpr double titleRise = 1.4; // bottom to the box's top, in line heights
constexpr double titleHeightLines = 1.3; // its height, in line heights

// Horizontal room each part of the middle row takes, left to right: row indices, M, "·",
// x's indices, x, "=", y's indices, y.
struct Middle
{
    double index = 0.0;
    double op = 0.0;
    double vector = 0.0;

    double width(double matrixWidth) const { return 3 * index + matrixWidth + 2 * op + 2 * vector; }
};

// The stage's room below the titles and above the caption (or the stage's bottom).
struct Room
{
    double margin = 0.0;
    double titleHeight = 0.0;
    double top = 0.0;
    double width = 0.0;
    double height = 0.0;
    double gap = 0.0; // between the grid columns and the middle row

    double centreY() const { return top + height / 2; }
};

Room roomFor(const StageLayout &layout, const QRectF &area, const StageFrame &frame)
{
    Room room;
    room.margin = stageMargin.of(std::min(area.width(), area.height()));
    room.titleHeight = titleLine.of(area.height()) * frame.style.fontScale;
    room.top = area.top() + room.margin + room.titleHeight;
    const double bottom = frame.caption ? layout.captionRect.top() - room.margin * captionGap
                                        : area.bottom() - room.margin;
    room.height = std::max(bottom - room.top, leastRoom);
    room.width = std::max(area.width() - 2 * room.margin, leastRoom);
    room.gap = columnGap.of(room.width);
    return room;
}

// The three grids' cell sides, and the widths of the columns they fill.
struct GridCells
{
    double in = 0.0;
    double kernel = 0.0;
    double out = 0.0;
    double left = 0.0; // the input's or the kernel's width, the wider
    double right = 0.0; // the output's width
};

GridCells gridCells(const Room &room, Pair in, Pair kernel, Pair out, double scale)
{
    const double leftWidth = room.width * leftColumnShare;
    const double rightWidth = room.width * rightColumnShare;
    const double cap = largestGridCell * scale;
    const double stackRoom = std::max(room.height - room.titleHeight, leastRoom);
    GridCells cells;
    cells.in = std::min({leftWidth / in.w, stackRoom * inputStackShare / in.h, cap});
    cells.kernel = std::min({leftWidth / kernel.w, stackRoom * kernelStackShare / kernel.h, cap});
    cells.out = std::min({rightWidth / out.w, room.height / out.h, cap});
    cells.left = std::max(in.w * cells.in, kernel.w * cells.kernel);
    cells.right = out.w * cells.out;
    return cells;
}

// Titles are wider than a vector, and may be wider than the output grid: the right column
// is as wide as its title (so it never has to be nudged back onto the stage), and y's title
// clears it.
struct Titles
{
    QString matrixName;
    QString output;
    QString y;
    double rightExtent = 0.0; // the right column's width
    double rightGap = 0.0; // between y and the right column
};

Titles titlesFor(const StageLayout &layout, const Room &room, const GridCells &cells,
                 bool transposed, Pair out)
{
    Titles titles;
    titles.matrixName = transposed ? QStringLiteral("Cᵀ") : QStringLiteral("C");
    titles.output = QStringLiteral("Output %1").arg(qt(sizeText(out)));
    titles.y = QStringLiteral("y = %1x").arg(titles.matrixName);
    titles.rightExtent = matrixTitleRect(QRectF(0, 0, cells.right, 1), titles.output,
                                         layout.titleFont, QRectF(0, 0, room.width, 1))
                             .width();
    const QFontMetricsF titleMetrics(layout.titleFont);
    titles.rightGap =
        std::max(room.gap, titleMetrics.horizontalAdvance(titles.y) / 2 + yTitleClearance);
    return titles;
}

// Sizes the middle row in `middleRoom` pixels: numbers in every entry if they fit, else a
// heat map with wider vectors. Sets m's entry side, fonts and index room.
Middle sizeMiddle(MatrixLayout &m, const Room &room, double middleRoom, int side,
                  const StageStyle &style)
{
    const double scale = style.fontScale;
    m.indexFont = stageFont(style.fontFamily, indexFontSize.of(room.titleHeight, scale));
    const QFontMetricsF indexMetrics(m.indexFont);
    Middle middle;
    middle.op = operatorSide.of(room.titleHeight, scale);
    middle.index = indexMetrics.horizontalAdvance(QString::number(side - 1)) + indexPadding;
    const double labelHeight = indexMetrics.height() + indexLinePadding;
    // The width keeps room for the matrix's longer side so that the transpose never rescales.
    double entry = std::min((room.height - labelHeight) / side,
                            (middleRoom - 3 * middle.index - 2 * middle.op) / (side + 2));
    m.numbers = entry >= matrixNumberPixels * scale;
    if (m.numbers) {
        entry = std::min(entry, largestEntry * scale);
        middle.vector = entry;
        m.indexWidth = middle.index;
        m.indexHeight = labelHeight;
    } else {
        middle.index = 0.0;
        middle.vector = heatVector.of(room.width) * scale;
        entry =
            std::min(room.height / side, (middleRoom - 2 * middle.op - 2 * middle.vector) / side);
    }
    // Far below a pixel for a big input (C is 262,144 × 262,144 for 512×512): the heat map
    // bins entries into pixels, and the matrix must stay on the stage.
    m.entry = std::max(entry, leastEntry);
    m.entryFont = stageFont(style.fontFamily, entryFontSize.of(m.entry, scale));
    // Index labels no larger than the numbers they label (their room was set aside above).
    m.indexFont.setPixelSize(
        std::max(leastIndexFont, std::min(m.indexFont.pixelSize(), m.entryFont.pixelSize() - 1)));
    return middle;
}

void placeGrid(GridBox &box, GridRole role, Pair size, double cell, QPointF origin, QString title)
{
    box.role = role;
    box.cell = cell;
    box.rows = size.h;
    box.cols = size.w;
    box.origin = origin;
    box.title = std::move(title);
}

// Input above kernel, centred on the row, from `left`.
void placeLeftColumn(StageLayout &layout, double left, const Room &room, const GridCells &cells,
                     Pair in, Pair kernel)
{
    const double stack = in.h * cells.in + room.titleHeight + kernel.h * cells.kernel;
    const double stackTop = room.centreY() - stack / 2;
    placeGrid(layout.source, GridRole::Source, in, cells.in,
              {left + (cells.left - in.w * cells.in) / 2, stackTop},
              QStringLiteral("Input %1").arg(qt(sizeText(in))));
    placeGrid(layout.kernel, GridRole::Kernel, kernel, cells.kernel,
              {left + (cells.left - kernel.w * cells.kernel) / 2,
               stackTop + in.h * cells.in + room.titleHeight},
              QStringLiteral("Kernel %1").arg(qt(sizeText(kernel))));
}

// M, "·", x, "=" and y from `left`, centred on `centreY`; the slot is `slotSize` at this
// turn.
void placeMiddleRow(MatrixLayout &m, double left, double centreY, const Middle &middle,
                    QSizeF slotSize, const Titles &titles, int rows, int cols)
{
    const double entry = m.entry;
    const double blockTop = centreY - (slotSize.height() + m.indexHeight) / 2;
    m.slot =
        QRectF(left + middle.index, blockTop + m.indexHeight, slotSize.width(), slotSize.height());
    const double finalTop = centreY - (rows * entry + m.indexHeight) / 2 + m.indexHeight;
    // M's final place: where the slot is once the turn is over (the row then only moves if
    // the width changes, and it changes with the turn).
    m.matrix = {GridRole::MatrixEntry, QRectF(m.slot.left(), finalTop, cols * entry, rows * entry),
                rows, cols,
                m.turn < 1.0
                    ? QStringLiteral("C → Cᵀ")
                    : QStringLiteral("%1  %2 × %3").arg(titles.matrixName).arg(rows).arg(cols)};
    double x = m.slot.right();
    m.dot = QRectF(x, centreY - middle.op / 2, middle.op, middle.op);
    x += middle.op + middle.index;
    m.input = {GridRole::InputVector,
               QRectF(x, centreY - cols * entry / 2, middle.vector, cols * entry), cols, 1,
               QStringLiteral("x")};
    x += middle.vector;
    m.equals = QRectF(x, centreY - middle.op / 2, middle.op, middle.op);
    x += middle.op + middle.index;
    m.output = {GridRole::OutputVector,
                QRectF(x, centreY - rows * entry / 2, middle.vector, rows * entry), rows, 1,
                titles.y};
}

} // namespace

QRectF MatrixBox::entryRect(Cell c) const
{
    const double w = entryWidth();
    const double h = entryHeight();
    return {rect.left() + c.col * w, rect.top() + c.row * h, w, h};
}

std::optional<Cell> MatrixBox::entryAt(QPointF point) const
{
    if (rows <= 0 || cols <= 0 || !rect.contains(point))
        return std::nullopt;
    const Cell c{std::min(static_cast<int>((point.y() - rect.top()) / entryHeight()), rows - 1),
                 std::min(static_cast<int>((point.x() - rect.left()) / entryWidth()), cols - 1)};
    if (c.row < 0 || c.col < 0)
        return std::nullopt;
    return c;
}

QTransform MatrixLayout::turnTransform() const
{
    const double s = turn;
    const QPointF from = matrix.rect.topLeft();
    const QPointF to = slot.topLeft();
    return QTransform::fromTranslate(-from.x(), -from.y()) * QTransform(s, 1 - s, 1 - s, s, 0, 0)
        * QTransform::fromTranslate(to.x(), to.y());
}

QRectF MatrixLayout::entryRect(Cell c) const
{
    const QRectF home = matrix.entryRect(c);
    if (turn >= 1.0)
        return home;
    return {turnTransform().map(home.topLeft()), home.size()};
}

QPolygonF MatrixLayout::outline() const
{
    return turnTransform().map(QPolygonF(matrix.rect));
}

void layoutMatrix(StageLayout &layout, const QRectF &area, const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    const StageStyle &style = frame.style;
    const double scale = style.fontScale;
    const auto entries = matrixEntriesFor(frame.trace);
    const int rows = entries->rows();
    const int cols = entries->cols();
    const Pair in = sizeOf(trace.problem.input);
    const Pair kernel = sizeOf(trace.problem.kernel);
    const Pair out = trace.geometry.outputSize();

    auto m = std::make_shared<MatrixLayout>();
    m->turn = detail::ease(frame.transpose);
    const Room room = roomFor(layout, area, frame);
    const GridCells cells = gridCells(room, in, kernel, out, scale);
    const Titles titles =
        titlesFor(layout, room, cells, trace.problem.op == Op::ConvTranspose2d, out);
    const double middleRoom =
        room.width - cells.left - titles.rightExtent - room.gap - titles.rightGap;
    const Middle middle = sizeMiddle(*m, room, middleRoom, std::max(rows, cols), style);

    // Everything in one centred row; the matrix's width follows the turn.
    const double s = m->turn;
    const double slotWidth = (rows + (cols - rows) * s) * m->entry;
    const double slotHeight = (cols + (rows - cols) * s) * m->entry;
    const double total =
        cells.left + room.gap + middle.width(slotWidth) + titles.rightGap + titles.rightExtent;
    double x = area.left() + std::max(room.margin, (area.width() - total) / 2);
    placeLeftColumn(layout, x, room, cells, in, kernel);
    x += cells.left + room.gap;
    placeMiddleRow(*m, x, room.centreY(), middle, {slotWidth, slotHeight}, titles, rows, cols);
    x = m->output.rect.left(); // the right column starts past y and the gap after it
    x += middle.vector + titles.rightGap;
    placeGrid(layout.target, GridRole::Target, out, cells.out,
              {x + (titles.rightExtent - cells.right) / 2, room.centreY() - out.h * cells.out / 2},
              titles.output);

    layout.outputOrigin = {0, 0};
    layout.cell = cells.in;
    layout.compact = cells.in < compactCellPixels * scale;
    layout.cellFont = stageFont(style.fontFamily, gridCellFont.of(cells.in, scale));
    layout.matrix = std::move(m);
}

QRectF matrixTitleRect(const QRectF &box, const QString &title, const QFont &font,
                       const QRectF &stage, double above)
{
    const QFontMetricsF metrics(font);
    const double width = std::min(
        std::max(box.width() + titleBesideBox, metrics.horizontalAdvance(title) + titleBesideText),
        stage.width());
    const double left =
        std::clamp(box.center().x() - width / 2, stage.left(), stage.right() - width);
    return {left, box.top() - above - metrics.height() * titleRise, width,
            metrics.height() * titleHeightLines};
}

std::optional<StageCell> hitTestMatrix(const MatrixLayout &layout, QPointF point)
{
    for (const MatrixBox *box : {&layout.matrix, &layout.input, &layout.output}) {
        if (box == &layout.matrix && layout.turn < 1.0)
            continue;
        if (auto c = box->entryAt(point))
            return StageCell{box->role, *c};
    }
    return std::nullopt;
}

} // namespace convstep
