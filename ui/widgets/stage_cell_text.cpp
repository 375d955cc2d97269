#include "ui/widgets/stage_cell_text.h"

#include "core/channels.h"
#include "core/upsample.h"
#include "io/text.h"
#include "ui/render/matrix_frame.h"

#include <QCoreApplication>
#include <QStringList>

namespace convstep {
namespace {

constexpr int listedTerms = 12; // a longer sum ends in "+ … (n products)"
constexpr int listedProducts = 3; // a cell in more of a step's products is given a count

QString tr(const char *text)
{
    return QCoreApplication::translate("StageCellText", text);
}

QString place(Cell c)
{
    return tr("row %1, column %2").arg(c.row).arg(c.col);
}

QString operand(double v)
{
    return v < 0 ? QStringLiteral("(%1)").arg(numberText(v)) : numberText(v);
}

template<typename Matrix> bool holds(const Matrix &grid, Cell c)
{
    return c.row >= 0 && c.row < grid.rows() && c.col >= 0 && c.col < grid.cols();
}

bool within(Cell c, Pair size)
{
    return c.row >= 0 && c.row < size.h && c.col >= 0 && c.col < size.w;
}

// Whether the step on show is at or past `phase`'s first step (or the view has no such
// phase): the words take the step as done, so they do not change while it animates.
bool reached(const StageFrame &frame, Phase phase)
{
    for (const PhaseSpan &span : frame.trace->phases)
        if (span.phase == phase)
            return frame.step.index >= span.first;
    return true;
}

// Steps that multiply: their products are worth reading out cell by cell.
bool multiplies(Phase phase)
{
    return phase == Phase::Slide || phase == Phase::Row || phase == Phase::Scatter
        || phase == Phase::Interpolate;
}

// Steps that compute one output cell: its arithmetic is the step's.
bool gathers(Phase phase)
{
    return phase == Phase::Slide || phase == Phase::Row || phase == Phase::Interpolate;
}

// "3·1", or "0.25·4" for interpolation, which writes the weight first.
QString termText(const Mac &mac, Phase phase)
{
    return phase == Phase::Interpolate ? operand(mac.weight) + QChar(0xB7) + operand(mac.value)
                                       : operand(mac.value) + QChar(0xB7) + operand(mac.weight);
}

// The step's products as a sum, the bias last: "3·1 + 5·2 + 2·1".
QString sumText(const Trace &trace, const Step &step)
{
    const int count = static_cast<int>(step.macs.size());
    QStringList terms;
    for (int i = 0; i < count && i < listedTerms; ++i)
        terms << termText(step.macs[static_cast<size_t>(i)], step.phase);
    QString text = terms.isEmpty() ? QStringLiteral("0") : terms.join(QStringLiteral(" + "));
    if (count > listedTerms)
        text += QStringLiteral(" + ") + QChar(0x2026);
    const bool biased = step.phase == Phase::Slide || step.phase == Phase::Row;
    if (biased && trace.problem.bias != 0.0)
        text += QStringLiteral(" + ") + operand(trace.problem.bias);
    if (count > listedTerms)
        text += tr(" (%1 products)").arg(count);
    return text;
}

// The cell's part in the step: ", in this step: 5·2 = 10", a count when there are many, or
// `moved` (", used in this step") for the steps that only move values.
template<typename Picks> QString stepPart(const Step &step, const QString &moved, Picks picks)
{
    QStringList products;
    int count = 0;
    for (const Mac &mac : step.macs) {
        if (!picks(mac))
            continue;
        if (++count <= listedProducts)
            products << termText(mac, step.phase) + QStringLiteral(" = ") + numberText(mac.product);
    }
    if (count == 0)
        return {};
    if (!multiplies(step.phase))
        return moved;
    if (count > listedProducts)
        return tr(", in this step: %1 products").arg(count);
    return tr(", in this step: %1").arg(products.join(QStringLiteral("; ")));
}

// The step as a cell's grid shows it: of a channel problem, the products of the pair the grid
// belongs to (a row of a stack: that row's input channel).
Step shownStep(const StageFrame &frame, const StageCell &cell)
{
    if (!cell.channel)
        return frontPairFrame(frame).step;
    const ChannelPair pair = cellChannels(frame, cell);
    Step step = frame.step;
    step.macs = pairMacs(step.macs, pair.out, pair.in);
    return step;
}

// A channel problem's grids show the channels in front (or their row's): their values, their
// pair's products.
QString sourceText(const StageFrame &frame, const StageCell &at)
{
    const Cell cell = at.cell;
    const SourceCell source = channelSourceCell(*frame.trace, cell, cellChannels(frame, at).in);
    QString text;
    switch (source.kind) {
    case SourceKind::Input:
        text = tr("Input %1: %2").arg(place(*source.input), numberText(source.value));
        break;
    // The canvas has room for them from the start; their phase puts them there.
    case SourceKind::Padding:
        if (!reached(frame, Phase::Pad))
            return tr("Padding at %1: not added yet").arg(place(cell));
        text = tr("Padding at %1: %2").arg(place(cell), numberText(source.value));
        break;
    case SourceKind::InsertedZero:
        if (!reached(frame, Phase::InsertZeros))
            return tr("Inserted zero at %1: not inserted yet").arg(place(cell));
        text = tr("Inserted zero at %1: %2").arg(place(cell), numberText(source.value));
        break;
    case SourceKind::Upstream:
        text = tr("Upstream gradient %1: %2").arg(place(cell), numberText(source.value));
        break;
    }
    return text + stepPart(shownStep(frame, at), tr(", used in this step"), [&](const Mac &mac) {
               return mac.source == cell;
           });
}

// Max unpooling's middle grid: the pooled maxima, filled in by the pool phase.
QString pooledText(const StageFrame &frame, Cell cell)
{
    const Trace &trace = *frame.trace;
    const Step &step = frame.step;
    const bool pooling = step.phase == Phase::Pool; // the state is the pooled grid then
    const bool done =
        !pooling || (holds(frame.after->written, cell) && frame.after->written(cell.row, cell.col));
    if (!done)
        return tr("Pooled maximum %1: not pooled yet").arg(place(cell));
    const Cell best = blockMaximum(trace.problem, trace.geometry, cell);
    QString text =
        tr("Pooled maximum %1: %2, from input %3")
            .arg(place(cell), numberText(trace.problem.input(best.row, best.col)), place(best));
    if (step.focus && *step.focus == cell)
        text += pooling ? tr(", pooled in this step") : tr(", put back in this step");
    return text;
}

QString kernelText(const StageFrame &frame, const StageCell &at)
{
    const Cell cell = at.cell;
    const Trace &trace = *frame.trace;
    if (isUpsampling(trace.problem.op))
        return pooledText(frame, cell);
    // The zero-insertion view turns the kernel half round: cell (r, c) then shows element
    // (h − 1 − r, w − 1 − c), as kernelElementAt says once the turn has been painted.
    const bool turned = trace.view == View::ZeroInsertion && reached(frame, Phase::RotateKernel);
    const Pair size = sizeOf(trace.problem.kernel);
    const Cell k = turned ? Cell{size.h - 1 - cell.row, size.w - 1 - cell.col} : cell;
    const ChannelPair pair = cellChannels(frame, at);
    const QString weight = numberText(weightOf(trace.problem, pair.out, pair.in)(k.row, k.col));
    const QString text = turned ? tr("Kernel %1, turned 180°: %2").arg(place(k), weight)
                                : tr("Kernel %1: %2").arg(place(k), weight);
    return text + stepPart(shownStep(frame, at), tr(", used in this step"), [&](const Mac &mac) {
               return mac.kernel == k;
           });
}

QString targetText(const StageFrame &frame, Cell cell)
{
    const Trace &trace = *frame.trace;
    const Step &step = frame.step;
    const Cell origin = outputOrigin(trace);
    const Cell out{cell.row - origin.row, cell.col - origin.col};
    const bool output = within(out, trace.geometry.outputSize());
    const QString name = output ? tr("Output %1").arg(place(out))
                                : tr("Canvas %1, outside the output").arg(place(cell));
    const bool scatter = isScatter(trace);
    const GridState &state = *frame.after;
    const Cell at{out.row - state.offset.row, out.col - state.offset.col};
    // The scatter canvas keeps every cell until the crop; the state then holds the output.
    if (!output && !holds(state.written, at))
        return tr("%1: cropped away").arg(name);
    // In max unpooling's pool phase the state is the pooled grid, not the output.
    const bool known =
        step.phase != Phase::Pool && holds(state.written, at) && state.written(at.row, at.col);
    if (!known)
        return scatter ? tr("%1: no products yet").arg(name) : tr("%1: not computed yet").arg(name);
    const QString value = numberText(state.values(at.row, at.col));
    if (output && gathers(step.phase) && step.focus && *step.focus == out)
        return tr("%1, computed in this step: %2 = %3").arg(name, value, sumText(trace, step));
    QString text = tr("%1: %2").arg(name, value);
    if (scatter) {
        const int products = state.counts(at.row, at.col);
        text += products == 1 ? tr(", from 1 product") : tr(", from %1 products").arg(products);
    }
    return text + stepPart(step, tr(", written in this step"), [&](const Mac &mac) {
               return mac.target == cell;
           });
}

QString matrixName(const Trace &trace)
{
    return trace.problem.op == Op::ConvTranspose2d ? QStringLiteral("Cᵀ") : QStringLiteral("C");
}

QString matrixText(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
    const Step &step = frame.step;
    const int index = cell.cell.row;
    // The row of M (and entry of y) this step computes; −1 in no step's row.
    const int stepRow =
        step.phase == Phase::Row && step.focus ? convstep::stepRow(trace, step) : -1;
    switch (cell.role) {
    case GridRole::InputVector: {
        const Cell in = inputCellAt(trace, index);
        return tr("x[%1] = input %2: %3")
            .arg(index)
            .arg(place(in),
                 numberText(
                     inputChannel(trace.problem, inputChannelAt(trace, index))(in.row, in.col)));
    }
    case GridRole::OutputVector: {
        const Cell out = outputCellAt(trace, index);
        // A channel problem's y holds every output channel; frame.after is the step's.
        std::vector<GridState> channels;
        if (hasChannels(trace.problem))
            channels = channelStates(trace, step.index);
        const GridState &state = channels.empty()
            ? *frame.after
            : channels[static_cast<size_t>(outputChannelAt(trace, index))];
        const Cell at{out.row - state.offset.row, out.col - state.offset.col};
        const QString name = tr("y[%1] = output %2").arg(index).arg(place(out));
        if (!holds(state.written, at) || !state.written(at.row, at.col))
            return tr("%1: not computed yet").arg(name);
        const QString value = numberText(state.values(at.row, at.col));
        if (stepRow == index)
            return tr("%1, computed in this step: %2 = %3").arg(name, value, sumText(trace, step));
        return tr("%1: %2").arg(name, value);
    }
    case GridRole::MatrixEntry: {
        const Cell out = outputCellAt(trace, cell.cell.row);
        const Cell in = inputCellAt(trace, cell.cell.col);
        const std::vector<Mac> macs = matrixLinksOf(frame, cell);
        QString text = macs.empty()
            ? tr("%1 %2: 0, input %3 is outside the window of output %4")
                  .arg(matrixName(trace), place(cell.cell), qt(cellText(in)), qt(cellText(out)))
            : tr("%1 %2: %3, kernel %4 from input %5 to output %6")
                  .arg(matrixName(trace), place(cell.cell), numberText(macs.front().weight),
                       qt(cellText(macs.front().kernel)), qt(cellText(in)), qt(cellText(out)));
        if (stepRow == cell.cell.row)
            text += tr(", in this step's row");
        return text;
    }
    default:
        return {};
    }
}

} // namespace

QString stageCellText(const StageFrame &frame, StageCell cell)
{
    if (!frame.trace)
        return {};
    switch (cell.role) {
    case GridRole::Source:
        return sourceText(frame, cell);
    case GridRole::Kernel:
        return kernelText(frame, cell);
    case GridRole::Target:
        return targetText(frame, cell.cell);
    case GridRole::MatrixEntry:
    case GridRole::InputVector:
    case GridRole::OutputVector:
        return matrixText(frame, cell);
    }
    return {};
}

QString stageGridDescription(const StageFrame &frame, GridRole role)
{
    if (!frame.trace)
        return {};
    const Trace &trace = *frame.trace;
    const bool upsampling = isUpsampling(trace.problem.op);
    switch (role) {
    case GridRole::Source:
        return isScatter(trace) || upsampling || trace.view == View::Matrix
            ? tr("The input")
            : tr("The input as the kernel reads it, with its padding and inserted zeros");
    case GridRole::Kernel:
        return upsampling ? tr("The largest value of each block of the input, and where it was")
                          : tr("The kernel's weights");
    case GridRole::Target:
        return isScatter(trace)
            ? tr("The canvas the products are added onto; the output is the part the crop keeps")
            : tr("The output, filled in step by step");
    case GridRole::MatrixEntry:
        return tr("The operation as a matrix: row r makes output cell r and column c reads "
                  "input cell c, cells counted row by row");
    case GridRole::InputVector:
        return tr("The input flattened row by row");
    case GridRole::OutputVector:
        return tr("The output flattened row by row: y = %1·x").arg(matrixName(trace));
    }
    return {};
}

} // namespace convstep
