#include "ui/render/stage_renderer.h"

#include "core/calculation.h"
#include "core/channels.h"
#include "core/narration.h"
#include "core/step_channels.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/render/stage_caption.h"
#include "ui/render/stage_painter.h"
#include "ui/render/stage_title.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace convstep {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stage)
};

using detail::StagePainter;

QRectF windowOf(const GridBox &box, const Step &step, bool targets)
{
    QRectF rect;
    for (const Mac &mac : step.macs)
        rect = rect.united(box.cellRect(targets ? mac.target : mac.source));
    return rect;
}

// Zero insertion spreads the input apart: where input cell (i, j) is drawn at this frame.
QRectF spreadInputRect(const StagePainter &s, Cell in, double spread)
{
    const Geometry &g = s.trace().geometry;
    const GridBox &box = s.layout.source;
    const auto axis = [&](const AxisGeometry &a, int i) {
        const double packed = a.zeroPadBefore + (a.dilatedInput - a.in) / 2.0 + i;
        const double spreadOut = a.zeroPadBefore + i * a.stride;
        return packed + (spreadOut - packed) * spread;
    };
    return {box.origin.x() + axis(g.cols, in.col) * box.cell,
            box.origin.y() + axis(g.rows, in.row) * box.cell, box.cell, box.cell};
}

void paintTitles(const StagePainter &s)
{
    s.p.setFont(s.layout.titleFont);
    s.p.setPen(s.palette.mutedText);
    const QFontMetricsF metrics(s.layout.titleFont);
    for (const GridBox *box : {&s.layout.source, &s.layout.kernel, &s.layout.target}) {
        if (box->cols == 0)
            continue;
        // The scatter canvas's title follows it as the crop cuts it down to the output.
        const QRectF r =
            box == &s.layout.target && isScatter(s.trace()) ? s.shownTargetRect() : box->rect();
        // Centred over its grid; the brief form when the full one is wider than about the grid
        // (elided only if even that does not fit); nudged only as far as needed to stay on the
        // stage (the caption spans its inner width).
        const double room = s.layout.captionRect.width();
        const double allowed =
            std::min(std::max(r.width() + box->cell * 1.4, metrics.averageCharWidth() * 8), room);
        const QString title = fittedTitle(*box, s.layout.titleFont, allowed);
        const double width = metrics.horizontalAdvance(title) + 1;
        const double left =
            std::clamp(r.center().x() - width / 2, s.layout.captionRect.left(),
                       std::max(s.layout.captionRect.left(), s.layout.captionRect.right() - width));
        const QRectF titleRect(left, r.top() - metrics.height() * 1.5, width,
                               metrics.height() * 1.3);
        s.p.drawText(titleRect, Qt::AlignLeft | Qt::AlignBottom, title);
    }
}

void paintOperators(const StagePainter &s)
{
    const bool scatter = isScatter(s.trace());
    QFont font = s.layout.titleFont;
    font.setBold(false);
    s.p.setPen(s.palette.mutedText);
    const auto between = [&](const GridBox &a, const GridBox &b, const QString &glyph) {
        const double left = a.deckRect().right();
        const double right = b.rect().left();
        // Sized by the cells, or beside an enlarged kernel by the gap it was given.
        const double unit =
            std::max(s.layout.cell, std::min((right - left) / 1.2, s.layout.kernel.cell));
        // A word ("max") is set smaller than a one-character operator.
        font.setPixelSize(std::max(10, static_cast<int>(unit * (glyph.size() > 1 ? 0.32 : 0.7))));
        s.p.setFont(font);
        const double y = (a.rect().center().y() + b.rect().center().y()) / 2;
        s.p.drawText(QRectF(left, y - unit, right - left, 2 * unit), Qt::AlignCenter, glyph);
    };
    const bool target = s.layout.target.cols > 0;
    if (s.layout.kernel.cols == 0) {
        if (target)
            between(s.layout.source, s.layout.target, QStringLiteral("→"));
        return;
    }
    if (isUpsampling(s.trace().problem.op))
        between(s.layout.source, s.layout.kernel, QStringLiteral("max"));
    else
        between(s.layout.source, s.layout.kernel,
                scatter ? QStringLiteral("×") : QStringLiteral("∗"));
    if (target)
        between(s.layout.kernel, s.layout.target, QStringLiteral("→"));
}

