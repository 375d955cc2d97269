#include "ui/render/stage_layout.h"

#include "core/channels.h"
#include "core/narration.h"
#include "core/step_channels.h"
#include "io/text.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_title.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stage)
};

struct Titles
{
    QString full;
    QStringList brief;
};

Titles sameTitles(const QString &title)
{
    return {title, {}};
}

// The backward views' grids are gradients: g = ∂L/∂y in, ∂L/∂x or ∂L/∂W out.
Titles backwardSourceTitles(const Trace &trace, Pair size)
{
    const Pair out = trace.geometry.outputSize();
    const QString g = QStringLiteral("∂L/∂y %1").arg(qt(sizeText(out)));
    if (size == out)
        return sameTitles(g);
    return {Text::tr("%1 on the canvas, %2").arg(g, qt(sizeText(size))),
            {QStringLiteral("∂L/∂y → %1").arg(qt(sizeText(size)))}};
}

Titles backwardTargetTitles(const Trace &trace, Pair size)
{
    const bool kernel = trace.view == View::BackwardKernel;
    const Pair result = sizeOf(trace.output);
    const QString made = QStringLiteral("%1 %2").arg(
        kernel ? QStringLiteral("∂L/∂W") : QStringLiteral("∂L/∂x"), qt(sizeText(result)));
    if (size == result)
        return sameTitles(made);
    return {Text::tr("Padded %1 → %2").arg(qt(sizeText(size)), made),
            {QStringLiteral("%1 → %2").arg(qt(sizeText(size)), qt(sizeText(result)))}};
}

// A channel problem's grids name the channel they show: "Input channel 1 of 3 (4×4)".
std::optional<StepChannels> shownChannels(const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    if (!hasChannels(trace.problem) || trace.view == View::Matrix)
        return std::nullopt;
    return frontChannels(frame);
}

// A grid brought to the front whose channel the step does not work on says so.
Titles aside(Titles titles, bool used)
{
    if (used)
        return titles;
    // The brief forms say it too, as long as one of them fits.
    const auto said = [](const QString &title) {
        return Text::tr("%1, not in this step").arg(title);
    };
    QStringList brief;
    for (const QString &form : titles.brief)
        brief.append(said(form));
    brief.append(titles.brief);
    return {said(titles.full), brief};
}

bool contains(const std::vector<int> &list, int channel)
{
    return std::find(list.begin(), list.end(), channel) != list.end();
}

Titles sourceTitles(const StageFrame &frame, Pair size)
{
    const Trace &trace = *frame.trace;
    if (isBackward(trace.view)
        && !(trace.view == View::BackwardKernel && trace.problem.op == Op::Conv2d))
        return backwardSourceTitles(trace, size);
    const Pair input = sizeOf(trace.problem.input);
    const QString in = qt(sizeText(input));
    const QString shown = qt(sizeText(size));
    if (const auto channels = shownChannels(frame)) {
        const QString channel = QString::number(channels->in);
        const QString count = QString::number(channelShape(trace.problem).in);
        const QString whole = Text::tr("Input channel %1 of %2 (%3)").arg(channel, count, in);
        const bool used = contains(channels->ins, channels->in);
        if (size == input)
            return aside(
                {whole,
                 {Text::tr("Input channel %1").arg(channel), Text::tr("Channel %1").arg(channel)}},
                used);
        const bool inserted = trace.view == View::ZeroInsertion;
        return aside({inserted ? Text::tr("%1, zeros inserted and padded → %2").arg(whole, shown)
                               : Text::tr("%1, padded → %2").arg(whole, shown),
                      {Text::tr("Input channel %1 → %2").arg(channel, shown),
                       inserted ? Text::tr("Zero-inserted channel %1").arg(channel)
                                : Text::tr("Padded channel %1").arg(channel),
                       Text::tr("Channel %1").arg(channel)}},
                     used);
    }
    if (size == input)
        return sameTitles(Text::tr("Input %1").arg(in));
    const QString how = trace.view == View::ZeroInsertion ? Text::tr("zeros inserted and padded")
                                                          : Text::tr("padded");
    const QString brief =
        trace.view == View::ZeroInsertion ? Text::tr("Zero-inserted %1") : Text::tr("Padded %1");
    return {Text::tr("Input %1, %2 → %3").arg(in, how, shown),
            {Text::tr("Input %1 → %2").arg(in, shown), brief.arg(shown), shown}};
}

