#include "ui/render/matrix_layout.h"

#include "core/channels.h"
#include "core/narration.h"
#include "io/text.h"
#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_image.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_painter.h"

#include <QCoreApplication>
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

// The grids, beside the equation (input above kernel on the left, output on the right) or in
// a band above it.
constexpr double leftColumnShare = 0.18; // input and kernel's column, of the width
constexpr double rightColumnShare = 0.14; // the output's column, of the width
constexpr double bandShare = 0.34; // the band's height, of the room's
constexpr Share gridGap{0.025, 8.0, 48.0}; // between the grids and the equation
constexpr double largestGridCell = 44.0; // a grid cell's side at most, times the font scale
constexpr double inputStackShare = 0.62; // the input's part of the left column's height
constexpr double kernelStackShare = 0.38; // the kernel's part of it

// The equation y = M·x.
constexpr Share indexFontSize{0.4, 8.0, 14.0}; // index labels, of the title height
constexpr Share operatorSide{1.2, 16.0, 48.0}; // the "·" and "=" boxes, of the title height
constexpr double indexPadding = 6.0; // beside an index label's text
constexpr double indexLinePadding = 2.0; // below the column indices' line
constexpr double largestEntry = 64.0; // an entry's side at most, times the font scale
constexpr Share heatVector{0.012, 12.0, 28.0}; // a heat-map vector's width, of the width
constexpr double leastEntry = 1e-6; // an entry's side at least, pixels
constexpr int leastIndexFont = 7; // pixels
// Another arrangement replaces an earlier one in the list only with entries this much larger.
constexpr double preferEarlier = 1.05;
// A window onto M: entry sides tried, largest first; it shows at least a third of M's rows
// and of its columns (beyond that the heat map shows the pattern better), and every column
// of the current row's non-zeros.
constexpr double windowEntries[] = {20.0, 17.0, matrixNumberPixels};
constexpr int windowReach = 3;
constexpr int leastWindowRows = 3;

// Titles: a box a little wider than the text and taller than a line, its bottom a little
// above what it names.
constexpr double titleBesideText = 8.0;
constexpr double titleRise = 1.4; // bottom to the box's top, in line heights
constexpr double titleHeightLines = 1.3;
constexpr double titleGap = 4.0; // between a title left of its box and the box

// The stage's room below the titles and above the caption (or the stage's bottom).
struct Room
{
    double margin = 0.0;
    double titleHeight = 0.0;
    double left = 0.0;
    double top = 0.0;
    double width = 0.0;
    double height = 0.0;
    double gap = 0.0;

    double centreY() const { return top + height / 2; }
    double right() const { return left + width; }
    double bottom() const { return top + height; }
};

Room roomFor(const StageLayout &layout, const QRectF &area, const StageFrame &frame)
{
    Room room;
    room.margin = stageMargin.of(std::min(area.width(), area.height()));
    room.titleHeight = titleLine.of(area.height()) * frame.style.fontScale;
    room.left = area.left() + room.margin;
    room.top = area.top() + room.margin + room.titleHeight;
    const double bottom = frame.caption ? layout.captionRect.top() - room.margin * captionGap
                                        : area.bottom() - room.margin;
    room.height = std::max(bottom - room.top, leastRoom);
    room.width = std::max(area.width() - 2 * room.margin, leastRoom);
    room.gap = gridGap.of(room.width);
    return room;
}

enum class Placement { Side, Top };

// The grids' cell sides and the room they leave for the equation (a title line above it
// kept free for M's, x's and y's titles).
struct Grids
{
    Placement placement = Placement::Side;
    double in = 0.0;
    double kernel = 0.0;
    double out = 0.0;
    double left = 0.0; // Side: the left column's width
    double right = 0.0; // Side: the right column's width
    double band = 0.0; // Top: the band's height, without its titles
    QRectF block;
};

struct Sizes
{
    Pair in;
    Pair kernel; // 0×0 for the upsampling ops
    Pair out;
};

