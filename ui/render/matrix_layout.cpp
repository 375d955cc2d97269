#include "ui/render/matrix_layout.h"

#include "core/channels.h"
#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_image.h"
#include "ui/render/matrix_plan.h"
#include "ui/render/matrix_titles.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

using namespace matrix_detail;

// The equation y = M·x.
constexpr Share indexFontSize{0.4, 8.0, 14.0}; // index labels, of the title height
constexpr Share operatorSide{1.2, 16.0, 48.0}; // the "·" and "=" boxes, of the title height
constexpr double indexPadding = 6.0; // beside an index label's text
constexpr double indexLinePadding = 2.0; // below the column indices' line
constexpr double largestEntry = 64.0; // an entry's side at most, times the font scale
constexpr Share heatVector{0.012, 12.0, 28.0}; // a heat-map vector's width, of the width
constexpr int leastIndexFont = 7; // pixels
constexpr int leastBlockFont = 11; // pixels: a block label names a channel and its weights

// Where the window onto M stands for the step writing row `row`: the row in the middle of
// the rows shown, the row's non-zeros among the columns shown.
QPointF windowAt(const MatrixEntries &entries, int row, int shownRows, int shownCols)
{
    const int rows = entries.rows();
    const int cols = entries.cols();
    const int firstRow = std::clamp(row - (shownRows - 1) / 2, 0, rows - shownRows);
    const auto span = entries.rowSpan(row);
    const double centre =
        span ? (span->first + span->second) / 2.0 : (row + 0.5) * cols / std::max(rows, 1);
    int firstCol = static_cast<int>(std::lround(centre - (shownCols - 1) / 2.0));
    if (span)
        firstCol = std::clamp(firstCol, span->second - shownCols + 1, span->first);
    firstCol = std::clamp(firstCol, 0, cols - shownCols);
    return {static_cast<double>(firstCol), static_cast<double>(firstRow)};
}

// The window of this frame: it scrolls with the step's glide from the previous row's.
QPointF frameWindow(const StageFrame &frame, const MatrixEntries &entries, int shownRows,
                    int shownCols)
{
    const Trace &trace = *frame.trace;
    const auto rowOf = [&](const Step &step) { return stepRow(trace, step); };
    const QPointF now = windowAt(entries, rowOf(frame.step), shownRows, shownCols);
    if (!frame.previous || !frame.previous->focus)
        return now;
    const QPointF before = windowAt(entries, rowOf(*frame.previous), shownRows, shownCols);
    return before + (now - before) * detail::ease(frame.progress);
}

void setBox(MatrixBox &box, GridRole role, QRectF rect, int rows, int cols, QString title)
{
    box.role = role;
    box.rect = rect;
    box.rows = box.shownRows = rows;
    box.cols = box.shownCols = cols;
    box.title = std::move(title);
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

} // namespace