Titles targetTitles(const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    const Pair out = trace.geometry.outputSize();
    const auto channels = shownChannels(frame);
    const QString channel = channels ? QString::number(channels->out) : QString();
    const QString output = channels
        ? Text::tr("Output channel %1 of %2 (%3)")
              .arg(channel, QString::number(channelShape(trace.problem).out), qt(sizeText(out)))
        : Text::tr("Output %1").arg(qt(sizeText(out)));
    const QStringList brief = channels ? QStringList{Text::tr("Output channel %1").arg(channel),
                                                     Text::tr("Channel %1").arg(channel)}
                                       : QStringList{};
    const bool used = !channels || contains(channels->outs, channels->out);
    if (!isScatter(trace))
        return aside({output, brief}, used);
    const Pair full{trace.geometry.rows.full, trace.geometry.cols.full};
    if (full == out && trace.geometry.rows.cropBefore == 0 && trace.geometry.cols.cropBefore == 0)
        return aside({output, brief}, used);
    if (channels)
        return aside({Text::tr("Canvas %1 → output channel %2 (%3)")
                          .arg(qt(sizeText(full)), channel, qt(sizeText(out))),
                      {Text::tr("Canvas %1 → channel %2").arg(qt(sizeText(full)), channel),
                       Text::tr("Channel %1").arg(channel)}},
                     used);
    return {Text::tr("Canvas %1 → output %2").arg(qt(sizeText(full)), qt(sizeText(out))),
            {Text::tr("Canvas %1 → %2").arg(qt(sizeText(full)), qt(sizeText(out)))}};
}

Titles kernelTitles(const StageFrame &frame, Pair size)
{
    const QString sized = qt(sizeText(size));
    if (isUpsampling(frame.trace->problem.op))
        return sameTitles(Text::tr("Pooled maxima %1").arg(sized));
    const bool rotated = frame.trace->view == View::ZeroInsertion
        && phaseCompletion(frame, Phase::RotateKernel) >= 1.0;
    if (const auto channels = shownChannels(frame)) {
        // The weight's index in PyTorch's layout: W[out, in] for conv2d, W[in, out] transposed.
        const auto index = weightIndex(frame.trace->problem, channels->out, channels->in);
        const QString weight = QStringLiteral("W[%1, %2]").arg(index[0]).arg(index[1]);
        const QString kernel = Text::tr("Kernel %1 (%2)").arg(weight, sized);
        const bool used = usesFront(*channels);
        if (rotated)
            return aside({Text::tr("%1, rotated 180°").arg(kernel),
                          {Text::tr("Rotated %1").arg(weight), weight}},
                         used);
        return aside({kernel, {Text::tr("Kernel %1").arg(weight), weight}}, used);
    }
    const QString kernel = Text::tr("Kernel %1").arg(sized);
    if (rotated)
        return {Text::tr("%1, rotated 180°").arg(kernel), {Text::tr("Rotated kernel"), kernel}};
    return sameTitles(kernel);
}

// A deck shows a few tiles behind its grid; more would only crowd the stage.
constexpr int deckTiles = 3;
constexpr double deckStepCells = 0.2;
constexpr double deckMinStepPixels = 4.0; // visible beside compact grids too

// The deck behind a grid of a channel problem: its channels (or kernels), the one in front
// and those the step works on.
void setDeck(GridBox &box, const StageFrame &frame)
{
    const auto channels = shownChannels(frame);
    const Problem &problem = frame.trace->problem;
    if (!channels || isUpsampling(problem.op) || isBackward(frame.trace->view) || box.cols == 0)
        return;
    const ChannelShape s = channelShape(problem);
    const auto kernelOf = [&](int out, int in) {
        const auto index = weightIndex(problem, out, in);
        return index[0] * s.inner + index[1];
    };
    box.deckUsed.clear();
    switch (box.role) {
    case GridRole::Source:
        box.deckCount = s.in;
        box.deckFront = channels->in;
        box.deckUsed = channels->ins;
        box.deckLabel = Text::tr("%n input channels", nullptr, s.in);
        break;
    case GridRole::Kernel:
        box.deckCount = s.lead * s.inner;
        box.deckFront = kernelOf(channels->out, channels->in);
        for (int out : channels->outs)
            for (int in : channels->ins)
                if (s.groupOfOut(out) == s.groupOfIn(in))
                    box.deckUsed.push_back(kernelOf(out, in));
        box.deckLabel = Text::tr("%n kernels", nullptr, box.deckCount);
        break;
    default:
        box.deckCount = s.out;
        box.deckFront = channels->out;
        box.deckUsed = channels->outs;
        box.deckLabel = Text::tr("%n output channels", nullptr, s.out);
        break;
    }
    if (box.deckCount <= 1) {
        box.deckLabel.clear();
        box.deckUsed.clear();
        return;
    }
    // A channel brought to the front that the step does not work on: said under the deck too,
    // where a narrow grid's title has no room for it.
    const bool used = box.role == GridRole::Source ? contains(channels->ins, channels->in)
        : box.role == GridRole::Kernel             ? usesFront(*channels)
                                                   : contains(channels->outs, channels->out);
    if (!used)
        box.deckLabel = Text::tr("not in this step");
    box.deckBehind = std::min(box.deckCount - 1, deckTiles);
    box.deckMore = box.deckCount - 1 - box.deckBehind;
}

} // namespace