// A stack: each channel ∗ its kernel, and one arrow from the kernels to the target.
void paintRowOperators(const StagePainter &s)
{
    QFont font = s.layout.titleFont;
    font.setBold(false);
    font.setPixelSize(std::max(10, static_cast<int>(s.layout.cell * 0.7)));
    s.p.setFont(font);
    s.p.setPen(s.palette.mutedText);
    const double unit = s.layout.cell;
    double kernels = 0.0;
    for (const ChannelRow &row : s.layout.rows) {
        const QRectF a = row.source.rect();
        const QRectF b = row.kernel.rect();
        s.p.drawText(QRectF(a.right(), a.center().y() - unit, b.left() - a.right(), 2 * unit),
                     Qt::AlignCenter, QStringLiteral("∗"));
        kernels = std::max(kernels, b.right());
    }
    const QRectF target = s.layout.target.rect();
    if (s.layout.target.cols > 0)
        s.p.drawText(QRectF(kernels, target.center().y() - unit, target.left() - kernels, 2 * unit),
                     Qt::AlignCenter, QStringLiteral("→"));
}

// A step that spreads one source value over a block: the scatter of a transposed convolution,
// and of ∂L/∂y in the backward pass of a convolution.
bool spreadsOneValue(const Trace &trace)
{
    return isScatter(trace)
        || (trace.view == View::BackwardInput && trace.problem.op == Op::Conv2d);
}

// The source grid as the frame shows it, without the step's operands.
void paintSourceCells(const StagePainter &s)
{
    const Trace &trace = s.trace();
    const GridBox &box = s.layout.source;
    const bool zeroInsertion = trace.view == View::ZeroInsertion;
    const double padShown = phaseCompletion(s.frame, Phase::Pad);
    const double spread = detail::ease(phaseCompletion(s.frame, Phase::InsertZeros));
    // A channel problem shows the input channel in front.
    const int channel = frontChannels(s.frame).in;
    const auto sourceAt = [&](Cell at) { return channelSourceCell(trace, at, channel); };
    const double magnitude = inputChannel(trace.problem, channel).cwiseAbs().maxCoeff();

    s.p.save();
    s.p.setClipRect(box.rect().adjusted(-1, -1, 1, 1));
    // Zeros first, then the input on top: while zero insertion spreads the input apart, the
    // moving cells pass over the places the zeros will fill.
    const double zerosShown = zeroInsertion ? std::clamp((spread - 0.5) * 2.0, 0.0, 1.0) : 1.0;
    const auto settled = [](double shown) { return shown <= 0.0 || shown >= 1.0; };
    const bool image =
        s.asImage((zeroInsertion && spread < 1.0) || !settled(padShown) || !settled(zerosShown));
    if (image) {
        detail::drawValueImage(s.p, box.rect(), box.rows, box.cols, [&](int r, int c) {
            const SourceCell cell = sourceAt({r, c});
            if (cell.kind == SourceKind::Input || cell.kind == SourceKind::Upstream)
                return valueColour(cell.value, magnitude, s.palette);
            if (cell.kind == SourceKind::Padding)
                return padShown > 0.0 ? s.palette.padding : s.palette.background;
            return zerosShown > 0.0 ? s.palette.insertedZero : s.palette.background;
        });
    }
    for (int pass = 0; pass < (image ? 0 : 2); ++pass) {
        for (int r = 0; r < box.rows; ++r) {
            for (int c = 0; c < box.cols; ++c) {
                const SourceCell cell = sourceAt({r, c});
                const QRectF rect = box.cellRect({r, c});
                if (pass == 0 && cell.kind == SourceKind::Padding)
                    s.drawCell(rect, s.palette.padding, QStringLiteral("0"), s.palette.mutedText,
                               padShown);
                else if (pass == 0 && cell.kind == SourceKind::InsertedZero)
                    s.drawCell(rect, s.palette.insertedZero, QStringLiteral("0"),
                               s.palette.mutedText, zerosShown);
                else if (pass == 1
                         && (cell.kind == SourceKind::Input || cell.kind == SourceKind::Upstream)) {
                    const QColor fill = s.layout.compact
                        ? valueColour(cell.value, magnitude, s.palette)
                        : s.palette.cell;
                    const QRectF at =
                        zeroInsertion ? spreadInputRect(s, *cell.input, spread) : rect;
                    // Compact cells show no text: skip formatting a quarter million numbers.
                    s.drawCell(at, fill, s.layout.compact ? QString() : numberText(cell.value),
                               s.palette.text);
                }
            }
        }
    }
    s.p.restore();
}