Grids planGrids(Placement placement, const Room &room, const Sizes &sizes, double scale,
                double outputTitle)
{
    const double cap = largestGridCell * scale;
    const bool kernel = sizes.kernel.w > 0;
    Grids grids;
    grids.placement = placement;
    if (placement == Placement::Side) {
        const double stack = std::max(room.height - (kernel ? room.titleHeight : 0.0), leastRoom);
        const double leftWidth = room.width * leftColumnShare;
        grids.in = std::min(
            {leftWidth / sizes.in.w, stack * (kernel ? inputStackShare : 1.0) / sizes.in.h, cap});
        if (kernel)
            grids.kernel = std::min(
                {leftWidth / sizes.kernel.w, stack * kernelStackShare / sizes.kernel.h, cap});
        grids.out =
            std::min({room.width * rightColumnShare / sizes.out.w, room.height / sizes.out.h, cap});
        grids.left = std::max(sizes.in.w * grids.in, sizes.kernel.w * grids.kernel);
        grids.right = std::max(sizes.out.w * grids.out, outputTitle);
        grids.block = QRectF(
            room.left + grids.left + room.gap, room.top,
            std::max(room.width - grids.left - grids.right - 2 * room.gap, leastRoom), room.height);
        return grids;
    }
    const int tallest = std::max({sizes.in.h, sizes.kernel.h, sizes.out.h});
    const int across = sizes.in.w + sizes.kernel.w + sizes.out.w;
    const int gaps = kernel ? 2 : 1;
    const double cell = std::min({cap, (room.height * bandShare - room.titleHeight) / tallest,
                                  (room.width - gaps * room.gap * 2) / across});
    grids.in = grids.kernel = grids.out = std::max(cell, leastEntry);
    grids.band = tallest * grids.in;
    const double top = room.top + grids.band + room.gap + room.titleHeight;
    grids.block = QRectF(room.left, top, room.width, std::max(room.bottom() - top, leastRoom));
    return grids;
}

// The parts of the equation that do not grow with the entries.
struct Parts
{
    double index = 0.0; // room for row indices left of M (and of each vector standing)
    double indexHeight = 0.0; // the column indices' line above M
    double op = 0.0; // the "·" and "=" boxes
    double title = 0.0; // the title line between x laid across and M
    double yOverhang = 0.0; // y's title beyond y's right edge (standing only)
    double vector = 0.0; // a heat-map vector's width; 0: as wide as an entry
};

// The equation's shape in entries: M's box at this turn and the vectors' shown lengths.
struct Shape
{
    double slotRows = 0.0;
    double slotCols = 0.0;
    int x = 0;
    int y = 0;
};

// What the equation needs each way: `units` entries plus `fixed` pixels.
struct Needs
{
    double unitsW = 0.0;
    double fixedW = 0.0;
    double unitsH = 0.0;
    double fixedH = 0.0;

    double entryIn(QSizeF room) const
    {
        return std::min((room.width() - fixedW) / unitsW, (room.height() - fixedH) / unitsH);
    }
    QSizeF size(double entry) const { return {unitsW * entry + fixedW, unitsH * entry + fixedH}; }
};

// Standing (x beside M): indices, M, "·", indices, x, "=", indices, y. Across: indices, M (x
// over it, a title line and the column indices between), "=", y.
Needs needsOf(bool across, const Shape &s, const Parts &p)
{
    Needs n;
    const double vectorUnits = p.vector > 0.0 ? 0.0 : 1.0;
    if (across) {
        n.unitsW = std::max(s.slotCols, static_cast<double>(s.x)) + vectorUnits;
        n.fixedW = p.index + p.op + p.vector;
        n.unitsH = std::max(s.slotRows, static_cast<double>(s.y)) + 1;
        n.fixedH = p.title + p.indexHeight;
        return n;
    }
    n.unitsW = s.slotCols + 2 * vectorUnits;
    n.fixedW = 3 * p.index + 2 * p.op + 2 * p.vector + p.yOverhang;
    n.unitsH = std::max({s.slotRows, static_cast<double>(s.x), static_cast<double>(s.y)});
    n.fixedH = p.indexHeight;
    return n;
}

// M's box at turn `s`: C's shape (M's transposed) at 0, M's at 1.
Shape shapeAt(double s, int rows, int cols)
{
    return {cols + (rows - cols) * s, rows + (cols - rows) * s, cols, rows};
}

