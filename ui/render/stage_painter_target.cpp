#include "ui/render/stage_painter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace convstep::detail {
namespace {

constexpr double mostContributionShade = 0.55; // accumulate colour on a full scatter cell
constexpr double addedPaddingShade = 0.25; // focus colour on cells output padding added
constexpr double cutFade = 0.7; // how far a cropped cell fades by the crop's end
constexpr double cutCover = 0.85; // the crop colour's opacity over it by then
constexpr double stampCover = 0.85; // a landed product's colour opacity at the step's end
constexpr double valueSwitch = 0.5; // progress at which a changing cell shows its new value
constexpr double leastMagnitude = 1e-12; // value colours of an all-zero output stay defined
// The dashed outline of the output on the scatter canvas: a share of the cell, in pixels.
constexpr double boundsPenShare = 0.05;
constexpr double boundsPenLeast = 1.5;
constexpr double boundsPenMost = 3.0;
// The focus cell's outline: a share of the cell, in pixels.
constexpr double focusPenShare = 0.07;
constexpr double focusPenLeast = 2.0;
constexpr double focusPenMost = 5.0;

// The most products any scatter-canvas cell can receive, so shading stays steady while the
// canvas fills.
int contributionCeiling(const Geometry &g)
{
    const auto axis = [](const AxisGeometry &a) {
        const int period = a.stride / std::gcd(a.stride, a.dilation);
        return std::max(1, std::min({a.kernel, a.in, (a.kernel + period - 1) / period}));
    };
    return axis(g.rows) * axis(g.cols);
}

bool isReshaping(Phase phase)
{
    return phase == Phase::Crop || phase == Phase::OutputPadding;
}

// Canvas cells the crop step cuts away: outside [cropBefore, cropEnd) on either axis.
bool croppedAway(const Geometry &g, Cell canvas)
{
    return canvas.row < g.rows.cropBefore || canvas.row >= g.rows.cropEnd
        || canvas.col < g.cols.cropBefore || canvas.col >= g.cols.cropEnd;
}

// What colours and labels the target's cells, fixed for one paint.
struct TargetShading
{
    const GridState &state; // the state on show (StagePainter::shownTarget)
    Cell origin; // the canvas cell of output cell (0, 0)
    bool scatter = false; // a scatter canvas: cells shaded by their contributions
    int ceiling = 1; // contributionCeiling
    double magnitude = 1.0; // the largest output value's size, for the value colours