QRectF GridBox::deckRect() const
{
    const double shift = deckBehind * deckStep;
    return rect().adjusted(0, 0, shift, shift);
}

std::optional<int> GridBox::deckChannelAt(QPointF point) const
{
    if (deckBehind == 0 || cols == 0)
        return std::nullopt;
    // Each tile shows the strip right of and below the one before it (the grid: tile 0).
    QRectF before = rect();
    for (int i = 1; i <= deckBehind; ++i) {
        const QRectF tile = rect().translated(i * deckStep, i * deckStep);
        if (tile.contains(point) && !before.contains(point))
            return (deckFront + i) % deckCount;
        before = tile;
    }
    return std::nullopt;
}

QString fittedTitle(const GridBox &box, const QFont &font, double room)
{
    const QFontMetricsF metrics(font);
    QString chosen = box.title;
    for (const QString &brief : box.briefTitles) {
        if (metrics.horizontalAdvance(chosen) <= room)
            break;
        chosen = brief;
    }
    return metrics.elidedText(chosen, Qt::ElideRight, room);
}

QRectF GridBox::cellRect(Cell c) const
{
    return {origin.x() + c.col * cell, origin.y() + c.row * cell, cell, cell};
}

QRectF GridBox::cellsRect(Cell first, Cell last) const
{
    return cellRect(first).united(cellRect(last));
}

std::optional<Cell> GridBox::cellAt(QPointF point) const
{
    if (cell <= 0.0 || !rect().contains(point))
        return std::nullopt;
    const Cell c{static_cast<int>((point.y() - origin.y()) / cell),
                 static_cast<int>((point.x() - origin.x()) / cell)};
    if (c.row < 0 || c.row >= rows || c.col < 0 || c.col >= cols)
        return std::nullopt;
    return c;
}

const GridBox &StageLayout::box(GridRole role) const
{
    return role == GridRole::Source ? source : role == GridRole::Kernel ? kernel : target;
}

std::optional<StageCell> StageLayout::hitTest(QPointF point) const
{
    if (matrix)
        if (auto c = hitTestMatrix(*matrix, point))
            return c;
    for (const ChannelRow &row : rows)
        for (const GridBox *b : {&row.source, &row.kernel})
            if (auto c = b->cellAt(point))
                return StageCell{b->role, *c, row.channel};
    for (const GridBox *b : {&source, &kernel, &target})
        if (auto c = b->cellAt(point))
            return StageCell{b->role, *c};
    return std::nullopt;
}

const GridBox &StageLayout::box(const StageCell &cell) const
{
    if (cell.channel && cell.role != GridRole::Target)
        for (const ChannelRow &row : rows)
            if (row.channel == *cell.channel)
                return cell.role == GridRole::Source ? row.source : row.kernel;
    return box(cell.role);
}

std::optional<DeckTile> StageLayout::deckTileAt(QPointF point) const
{
    if (matrix)
        return std::nullopt;
    for (const ChannelRow &row : rows)
        for (const GridBox *b : {&row.source, &row.kernel})
            if (auto channel = b->deckChannelAt(point))
                return DeckTile{b->role, *channel};
    for (const GridBox *b : {&source, &kernel, &target})
        if (auto channel = b->deckChannelAt(point))
            return DeckTile{b->role, *channel};
    return std::nullopt;
}