struct Choice
{
    Grids grids;
    bool across = false;
    double entry = 0.0;
    int shownRows = 0; // the window, or all of M
    int shownCols = 0;
};

// The arrangement with the largest entries for the whole of M; earlier ones win near-ties.
Choice bestWhole(const std::vector<Grids> &plans, const Shape &shape, const Parts &parts,
                 double most)
{
    Choice best;
    bool found = false;
    for (const Grids &grids : plans) {
        for (bool across : {false, true}) {
            const double entry =
                std::min(needsOf(across, shape, parts).entryIn(grids.block.size()), most);
            if (!found || entry > best.entry * preferEarlier) {
                found = true;
                best.grids = grids;
                best.across = across;
                best.entry = entry;
            }
        }
    }
    return best;
}

// The largest window of numbers any arrangement holds, or nullopt.
std::optional<Choice> bestWindow(const std::vector<Grids> &plans, const Parts &parts, int rows,
                                 int cols, int widestRow)
{
    for (double entry : windowEntries) {
        std::optional<Choice> best;
        for (const Grids &grids : plans) {
            for (bool across : {false, true}) {
                const Needs n = needsOf(across, {0, 0, 0, 0}, parts);
                const int wide = static_cast<int>((grids.block.width() - n.fixedW) / entry);
                const int high = static_cast<int>((grids.block.height() - n.fixedH) / entry);
                // Standing, x takes the height of the columns it shows; across, a row.
                const int shownCols = std::min(cols, across ? wide - 1 : std::min(wide - 2, high));
                const int shownRows = std::min(rows, across ? high - 1 : high);
                if (shownCols < std::min(cols, widestRow)
                    || shownRows < std::min(rows, leastWindowRows) || rows > windowReach * shownRows
                    || cols > windowReach * shownCols)
                    continue;
                if (!best
                    || static_cast<long long>(shownRows) * shownCols
                        > static_cast<long long>(best->shownRows) * best->shownCols)
                    best = Choice{grids, across, entry, shownRows, shownCols};
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

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
    const auto rowOf = [&](const Step &step) {
        return step.focus ? outputIndex(trace, *step.focus) : 0;
    };
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

struct Names
{
    QString matrix; // "C", "Cᵀ" or "U"
    QStringList matrixTitles; // full, then brief
    QStringList yTitles;
};

Names namesFor(const Trace &trace, int rows, int cols, bool turning)
{
    Names names;
    const bool upsampling = isUpsampling(trace.problem.op);
    names.matrix = upsampling                     ? QStringLiteral("U")
        : trace.problem.op == Op::ConvTranspose2d ? QStringLiteral("Cᵀ")
                                                  : QStringLiteral("C");
    const QString sized = QStringLiteral("%1  %2 × %3").arg(names.matrix).arg(rows).arg(cols);
    if (turning)
        names.matrixTitles = {QStringLiteral("C → Cᵀ")};
    else if (upsampling)
        names.matrixTitles = {sized + QStringLiteral(": fixed, not learned"),
                              names.matrix + QStringLiteral(": fixed, not learned"),
                              names.matrix + QStringLiteral(", fixed"), names.matrix};
    else if (hasChannels(trace.problem)) {
        // The view draws one kernel block of the channel problem's matrix: input channel 0's
        // columns and output channel 0's rows.
        const ChannelShape s = channelShape(trace.problem);
        const QString whole = QStringLiteral("%1 × %2").arg(s.out * rows).arg(s.in * cols);
        names.matrixTitles = {
            QCoreApplication::translate("MatrixLayout", "%1, block (out 0, in 0) of %2")
                .arg(sized, whole),
            QCoreApplication::translate("MatrixLayout", "%1 of %2").arg(sized, whole), sized,
            names.matrix};
    } else
        names.matrixTitles = {sized, names.matrix};
    names.yTitles = {QStringLiteral("y = %1x").arg(names.matrix), QStringLiteral("y")};
    return names;
}

// One title to place: its forms, full first, and what it names.
struct TitleSpec
{
    QStringList forms;
    QRectF box;
    double above = 0.0; // column indices between the title and the box
    bool leftOf = false; // beside the box's left edge (x laid across) instead of over it
    bool vector = false;
};

// Places the titles, each in the first of its forms (full, then brief) that stays on the stage,
// meets no box but its own and no other title. Where two titles meet, the later one takes a
// briefer form, or when it has none the earlier one does (and the later ones start over from
// their full forms); a title no form fits is left out. Each round moves the choice of forms
// forward, so it ends.
std::vector<MatrixTitle> placeTitles(const std::vector<TitleSpec> &specs, const QFont &font,
                                     const QRectF &stage, const std::vector<QRectF> &boxes)
{
    const QFontMetricsF metrics(font);
    const double height = metrics.height() * titleHeightLines;
    const auto rectOf = [&](const TitleSpec &spec, const QString &form) {
        const double width = metrics.horizontalAdvance(form) + titleBesideText;
        if (spec.leftOf)
            return QRectF(spec.box.left() - titleGap - width, spec.box.center().y() - height / 2,
                          width, height);
        return QRectF(
            std::clamp(spec.box.center().x() - width / 2, stage.left(), stage.right() - width),
            spec.box.top() - spec.above - metrics.height() * titleRise, width, height);
    };
    const auto fitsAlone = [&](const TitleSpec &spec, const QRectF &rect) {
        return rect.left() >= stage.left() - 0.01 && rect.right() <= stage.right() + 0.01
            && rect.top() >= stage.top() - 0.01
            && std::none_of(boxes.begin(), boxes.end(), [&](const QRectF &box) {
                   return box != spec.box && box.intersects(rect);
               });
    };
    const size_t n = specs.size();
    std::vector<int> form(n, 0);
    std::vector<std::optional<QRectF>> rects(n);
    for (;;) {
        for (size_t i = 0; i < n; ++i) {
            const QStringList &forms = specs[i].forms;
            while (form[i] < forms.size() && !fitsAlone(specs[i], rectOf(specs[i], forms[form[i]])))
                ++form[i];
            rects[i] = form[i] < forms.size()
                ? std::optional<QRectF>(rectOf(specs[i], forms[form[i]]))
                : std::nullopt;
        }
        std::optional<std::pair<size_t, size_t>> meeting;
        for (size_t j = 1; j < n && !meeting; ++j)
            for (size_t i = 0; i < j && !meeting; ++i)
                if (rects[i] && rects[j] && rects[i]->intersects(*rects[j]))
                    meeting = std::pair{i, j};
        if (!meeting)
            break;
        const auto [i, j] = *meeting;
        if (form[j] + 1 < specs[j].forms.size() || form[i] + 1 >= specs[i].forms.size()) {
            ++form[j]; // briefer, or left out past its last form
            continue;
        }
        ++form[i];
        for (size_t k = i + 1; k < n; ++k)
            form[k] = 0;
    }
    std::vector<MatrixTitle> placed;
    for (size_t i = 0; i < n; ++i)
        if (rects[i])
            placed.push_back({*rects[i], specs[i].forms[form[i]], specs[i].vector});
    return placed;
}

QString sized(const char *name, Pair size)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(name), qt(sizeText(size)));
}

} // namespace

int matrixNumberFont(double side, double fontScale)
{
    // A readable minimum: 14-pixel cells hold two digits at 9 to 10 pixels.
    const double readable = std::min(side * 0.68, 10.0);
    return static_cast<int>(std::clamp(std::max(side * 0.42, readable), 7.0, 30.0 * fontScale));
}

bool MatrixBox::shows(Cell c) const
{
    return entryRect(c).intersects(rect);
}

int MatrixBox::rowBegin() const
{
    return std::max(0, static_cast<int>(std::floor(firstRow)));
}

int MatrixBox::rowEnd() const
{
    return std::min(rows, static_cast<int>(std::ceil(firstRow + shownRows - 1e-9)));
}

int MatrixBox::colBegin() const
{
    return std::max(0, static_cast<int>(std::floor(firstCol)));
}

int MatrixBox::colEnd() const
{
    return std::min(cols, static_cast<int>(std::ceil(firstCol + shownCols - 1e-9)));
}

QRectF MatrixBox::entryRect(Cell c) const
{
    const double down = c.row - firstRow;
    const double along = c.col - firstCol;
    if (across) {
        const double w = shownRows > 0 ? rect.width() / shownRows : 0.0;
        const double h = shownCols > 0 ? rect.height() / shownCols : 0.0;
        return {rect.left() + down * w, rect.top() + along * h, w, h};
    }
    const double w = shownCols > 0 ? rect.width() / shownCols : 0.0;
    const double h = shownRows > 0 ? rect.height() / shownRows : 0.0;
    return {rect.left() + along * w, rect.top() + down * h, w, h};
}

std::optional<Cell> MatrixBox::entryAt(QPointF point) const
{
    if (rows <= 0 || cols <= 0 || shownRows <= 0 || shownCols <= 0 || !rect.contains(point))
        return std::nullopt;
    double x = (point.x() - rect.left()) / rect.width();
    double y = (point.y() - rect.top()) / rect.height();
    if (across)
        std::swap(x, y);
    const Cell c{static_cast<int>(std::floor(firstRow + y * shownRows)),
                 static_cast<int>(std::floor(firstCol + x * shownCols))};
    if (c.row < 0 || c.col < 0 || c.row >= rows || c.col >= cols)
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
    const Sizes sizes{sizeOf(trace.problem.input), sizeOf(trace.problem.kernel),
                      trace.geometry.outputSize()};

    auto m = std::make_shared<MatrixLayout>();
    m->turn = detail::ease(frame.transpose);
    const bool turned = m->turn >= 1.0;
    const Room room = roomFor(layout, area, frame);
    const Names names = namesFor(trace, rows, cols, !turned);
    const QFontMetricsF titleMetrics(layout.titleFont);
    const QString outputTitle = sized("Output", sizes.out);
    const std::vector<Grids> plans{
        planGrids(Placement::Side, room, sizes, scale,
                  titleMetrics.horizontalAdvance(QStringLiteral("Output")) + titleBesideText),
        planGrids(Placement::Top, room, sizes, scale, 0.0)};

    m->indexFont = stageFont(style.fontFamily, indexFontSize.of(room.titleHeight, scale));
    const QFontMetricsF indexMetrics(m->indexFont);
    Parts parts;
    parts.op = operatorSide.of(room.titleHeight, scale);
    parts.title = room.titleHeight;
    // Standing, y's title must not reach back over x's; across, it has the title line.
    parts.yOverhang = titleMetrics.horizontalAdvance(names.yTitles.front()) / 2;
    parts.index = std::max(
        indexMetrics.horizontalAdvance(QString::number(std::max(rows, cols) - 1)) + indexPadding,
        titleMetrics.horizontalAdvance(QStringLiteral("x")) + titleBesideText + titleGap);
    parts.indexHeight = indexMetrics.height() + indexLinePadding;

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
    double contentTop = origin.y() + parts.indexHeight;
    if (choice.across)
        contentTop += e + parts.title;
    const double contentHeight = block.height() - (contentTop - origin.y());
    const double centreY = contentTop + contentHeight / 2;
    const double matrixLeft = origin.x() + parts.index;
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
    const QString inputTitle = sized("Input", in);
    const QString kernelTitle = sized("Kernel", kernel);
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
    specs.push_back({names.matrixTitles, m->slot, parts.indexHeight, false, false});
    specs.push_back({names.yTitles, m->output.rect, parts.indexHeight, false, true});
    specs.push_back({{QStringLiteral("x")}, m->input.rect, 0.0, choice.across, true});
    specs.push_back({{inputTitle, QStringLiteral("Input")}, layout.source.rect(), 0.0});
    if (kernel.w > 0)
        specs.push_back({{kernelTitle, QStringLiteral("Kernel")}, layout.kernel.rect(), 0.0});
    specs.push_back({{outputTitle, QStringLiteral("Output")}, layout.target.rect(), 0.0});
    const QRectF labelled = m->slot.adjusted(-parts.index, -parts.indexHeight, 0, 0);
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