void layoutMatrix(StageLayout &layout, const QRectF &area, const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    const StageStyle &style = frame.style;
    const double scale = style.fontScale;
    const auto entries = matrixEntriesFor(frame.trace);
    const int rows = entries->rows();
    const int cols = entries->cols();
    const Sizes sizes{sizeOf(trace.problem.input), sizeOf(trace.problem.kernel),
                      trace.geometry.outputSize()};

    auto m = std::make_shared<MatrixLayout>();
    m->turn = detail::ease(frame.transpose);
    const bool turned = m->turn >= 1.0;
    const Room room = roomFor(layout, area, frame);
    const Names names = namesFor(trace, rows, cols, !turned);
    const QFontMetricsF titleMetrics(layout.titleFont);
    const QStringList outputTitles = gridTitles(trace, frame.step, GridName::Output, sizes.out);
    const QString &outputTitle = outputTitles.front();
    const std::vector<Grids> plans{
        planGrids(Placement::Side, room, sizes, scale,
                  titleMetrics.horizontalAdvance(outputTitles.back()) + titleBesideText),
        planGrids(Placement::Top, room, sizes, scale, 0.0)};

    m->indexFont = stageFont(style.fontFamily, indexFontSize.of(room.titleHeight, scale));
    m->blockFont = stageFont(style.fontFamily, std::max(leastBlockFont, m->indexFont.pixelSize()));
    const QFontMetricsF indexMetrics(m->indexFont);
    Parts parts;
    parts.op = operatorSide.of(room.titleHeight, scale);
    // Room for M's title between x laid across and M: on a small stage (a 1024×600 window)
    // the title line is shorter than a title of the least font stands.
    parts.title = std::max(room.titleHeight, titleRise(layout.titleFont) + 1.0);
    // Standing, y's title must not reach back over x's; across, it has the title line.
    parts.yOverhang = titleMetrics.horizontalAdvance(names.yTitles.front()) / 2;
    parts.index = std::max(
        indexMetrics.horizontalAdvance(QString::number(std::max(rows, cols) - 1)) + indexPadding,
        titleMetrics.horizontalAdvance(QStringLiteral("x")) + titleBesideText + titleGap);
    parts.indexHeight = indexMetrics.height() + indexLinePadding;
    if (hasChannels(trace.problem)) // block labels, rotated beside the rows
        parts.block = QFontMetricsF(m->blockFont).height() + indexLinePadding;

    // The whole of M with numbers; else, once turned, a window of numbers; else a heat map.
    const Shape shape = shapeAt(m->turn, rows, cols);
    const double most = largestEntry * scale;
    Choice choice = bestWhole(plans, shapeAt(1.0, rows, cols), parts, most);
    choice.entry =
        std::min(needsOf(choice.across, shape, parts).entryIn(choice.grids.block.size()), most);
    choice.shownRows = rows;
    choice.shownCols = cols;
    m->numbers = choice.entry >= matrixNumberPixels;
    if (!m->numbers && turned) {
        if (auto window = bestWindow(plans, parts, rows, cols, entries->widestRow())) {
            choice = *window;
            m->numbers = true;
        }
    }
    if (!m->numbers) { // standing beside the grids, vectors of their own width
        parts.index = titleGap + titleBesideText / 2; // room for x's title to overhang x
        parts.indexHeight = 0.0;
        parts.vector = heatVector.of(room.width) * scale;
        choice.grids = plans.front();
        choice.across = false;
        choice.entry = std::max(
            std::min(needsOf(false, shape, parts).entryIn(choice.grids.block.size()), most),
            leastEntry);
    }
    const double e = choice.entry;
    m->entry = e;
    m->across = choice.across;
    m->indexWidth = parts.index;
    m->indexHeight = parts.indexHeight;
    m->blockLabel = parts.block;
    m->entryFont = stageFont(style.fontFamily, matrixNumberFont(e, scale));
    // Index labels no larger than the numbers they label (their room was set aside above).
    m->indexFont.setPixelSize(
        std::max(leastIndexFont, std::min(m->indexFont.pixelSize(), m->entryFont.pixelSize() - 1)));

    // The equation's box, centred in its room, beside or under the grids.
    const Shape shown = choice.shownRows == rows && choice.shownCols == cols
        ? shape
        : Shape{static_cast<double>(choice.shownRows), static_cast<double>(choice.shownCols),
                choice.shownCols, choice.shownRows};
    const Needs needs = needsOf(choice.across, shown, parts);
    const QSizeF block = needs.size(e);
    const Grids &grids = choice.grids;
    QPointF origin;
    if (grids.placement == Placement::Side) {
        const double total = grids.left + room.gap + block.width() + room.gap + grids.right;
        const double left = area.left() + std::max(room.margin, (area.width() - total) / 2);
        origin = {left + grids.left + room.gap, room.centreY() - block.height() / 2};
    } else { // the band and the equation centred together
        origin = {area.center().x() - block.width() / 2,
                  grids.block.top() + (grids.block.height() - block.height()) / 2};
    }
    const double bandTop = room.top + (origin.y() - grids.block.top());

    // M, x and y.
    const double vectorWidth = parts.vector > 0.0 ? parts.vector : e;
    const QSizeF slotSize(shown.slotCols * e, shown.slotRows * e);
    const QSizeF matrixSize(choice.shownCols * e, choice.shownRows * e);
    double contentTop = origin.y() + parts.block + parts.indexHeight;
    if (choice.across)
        contentTop += e + parts.title;
    const double contentHeight = block.height() - (contentTop - origin.y());
    const double centreY = contentTop + contentHeight / 2;
    const double matrixLeft = origin.x() + parts.block + parts.index;
    const double matrixTop = choice.across ? contentTop : centreY - matrixSize.height() / 2;
    m->slot =
        QRectF(QPointF(matrixLeft, choice.across ? contentTop : centreY - slotSize.height() / 2),
               slotSize);
    setBox(m->matrix, GridRole::MatrixEntry, QRectF(QPointF(matrixLeft, matrixTop), matrixSize),
           rows, cols, names.matrixTitles.front());
    m->matrix.shownRows = choice.shownRows;
    m->matrix.shownCols = choice.shownCols;
    if (m->matrix.windowed()) {
        const QPointF first = frameWindow(frame, *entries, choice.shownRows, choice.shownCols);
        m->matrix.firstRow = first.y();
        m->matrix.firstCol = first.x();
    }
    // Across, x keeps its columns over M's while M turns; standing, x follows M's box.
    double x = matrixLeft
        + (choice.across ? std::max(slotSize.width(), matrixSize.width()) : slotSize.width());
    if (choice.across) {
        setBox(m->input, GridRole::InputVector,
               QRectF(matrixLeft, origin.y(), choice.shownCols * e, e), cols, 1,
               QStringLiteral("x"));
        m->input.across = true;
    } else {
        m->dot = QRectF(x, centreY - parts.op / 2, parts.op, parts.op);
        x += parts.op + parts.index;
        const double height = choice.shownCols * e;
        setBox(m->input, GridRole::InputVector,
               QRectF(x, centreY - height / 2, vectorWidth, height), cols, 1, QStringLiteral("x"));
        x += vectorWidth;
    }
    m->input.shownRows = choice.shownCols;
    m->input.firstRow = m->matrix.firstCol;
    m->equals = QRectF(x, matrixTop + matrixSize.height() / 2 - parts.op / 2, parts.op, parts.op);
    x += parts.op + (choice.across ? 0.0 : parts.index);
    setBox(m->output, GridRole::OutputVector,
           QRectF(x, matrixTop, vectorWidth, matrixSize.height()), rows, 1, names.yTitles.front());
    m->output.shownRows = choice.shownRows;
    m->output.firstRow = m->matrix.firstRow;

    // The grids.
    const Pair in = sizes.in;
    const Pair kernel = sizes.kernel;
    const Pair out = sizes.out;
    const QStringList inputTitles = gridTitles(trace, frame.step, GridName::Input, in);
    const QStringList kernelTitles = gridTitles(trace, frame.step, GridName::Kernel, kernel);
    const QString &inputTitle = inputTitles.front();
    const QString &kernelTitle = kernelTitles.front();
    if (grids.placement == Placement::Side) {
        const double left = origin.x() - room.gap - grids.left;
        const double stack =
            in.h * grids.in + (kernel.w > 0 ? room.titleHeight + kernel.h * grids.kernel : 0.0);
        const double top = room.centreY() - stack / 2;
        placeGrid(layout.source, GridRole::Source, in, grids.in,
                  {left + (grids.left - in.w * grids.in) / 2, top}, inputTitle);
        placeGrid(layout.kernel, GridRole::Kernel, kernel, grids.kernel,
                  {left + (grids.left - kernel.w * grids.kernel) / 2,
                   top + in.h * grids.in + room.titleHeight},
                  kernelTitle);
        const double right = origin.x() + block.width() + room.gap;
        placeGrid(
            layout.target, GridRole::Target, out, grids.out,
            {right + (grids.right - out.w * grids.out) / 2, room.centreY() - out.h * grids.out / 2},
            outputTitle);
    } else {
        const double g = grids.in;
        const int count = kernel.w > 0 ? 3 : 2;
        const double spacing =
            std::max(room.gap * 2, (room.width - (in.w + kernel.w + out.w) * g) / (count + 1));
        const double width = (in.w + kernel.w + out.w) * g + (count - 1) * spacing;
        double left = area.center().x() - width / 2;
        const double top = bandTop;
        const auto next = [&](GridBox &box, GridRole role, Pair size, const QString &title) {
            placeGrid(box, role, size, g, {left, top + (grids.band - size.h * g) / 2}, title);
            if (size.w > 0)
                left += size.w * g + spacing;
        };
        next(layout.source, GridRole::Source, in, inputTitle);
        next(layout.kernel, GridRole::Kernel, kernel, kernelTitle);
        next(layout.target, GridRole::Target, out, outputTitle);
    }

    // Titles: M's first, then the vectors', then the grids'.
    std::vector<TitleSpec> specs;
    specs.push_back({names.matrixTitles, m->slot, parts.block + parts.indexHeight, false, false});
    specs.push_back({names.yTitles, m->output.rect, parts.indexHeight, false, true});
    specs.push_back({{QStringLiteral("x")}, m->input.rect, 0.0, choice.across, true});
    specs.push_back({inputTitles, layout.source.rect(), 0.0});
    if (kernel.w > 0)
        specs.push_back({kernelTitles, layout.kernel.rect(), 0.0});
    specs.push_back({outputTitles, layout.target.rect(), 0.0});
    const QRectF labelled =
        m->slot.adjusted(-parts.block - parts.index, -parts.block - parts.indexHeight, 0, 0);
    std::vector<QRectF> boxes{m->slot,
                              labelled,
                              layout.source.rect(),
                              layout.target.rect(),
                              m->output.rect.adjusted(choice.across ? 0 : -parts.index, 0, 0, 0),
                              m->input.rect.adjusted(choice.across ? 0 : -parts.index, 0, 0, 0)};
    if (kernel.w > 0)
        boxes.push_back(layout.kernel.rect());
    // An operator's glyph fills the middle of its box.
    for (const QRectF &op : {m->dot, m->equals})
        if (!op.isEmpty())
            boxes.push_back(
                op.adjusted(op.width() / 4, op.height() / 4, -op.width() / 4, -op.height() / 4));
    m->titles = placeTitles(specs, layout.titleFont,
                            QRectF(room.left, area.top(), room.width, area.height()), boxes);

    layout.outputOrigin = {0, 0};
    layout.cell = grids.in;
    layout.compact = grids.in < matrixNumberPixels;
    layout.cellFont = stageFont(style.fontFamily, matrixNumberFont(grids.in, scale));
    layout.matrix = std::move(m);
}

} // namespace convstep