namespace {

// A share of the cell, and in cells big enough for numbers (22 px and up) at least the legible
// 11 px.
double cellFontPixels(double side, double scale)
{
    return std::clamp(std::max(side * 0.36, std::min(side * 0.5, 11.0)), 7.0, 30.0 * scale);
}

struct StageRoom
{
    double margin = 0.0;
    double titleHeight = 0.0;
    double captionHeight = 0.0;
    double gapCells = 0.0;
};

constexpr double rowGapCells = 0.4; // between one row's grids and the next row's titles

// A conv2d step reading several input channels (a group of more than one): every channel in a
// row of its own with its kernel, when the cells keep their numbers at this size. A channel
// brought to the front keeps the front pair and its decks.
void stackChannelRows(StageLayout &layout, const QRectF &area, const StageFrame &frame,
                      const StageRoom &room)
{
    const Trace &trace = *frame.trace;
    if (trace.view != View::Direct || trace.problem.op != Op::Conv2d || !hasChannels(trace.problem)
        || frame.frontIn || frame.frontOut || layout.kernel.cols == 0)
        return;
    const StepChannels channels = stepChannels(trace, frame.step);
    const int n = static_cast<int>(channels.ins.size());
    if (n < 2)
        return;
    const double scale = frame.style.fontScale;
    const Pair source{layout.source.rows, layout.source.cols};
    const Pair kernel{layout.kernel.rows, layout.kernel.cols};
    const Pair target{layout.target.rows, layout.target.cols};
    GridBox &t = layout.target;
    const int gaps = target.w > 0 ? 2 : 1;
    // The decks of the source and kernel stand behind the last row, the target's behind it.
    const int sDeck = layout.source.deckBehind;
    const int kDeck = layout.kernel.deckBehind;
    const int tDeck = t.deckBehind;
    const int rowDeck = std::max(sDeck, kDeck);
    // Each row has its titles over it: room for the title font's line and a half.
    const double titleSpace =
        std::max(room.titleHeight, 1.6 * QFontMetricsF(layout.titleFont).height());
    const double deckLabel = sDeck + kDeck + tDeck > 0 ? room.titleHeight : 0.0;
    const double usableWidth = area.width() - 2 * room.margin;
    const double usableHeight =
        area.height() - 2 * room.margin - room.captionHeight - titleSpace - deckLabel;
    const int rowCells = std::max(source.h, kernel.h);
    const double stackCells = n * rowCells + (n - 1) * rowGapCells + rowDeck * deckStepCells;
    const int decks = sDeck + kDeck + tDeck;
    double cell = std::min(
        {(usableWidth - decks * deckMinStepPixels)
             / (source.w + kernel.w + target.w + gaps * room.gapCells + decks * deckStepCells),
         (usableHeight - (n - 1) * titleSpace - rowDeck * deckMinStepPixels) / stackCells,
         (usableHeight - tDeck * deckMinStepPixels)
             / std::max(target.h + tDeck * deckStepCells, 1.0),
         96.0 * scale});
    if (cell < compactCellPixels * scale)
        return;

    const double step = std::max(deckStepCells * cell, deckMinStepPixels);
    const double contentWidth = (source.w + kernel.w + target.w) * cell + decks * step;
    const double gap =
        std::min(std::max(room.gapCells * cell, (usableWidth - contentWidth) / gaps * 0.5),
                 4 * room.gapCells * cell);
    const double left = area.left() + (area.width() - contentWidth - gaps * gap) / 2;
    const double kernelLeft = left + source.w * cell + sDeck * step + gap;
    const double rowPitch = rowCells * cell + rowGapCells * cell + titleSpace;
    const double stackHeight = n * rowPitch - rowGapCells * cell - titleSpace + rowDeck * step;
    const double top = area.top() + room.margin + titleSpace + (usableHeight - stackHeight) / 2;
    const ChannelShape shape = channelShape(trace.problem);
    // Every row's grids without decks, but the last row's, whose decks front its channel.
    const auto placed = [&](GridBox box, QPointF origin, const Titles &titles, int front) {
        box.origin = origin;
        box.cell = cell;
        box.title = titles.full;
        box.briefTitles = titles.brief;
        if (front < 0) {
            box.deckBehind = 0;
            box.deckMore = 0;
            box.deckUsed.clear();
            box.deckLabel.clear();
        } else {
            box.deckFront = front;
        }
        box.deckStep = box.deckBehind > 0 ? step : 0.0;
        return box;
    };
    layout.rows.clear();
    for (int r = 0; r < n; ++r) {
        StageFrame shown = frame;
        const int channel = channels.ins[static_cast<size_t>(r)];
        shown.frontIn = channel;
        shown.frontOut = channels.out;
        const bool last = r == n - 1;
        const auto weight = weightIndex(trace.problem, channels.out, channel);
        const double y = top + r * rowPitch;
        layout.rows.push_back(
            {channel,
             placed(layout.source, {left, y + (rowCells - source.h) * cell / 2},
                    sourceTitles(shown, source), last ? channel : -1),
             placed(layout.kernel, {kernelLeft, y + (rowCells - kernel.h) * cell / 2},
                    kernelTitles(shown, kernel), last ? weight[0] * shape.inner + weight[1] : -1)});
    }
    layout.source = layout.rows.front().source;
    layout.kernel = layout.rows.front().kernel;
    t.cell = cell;
    t.deckStep = tDeck > 0 ? step : 0.0;
    t.origin = {kernelLeft + kernel.w * cell + kDeck * step + gap,
                top + (stackHeight - target.h * cell - tDeck * step) / 2};
    layout.cell = cell;
    layout.compact = false;
    layout.kernelCompact = false;
    layout.cellFont = stageFont(frame.style.fontFamily, cellFontPixels(cell, scale));
    layout.kernelFont = layout.cellFont;
}

} // namespace