    // Where cell (r, c) of the state sits on the target grid.
    Cell canvasCell(int r, int c) const
    {
        return Cell{r + state.offset.row + origin.row, c + state.offset.col + origin.col};
    }
};

TargetShading shadingFor(const StagePainter &s)
{
    const Trace &t = s.trace();
    return {s.shownTarget(), s.layout.outputOrigin, isScatter(t), contributionCeiling(t.geometry),
            std::max(outputChannel(t, frontChannels(s.frame).out).cwiseAbs().maxCoeff(),
                     leastMagnitude)};
}

// A cell's colour, without the focus: pending, shaded by contributions (scatter), the value
// colour (compact), or marked as added by output padding.
QColor targetFill(const StagePainter &s, const TargetShading &shading, int r, int c, Cell canvas)
{
    const GridState &state = shading.state;
    const StagePalette &palette = s.palette;
    const bool written = state.written(r, c);
    QColor fill = palette.pending;
    if (written && s.layout.compact)
        fill = valueColour(state.values(r, c), shading.magnitude, palette);
    else if (written && shading.scatter)
        fill = blend(palette.cell, palette.accumulate,
                     std::min(mostContributionShade * state.counts(r, c) / shading.ceiling,
                              mostContributionShade));
    else if (written)
        fill = palette.cell;
    if (s.frame.step.phase == Phase::OutputPadding && s.frame.progress >= 1.0) {
        const Cell before{canvas.row - shading.origin.row, canvas.col - shading.origin.col};
        if (before.row >= s.frame.before->values.rows()
            || before.col >= s.frame.before->values.cols())
            fill = blend(palette.padding, palette.focus, addedPaddingShade);
    }
    return fill;
}

// The number a cell shows, or none: the bias arrives halfway through its step, and a scatter
// canvas labels only the cells products have reached.
QString targetText(const StagePainter &s, const TargetShading &shading, int r, int c)
{
    const GridState &state = shading.state;
    const Phase phase = s.frame.step.phase;
    const bool shows = state.written(r, c) && !s.layout.compact
        && (!shading.scatter || state.counts(r, c) > 0 || isReshaping(phase)
            || phase == Phase::Bias);
    if (!shows)
        return QString();
    const bool biasing = phase == Phase::Bias && s.frame.progress < valueSwitch;
    return numberText(biasing ? s.frame.before->values(r, c) : state.values(r, c));
}

// The cell the step finishes: its value arrives with the step's progress.
void paintFocus(const StagePainter &s, const QRectF &rect, Cell cell)
{
    const StagePalette &palette = s.palette;
    if (s.frame.question) { // the value is what the learner predicts
        s.drawCell(rect, palette.focus, QStringLiteral("?"), textOn(palette.focus, palette));
        return;
    }
    s.drawCell(rect, palette.pending, QString(), palette.text);
    s.drawCell(rect, palette.focus, numberText(s.frame.after->values(cell.row, cell.col)),
               textOn(palette.focus, palette), ease(s.frame.progress));
}

bool isFocus(const StagePainter &s, const TargetShading &shading, Cell cell)
{
    return !shading.scatter && s.frame.step.focus && *s.frame.step.focus == cell;
}

// Cells too small to animate: one image, with the focus on top.
void paintTargetImage(const StagePainter &s, const TargetShading &shading)
{
    const GridState &state = shading.state;
    drawValueImage(s.p, s.shownTargetRect(), static_cast<int>(state.values.rows()),
                   static_cast<int>(state.values.cols()), [&](int r, int c) {
                       return targetFill(s, shading, r, c, shading.canvasCell(r, c));
                   });
    const std::optional<Cell> &focus = s.frame.step.focus;
    if (!shading.scatter && focus)
        paintFocus(s, s.layout.target.cellRect(*focus), *focus);
}

// One cell of the state; while `cropping`, a cell the crop cuts away fades under the crop
// colour.
void paintTargetCell(const StagePainter &s, const TargetShading &shading, int r, int c,
                     bool cropping)
{
    const Cell canvas = shading.canvasCell(r, c);
    const QRectF rect = s.layout.target.cellRect(canvas);
    if (isFocus(s, shading, {r, c})) {
        paintFocus(s, rect, {r, c});
        return;
    }
    const double progress = ease(s.frame.progress);
    const bool cutting = cropping && croppedAway(s.trace().geometry, canvas);
    const double opacity = cutting ? 1.0 - cutFade * progress : 1.0;
    s.drawCell(rect, targetFill(s, shading, r, c, canvas), targetText(s, shading, r, c),
               s.palette.text, opacity);
    if (cutting) {
        QColor cut = s.palette.cropped;
        cut.setAlphaF(static_cast<float>(cutCover * progress));
        s.p.fillRect(rect, cut);
    }
}

void paintTargetCells(const StagePainter &s, const TargetShading &shading, bool cropping)
{
    for (int r = 0; r < shading.state.values.rows(); ++r)
        for (int c = 0; c < shading.state.values.cols(); ++c)
            paintTargetCell(s, shading, r, c, cropping);
}

// The stamp: each product lands on its canvas cell, coloured by kernel element.
void paintStamp(const StagePainter &s)
{
    const StageFrame &frame = s.frame;
    const double progress = ease(frame.progress);
    for (const Mac &mac : frame.step.macs) {
        const QRectF rect = s.layout.target.cellRect(mac.target);
        QColor tint = kernelFill(s.kernelIndex(mac.kernel), frame.style.theme);
        tint.setAlphaF(static_cast<float>(stampCover * progress));
        s.p.fillRect(rect, tint);
        const GridState &shown = frame.progress < valueSwitch ? *frame.before : *frame.after;
        s.drawCell(rect, Qt::transparent, numberText(shown.values(mac.target.row, mac.target.col)),
                   s.palette.text);
        s.p.setOpacity(progress);
        s.drawCorner(rect,
                     (mac.product < 0 ? QString() : QStringLiteral("+")) + numberText(mac.product),
                     s.palette.text);
        s.p.setOpacity(1.0);
    }
}

// Where the output lies on the scatter canvas, so the crop never comes as a surprise.
void paintOutputBounds(const StagePainter &s)
{
    const Geometry &g = s.trace().geometry;
    const Cell origin = s.layout.outputOrigin;
    const QRectF output = s.layout.target.cellsRect(
        origin, {origin.row + g.rows.out - 1, origin.col + g.cols.out - 1});
    QPen pen(s.palette.focus,
             std::clamp(s.layout.cell * boundsPenShare, boundsPenLeast, boundsPenMost),
             Qt::DashLine);
    s.p.setPen(pen);
    s.p.setBrush(Qt::NoBrush);
    s.p.drawRect(output);
}

} // namespace

const GridState &StagePainter::shownTarget() const
{
    const bool reshaping = isReshaping(frame.step.phase);
    return reshaping && frame.progress < 1.0 ? *frame.before : *frame.after;
}

QRectF StagePainter::shownTargetRect() const
{
    const GridState &state = shownTarget();
    if (state.values.size() == 0)
        return layout.target.rect();
    const Cell first{state.offset.row + layout.outputOrigin.row,
                     state.offset.col + layout.outputOrigin.col};
    const Cell last{first.row + static_cast<int>(state.values.rows()) - 1,
                    first.col + static_cast<int>(state.values.cols()) - 1};
    return layout.target.cellsRect(first, last);
}

void StagePainter::paintTarget() const
{
    const TargetShading shading = shadingFor(*this);
    const Step &step = frame.step;
    const bool cropping = step.phase == Phase::Crop && frame.progress < 1.0;
    if (asImage(cropping))
        paintTargetImage(*this, shading);
    else
        paintTargetCells(*this, shading, cropping);
    // A question about the step shows neither where its products land nor, before a crop or
    // output padding, where the output lies.
    if (step.phase == Phase::Scatter && !frame.question)
        paintStamp(*this);
    if (shading.scatter && layout.target.rows > 0 && !(frame.question && isReshaping(step.phase)))
        paintOutputBounds(*this);
    if (!shading.scatter && step.focus)
        outline(layout.target.cellRect(*step.focus), palette.focus,
                std::clamp(layout.cell * focusPenShare, focusPenLeast, focusPenMost));
}

} // namespace convstep::detail