// The current step's operands, tinted with their kernel element's colour.
void paintOperands(const StagePainter &s)
{
    const Trace &trace = s.trace();
    const GridBox &box = s.layout.source;
    const Step &step = s.frame.step;
    const double shown = s.frame.previous ? 1.0 : detail::ease(s.frame.progress);
    // Scatter, copy, place and unpool steps each spread one input value over a block.
    const bool oneOperand = spreadsOneValue(trace) || step.phase == Phase::Copy
        || step.phase == Phase::Place || step.phase == Phase::Unpool;
    if (oneOperand) {
        if (!step.macs.empty()) {
            const Cell operand = step.macs.front().source;
            const QRectF rect = box.cellRect(operand);
            const int channel = frontChannels(s.frame).in;
            s.drawCell(rect, s.palette.focus,
                       numberText(channelSourceCell(trace, operand, channel).value),
                       textOn(s.palette.focus, s.palette), shown);
            s.outline(rect, s.palette.focus, std::max(2.0, s.layout.cell * 0.06));
        }
        return;
    }
    for (const Mac &mac : step.macs) {
        const int element = s.kernelIndex(mac.kernel);
        const QRectF rect = box.cellRect(mac.source);
        const QColor fill = kernelFill(element, s.frame.style.theme);
        s.drawCell(rect, fill, numberText(mac.value), s.palette.text, shown);
        s.p.setOpacity(shown);
        s.drawCorner(rect, QStringLiteral("×") + numberText(mac.weight), s.palette.text);
        s.p.setOpacity(1.0);
    }
}