static StageLayout layoutGrids(const QRectF &area, const StageFrame &frame)
{
    const Trace &trace = *frame.trace;
    const Geometry &g = trace.geometry;
    StageLayout layout;

    const Pair source = sourceSize(trace);
    // The upsampling ops have no kernel; max unpooling shows its pooled grid in that place.
    const bool upsampling = isUpsampling(trace.problem.op);
    const Pair kernel = !upsampling           ? sizeOf(trace.problem.kernel)
        : trace.problem.op == Op::MaxUnpool2d ? Pair{g.rows.pooled, g.cols.pooled}
                                              : Pair{0, 0};
    Pair target = g.outputSize();
    layout.outputOrigin = outputOrigin(trace);
    if (isScatter(trace)) {
        target = {std::max(g.rows.full, g.rows.cropBefore + g.rows.out),
                  std::max(g.cols.full, g.cols.cropBefore + g.cols.out)};
    }
    // A backward view's target is the gradient it builds (for ∂L/∂x of a convolution, the
    // padded input's gradient that the crop cuts to ∂L/∂x).
    if (isBackward(trace.view))
        target = sizeOf(stateAfter(trace, -1).values);
    if (!frame.showTarget && trace.view != View::Matrix)
        target = {0, 0};
    const int gaps = (kernel.w > 0 ? 1 : 0) + (target.w > 0 ? 1 : 0);
    // A channel problem's decks: the tiles behind each grid, and a line for their labels.
    for (auto [box, role] :
         {std::pair{&layout.source, GridRole::Source}, std::pair{&layout.kernel, GridRole::Kernel},
          std::pair{&layout.target, GridRole::Target}}) {
        box->role = role;
        box->cols = (role == GridRole::Source       ? source
                         : role == GridRole::Kernel ? kernel
                                                    : target)
                        .w;
        setDeck(*box, frame);
    }
    const double deckCells =
        (layout.source.deckBehind + layout.kernel.deckBehind + layout.target.deckBehind)
        * deckStepCells;
    const int deepest =
        std::max({layout.source.deckBehind, layout.kernel.deckBehind, layout.target.deckBehind});
    const double deckDepth = deepest * deckStepCells;
    // Room for the tiles' least steps, whatever the cells become.
    const double deckPixels =
        (layout.source.deckBehind + layout.kernel.deckBehind + layout.target.deckBehind)
        * deckMinStepPixels;
    const double deckDepthPixels = deepest * deckMinStepPixels;

    const double scale = frame.style.fontScale;
    const double captionHeight =
        frame.caption ? std::min(area.height() * 0.28, 150.0 * scale) : 0.0;
    const double titleHeight = std::clamp(area.height() * 0.05, 14.0, 34.0) * scale;
    const double margin = std::clamp(std::min(area.width(), area.height()) * 0.03, 6.0, 32.0);

    // Cells share the width with two operator gaps; the tallest grid bounds the height.
    const double gapCells = 1.6;
    const double widthCells = source.w + kernel.w + target.w + gaps * gapCells + deckCells;
    const double usableWidth = area.width() - 2 * margin;
    const double deckLabelHeight = deckDepth > 0 ? titleHeight : 0.0;
    const double usableHeight =
        area.height() - 2 * margin - titleHeight - captionHeight - deckLabelHeight;
    const double tallest = std::max({source.h, kernel.h, target.h}) + deckDepth;
    double cell = std::min((usableWidth - deckPixels) / widthCells,
                           (usableHeight - deckDepthPixels) / tallest);
    // Below a pixel for the biggest canvases (4096 cells a side): they are painted as images.
    cell = std::clamp(cell, 0.01, 96.0 * scale);
    // Beside compact grids, a small kernel (what every step multiplies by) keeps cells big
    // enough for its numbers, with real gaps for the operators, if the other grids keep at
    // least half their size: they show colours either way, and a kernel of specks shows nothing.
    double kernelCell = cell;
    double minGap = 0.0;
    if (!upsampling && kernel.w > 0 && cell < compactCellPixels * scale) {
        const double wanted =
            std::min({36.0 * scale, usableHeight / kernel.h, usableWidth * 0.25 / kernel.w});
        const double gapPixels = 28.0 * scale;
        const double shared =
            std::min((usableWidth - deckPixels - kernel.w * wanted - gaps * gapPixels)
                         / (source.w + target.w),
                     usableHeight / std::max(source.h, target.h));
        if (wanted > cell && shared >= cell * 0.5) {
            cell = std::max(shared, 0.01);
            kernelCell = wanted;
            minGap = gapPixels;
        }
    }
    layout.cell = cell;
    layout.compact = cell < compactCellPixels * scale;
    layout.kernelCompact = kernelCell < compactCellPixels * scale;

    // Centre the whole row of grids; when the cell cap leaves room, widen the gaps a little.
    const auto deckStep = [](double side) {
        return std::max(deckStepCells * side, deckMinStepPixels);
    };
    const double deckWidth = (layout.source.deckBehind + layout.target.deckBehind) * deckStep(cell)
        + layout.kernel.deckBehind * deckStep(kernelCell);
    const double contentWidth = (source.w + target.w) * cell + kernel.w * kernelCell + deckWidth;
    const double gap = std::max(
        minGap,
        std::min(std::max(gapCells * cell, (usableWidth - contentWidth) / std::max(gaps, 1) * 0.5),
                 4 * gapCells * cell));
    double x = area.left() + (area.width() - contentWidth - gaps * gap) / 2;
    const double gridsTop = area.top() + margin + titleHeight;
    const double gridsHeight = usableHeight;
    auto place = [&](GridBox &b, GridRole role, Pair size, double side, const Titles &titles) {
        b.role = role;
        b.cell = side;
        b.rows = size.h;
        b.cols = size.w;
        b.title = titles.full;
        b.briefTitles = titles.brief;
        b.deckStep = b.deckBehind > 0 ? deckStep(side) : 0.0;
        const double deck = b.deckBehind * b.deckStep;
        b.origin = {x, gridsTop + (gridsHeight - size.h * side - deck) / 2};
        if (size.w > 0)
            x += size.w * side + deck + gap;
    };
    place(layout.source, GridRole::Source, source, cell, sourceTitles(frame, source));
    place(layout.kernel, GridRole::Kernel, kernel, kernelCell, kernelTitles(frame, kernel));
    place(layout.target, GridRole::Target, target, cell,
          isBackward(trace.view) ? backwardTargetTitles(trace, target) : targetTitles(frame));

    layout.captionRect = QRectF(area.left() + margin, area.bottom() - margin - captionHeight,
                                area.width() - 2 * margin, captionHeight);
    layout.cellFont = stageFont(frame.style.fontFamily, cellFontPixels(cell, scale));
    layout.kernelFont = stageFont(frame.style.fontFamily, cellFontPixels(kernelCell, scale));
    layout.titleFont = stageFont(frame.style.fontFamily, std::max(titleHeight * 0.55, 11.0),
                                 true); // legible when short
    layout.captionFont =
        stageFont(frame.style.fontFamily, std::clamp(captionHeight * 0.17, 10.0, 22.0 * scale));
    if (trace.view == View::Matrix)
        layoutMatrix(layout, area, frame);
    else
        stackChannelRows(layout, area, frame, {margin, titleHeight, captionHeight, gapCells});
    return layout;
}

StageLayout layoutStage(const QRectF &area, const StageFrame &frame)
{
    return layoutGrids(belowTitleBand(area, frame.style), frame);
}

} // namespace convstep