void paintWindow(const StagePainter &s)
{
    const Step &step = s.frame.step;
    if (step.macs.empty() || s.trace().view == View::Matrix)
        return;
    const bool scatter = spreadsOneValue(s.trace());
    const GridBox &box = scatter ? s.layout.target : s.layout.source;
    // On the scatter canvas the window is where the products land: the answer to predict.
    if (box.cols == 0 || (scatter && s.frame.question))
        return;
    QRectF rect = windowOf(box, step, scatter);
    if (s.frame.previous && !s.frame.previous->macs.empty())
        rect = detail::lerp(windowOf(box, *s.frame.previous, scatter), rect,
                            detail::ease(s.frame.progress));
    const double width = std::clamp(s.layout.cell * 0.08, 2.0, 6.0);
    s.p.setPen(QPen(s.palette.window, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    s.p.setBrush(Qt::NoBrush);
    s.p.drawRoundedRect(rect.adjusted(-width / 2, -width / 2, width / 2, width / 2), width, width);
}

void paintKernel(const StagePainter &stage)
{
    // The kernel's cells may be larger than the other grids' (StageLayout::kernelFont).
    StageLayout cells = stage.layout;
    cells.cell = cells.kernel.cell;
    cells.compact = cells.kernelCompact;
    cells.cellFont = cells.kernelFont;
    const StagePainter s{stage.p, stage.frame, cells, stage.palette, stage.visible};
    const Trace &trace = s.trace();
    const GridBox &box = s.layout.kernel;
    const double turn = trace.view == View::ZeroInsertion
        ? detail::ease(phaseCompletion(s.frame, Phase::RotateKernel))
        : 0.0;
    // A channel problem's kernel is the one joining the channels shown.
    const StepChannels channels = frontChannels(s.frame);
    const Grid &kernel = weightOf(trace.problem, channels.out, channels.in);
    const QPointF centre = box.rect().center();
    const double angle = std::numbers::pi * turn;
    for (int a = 0; a < box.rows; ++a) {
        for (int b = 0; b < box.cols; ++b) {
            // Cells orbit the kernel's centre; their numbers stay upright.
            const QRectF home = box.cellRect({a, b});
            const QPointF offset = home.center() - centre;
            const QPointF moved(offset.x() * std::cos(angle) - offset.y() * std::sin(angle),
                                offset.x() * std::sin(angle) + offset.y() * std::cos(angle));
            QRectF rect = home;
            rect.moveCenter(centre + moved);
            const int element = s.kernelIndex({a, b});
            s.drawCell(rect, kernelFill(element, s.frame.style.theme), numberText(kernel(a, b)),
                       s.palette.text);
        }
    }
    if (turn > 0.0 && turn < 1.0) {
        s.p.setFont(s.layout.titleFont);
        s.p.setPen(s.palette.window);
        s.p.drawText(box.rect().adjusted(0, box.rect().height(), 0, box.cell), Qt::AlignCenter,
                     QStringLiteral("↻ 180°"));
    }
}

void paintLinks(const StagePainter &s)
{
    if (s.frame.links.empty() && !s.frame.hover)
        return;
    const double width = std::clamp(s.layout.cell * 0.07, 1.5, 4.0);
    QColor fill = s.palette.link;
    fill.setAlphaF(0.22f);
    const auto mark = [&](const GridBox &box, Cell cell) {
        if (box.cols == 0)
            return;
        const QRectF rect = box.cellRect(cell);
        s.p.fillRect(rect, fill);
        s.outline(rect, s.palette.link, width);
    };
    for (const Mac &mac : s.frame.links) {
        mark(s.layout.source, mac.source);
        if (!isUpsampling(s.trace().problem.op))
            mark(s.layout.kernel, kernelElementAt(s.frame, mac.kernel));
        const Cell target = isScatter(s.trace()) ? mac.target
                                                 : Cell{mac.target.row + s.layout.outputOrigin.row,
                                                        mac.target.col + s.layout.outputOrigin.col};
        mark(s.layout.target, target);
    }
    if (s.frame.hover && s.layout.box(*s.frame.hover).cols > 0) {
        const GridBox &box = s.layout.box(*s.frame.hover); // in a stack: the cell's row
        s.outline(box.cellRect(s.frame.hover->cell), s.palette.window, width * 1.5);
    }
}

void paintSelection(const StagePainter &s)
{
    if (!s.frame.selection)
        return;
    const GridBox &box = s.layout.box(*s.frame.selection);
    if (box.cols == 0)
        return;
    const QRectF rect = box.cellRect(s.frame.selection->cell);
    QPen pen(s.palette.focus, std::clamp(s.layout.cell * 0.07, 1.5, 4.0), Qt::DashLine);
    s.p.setPen(pen);
    s.p.setBrush(Qt::NoBrush);
    s.p.drawRect(rect.adjusted(1, 1, -1, -1));
}

// Predict mode: the learner's answer on the target grid, and the cell the keyboard is on.
void paintQuestion(const StagePainter &s)
{
    const GridBox &box = s.layout.target;
    if (!s.frame.question || box.cols == 0)
        return;
    const auto inside = [&box](Cell c) {
        return c.row >= 0 && c.row < box.rows && c.col >= 0 && c.col < box.cols;
    };
    const double width = std::clamp(s.layout.cell * 0.08, 2.0, 5.0);
    QColor fill = s.palette.focus;
    fill.setAlphaF(0.4f);
    for (const Cell &cell : s.frame.question->picked) {
        if (!inside(cell))
            continue;
        const QRectF rect = box.cellRect(cell);
        s.p.fillRect(rect, fill);
        s.outline(rect, s.palette.focus, width);
    }
    const std::optional<Cell> &cursor = s.frame.question->cursor;
    if (cursor && inside(*cursor)) {
        s.p.setPen(QPen(s.palette.window, width * 1.3, Qt::DashLine));
        s.p.setBrush(Qt::NoBrush);
        s.p.drawRect(box.cellRect(*cursor).adjusted(width, width, -width, -width));
    }
}

// A stack of channels (StageLayout::rows): each row painted as the pair in front it is, with
// its own products and links; the target once, the pointer's and the selection's cells in
// their own row.
void paintRows(QPainter &painter, const StageFrame &frame, const StageLayout &layout,
               const StagePalette &palette, const QRectF &visible)
{
    const int out = frontChannels(frame).out;
    const auto rowFrame = [&](const ChannelRow &row) {
        StageFrame one = frame;
        one.frontIn = row.channel;
        one.frontOut = out;
        const auto mine = [&](const std::optional<StageCell> &cell) {
            const bool here = cell
                && (cell->role == GridRole::Target
                        ? &row == &layout.rows.front()
                        : cell->channel.value_or(layout.rows.front().channel) == row.channel);
            return here ? cell : std::nullopt;
        };
        one.hover = mine(frame.hover);
        one.selection = mine(frame.selection);
        return frontPairFrame(one);
    };
    const auto rowLayout = [&](const ChannelRow &row) {
        StageLayout one = layout;
        one.source = row.source;
        one.kernel = row.kernel;
        return one;
    };
    for (const ChannelRow &row : layout.rows) {
        StageLayout titles = rowLayout(row);
        if (&row != &layout.rows.front())
            titles.target.cols = 0; // one title over the target
        const StageFrame shown = rowFrame(row);
        paintTitles(StagePainter{painter, shown, titles, palette, visible});
    }
    paintRowOperators(StagePainter{painter, frame, layout, palette, visible});
    // The decks stand behind the last row and the target.
    const StageLayout decks = rowLayout(layout.rows.back());
    StagePainter{painter, frame, decks, palette, visible}.paintDecks();
    for (const ChannelRow &row : layout.rows) {
        const StageFrame shown = rowFrame(row);
        const StageLayout one = rowLayout(row);
        const StagePainter s{painter, shown, one, palette, visible};
        paintSourceCells(s);
        paintOperands(s);
        paintKernel(s);
        if (&row == &layout.rows.front() && layout.target.cols > 0)
            s.paintTarget();
    }
    StagePainter{painter, frame, decks, palette, visible}.outlineDeckFronts();
    for (const ChannelRow &row : layout.rows) {
        const StageFrame shown = rowFrame(row);
        const StageLayout one = rowLayout(row);
        const StagePainter s{painter, shown, one, palette, visible};
        paintWindow(s);
        paintLinks(s);
        paintSelection(s);
        if (&row == &layout.rows.front())
            paintQuestion(s);
    }
}

// Everything a frame paints before the step's own marks, in painting order: the background,
// the title band, the grids' titles, the operators, the decks and the source grid's cells.
// Consecutive frames of an export mostly share it (StageRenderer::paint(QImage &, …)).
void paintBackdrop(const StagePainter &s, const QRectF &area, const StageStyle &style)
{
    s.p.fillRect(area, s.palette.background);
    paintTitleBand(s.p, titleBand(area, style), s.palette);
    if (s.trace().view == View::Matrix)
        return;
    paintTitles(s);
    paintOperators(s);
    s.paintDecks();
    paintSourceCells(s);
}

// The rest of the frame, over the backdrop.
void paintForeground(const StagePainter &s, const StagePainter &whole)
{
    if (s.trace().view == View::Matrix) {
        s.paintMatrix();
    } else {
        paintOperands(s);
        if (isUpsampling(s.trace().problem.op)) {
            s.paintPooled();
            if (s.layout.target.cols > 0)
                s.paintUpsampleTarget();
        } else {
            paintKernel(s);
            if (s.layout.target.cols > 0)
                s.paintTarget();
        }
        s.outlineDeckFronts();
        paintWindow(s);
        paintLinks(s);
        paintSelection(s);
        paintQuestion(s);
    }
    paintCaption(whole);
}

void beginPainting(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
}

// What paintBackdrop() reads, gathered so that two frames with equal keys share one backdrop:
// the trace, the style, the image, the three grids' places, titles and decks, the fonts, and
// how far the source's padding and inserted zeros have come. Numbers are compared exactly.
struct BackdropKey
{
    std::shared_ptr<const Trace> trace; // held, so that its address is not reused
    QSize size;
    QImage::Format format = QImage::Format_Invalid;
    int theme = 0;
    int channel = 0;
    bool compact = false;
    QStringList texts;
    std::vector<double> numbers;
    std::vector<int> counts;
    std::vector<QFont> fonts;

    friend bool operator==(const BackdropKey &, const BackdropKey &) = default;
};

void addRect(std::vector<double> &numbers, const QRectF &rect)
{
    numbers.insert(numbers.end(), {rect.x(), rect.y(), rect.width(), rect.height()});
}

BackdropKey backdropKey(const StagePainter &s, const StageStyle &style, const QImage &image)
{
    BackdropKey key;
    key.trace = s.frame.trace;
    key.size = image.size();
    key.format = image.format();
    key.theme = static_cast<int>(style.theme);
    key.channel = frontChannels(s.frame).in;
    key.compact = s.layout.compact;
    key.texts << style.title << style.fontFamily;
    key.numbers = {style.fontScale, s.layout.cell, phaseCompletion(s.frame, Phase::Pad),
                   phaseCompletion(s.frame, Phase::InsertZeros)};
    addRect(key.numbers, s.layout.captionRect);
    if (isScatter(s.trace()))
        addRect(key.numbers, s.shownTargetRect());
    for (const GridBox *box : {&s.layout.source, &s.layout.kernel, &s.layout.target}) {
        key.texts << box->title << box->briefTitles << box->deckLabel;
        key.numbers.insert(key.numbers.end(),
                           {box->origin.x(), box->origin.y(), box->cell, box->deckStep});
        key.counts.insert(
            key.counts.end(),
            {box->rows, box->cols, box->deckCount, box->deckFront, box->deckBehind, box->deckMore});
        key.counts.push_back(static_cast<int>(box->deckUsed.size()));
        key.counts.insert(key.counts.end(), box->deckUsed.begin(), box->deckUsed.end());
    }
    key.fonts = {s.layout.cellFont, s.layout.kernelFont, s.layout.titleFont, s.layout.captionFont};
    return key;
}

// The bounding rectangle of the pixels of `image` that are not `background`.
QRect drawnRect(const QImage &image, QRgb background)
{
    int top = image.height(), bottom = -1, left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int x = 0;
        while (x < image.width() && line[x] == background)
            ++x;
        if (x == image.width())
            continue;
        int last = image.width() - 1;
        while (line[last] == background)
            --last;
        top = std::min(top, y);
        bottom = y;
        left = std::min(left, x);
        right = std::max(right, last);
    }
    return bottom < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

struct StageRenderer::Backdrop
{
    BackdropKey key;
    QImage image;
    QRect drawn; // where it differs from the plain background
};

StageRenderer::StageRenderer() = default;
StageRenderer::~StageRenderer() = default;
StageRenderer::StageRenderer(StageRenderer &&) noexcept = default;
StageRenderer &StageRenderer::operator=(StageRenderer &&) noexcept = default;

void StageRenderer::paint(QPainter &painter, const QRectF &area, const StageFrame &frame) const
{
    if (!frame.trace)
        return;
    // The grids draw the channels in front; the caption explains the whole step.
    const StageFrame shown = frontPairFrame(frame);
    // The decks mark every channel the step works on: laid out from the whole step.
    const StageLayout layout = layoutStage(area, frame);
    const QRectF visible = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
    const StagePainter s{painter, shown, layout, paletteFor(frame.style.theme), visible};
    const StagePainter whole{painter, frame, layout, s.palette, visible};
    painter.save();
    beginPainting(painter);
    if (!layout.rows.empty()) {
        painter.fillRect(area, s.palette.background);
        paintTitleBand(painter, titleBand(area, frame.style), s.palette);
        paintRows(painter, frame, layout, s.palette, visible);
        paintCaption(whole);
    } else {
        paintBackdrop(s, area, frame.style);
        paintForeground(s, whole);
    }
    painter.restore();
}

void StageRenderer::paint(QImage &image, const StageFrame &frame)
{
    QPainter painter(&image);
    const QRectF area(image.rect());
    if (!frame.trace || frame.trace->view == View::Matrix || image.isNull() || image.depth() != 32
        || image.devicePixelRatio() != 1.0) {
        m_backdrop.reset();
        paint(painter, area, frame);
        return;
    }
    const StageFrame shown = frontPairFrame(frame);
    const StageLayout layout = layoutStage(area, frame);
    // A stack of channel rows is painted whole (its backdrop would hold every row).
    if (!layout.rows.empty()) {
        m_backdrop.reset();
        paint(painter, area, frame);
        return;
    }
    const StagePainter s{painter, shown, layout, paletteFor(frame.style.theme), {}};
    const StagePainter whole{painter, frame, layout, s.palette, {}};
    BackdropKey key = backdropKey(s, frame.style, image);
    if (!m_backdrop || !(m_backdrop->key == key)) {
        m_backdrop.reset(); // a big stage's backdrop is megabytes: never two at once
        auto backdrop = std::make_unique<Backdrop>();
        backdrop->key = std::move(key);
        backdrop->image = QImage(image.size(), image.format());
        QPainter layer(&backdrop->image);
        beginPainting(layer);
        // The background as the painter leaves it, to find what else the backdrop holds.
        layer.fillRect(area, s.palette.background);
        const QRgb background = *reinterpret_cast<const QRgb *>(backdrop->image.constBits());
        paintBackdrop(StagePainter{layer, shown, layout, s.palette, {}}, area, frame.style);
        layer.end();
        backdrop->drawn = drawnRect(backdrop->image, background);
        m_backdrop = std::move(backdrop);
    }
    beginPainting(painter);
    painter.fillRect(area, s.palette.background);
    if (!m_backdrop->drawn.isEmpty()) {
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(m_backdrop->drawn.topLeft(), m_backdrop->image, m_backdrop->drawn);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    }
    paintForeground(s, whole);
}

} // namespace convstep
