#include "ui/render/matrix_frame.h"

#include "core/channels.h"
#include "core/links.h"
#include "core/narration.h"
#include "core/step_channels.h"
#include "io/text.h"

#include <QCoreApplication>

#include <algorithm>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MatrixView)
};

int inputCols(const Trace &trace)
{
    return static_cast<int>(trace.problem.input.cols());
}

int inputCells(const Trace &trace)
{
    return static_cast<int>(trace.problem.input.size());
}

int outputCells(const Trace &trace)
{
    const Pair out = trace.geometry.outputSize();
    return out.h * out.w;
}

// "(1, 0, 2)": channel, row, column.
std::string channelCellText(int channel, Cell cell)
{
    return "(" + std::to_string(channel) + ", " + std::to_string(cell.row) + ", "
        + std::to_string(cell.col) + ")";
}

QString subscript(int n)
{
    QString text = QString::number(n);
    for (QChar &c : text)
        if (c.isDigit())
            c = QChar(0x2080 + c.digitValue());
    return text;
}

// The products of the step writing row `row` of M (every row is a step) that `keep` wants.
template<typename Keep>
void appendRow(std::vector<Mac> &macs, const Trace &trace, int row, Keep keep)
{
    for (const Mac &mac : stepAt(trace, trace.phases.back().first + row).macs)
        if (keep(mac))
            macs.push_back(mac);
}

// A channel problem's links: a grid cell stands for its entry of the channels in front.
std::vector<Mac> channelLinksOf(const StageFrame &frame, StageCell cell);

} // namespace

int inputIndex(const Trace &trace, Cell in, int channel)
{
    return channel * inputCells(trace) + in.row * inputCols(trace) + in.col;
}

int outputIndex(const Trace &trace, Cell out, int channel)
{
    return channel * outputCells(trace) + out.row * trace.geometry.cols.out + out.col;
}

Cell inputCellAt(const Trace &trace, int index)
{
    const int local = index % inputCells(trace);
    return {local / inputCols(trace), local % inputCols(trace)};
}

Cell outputCellAt(const Trace &trace, int index)
{
    const int local = index % outputCells(trace);
    return {local / trace.geometry.cols.out, local % trace.geometry.cols.out};
}

int inputChannelAt(const Trace &trace, int index)
{
    return index / inputCells(trace);
}

int outputChannelAt(const Trace &trace, int index)
{
    return index / outputCells(trace);
}

int stepRow(const Trace &trace, const Step &step)
{
    return step.focus ? outputIndex(trace, *step.focus, step.focusChannel.value_or(0)) : 0;
}

int macRow(const Trace &trace, const Mac &mac)
{
    return outputIndex(trace, mac.out.value_or(Cell{}), mac.outChannel.value_or(0));
}

int macColumn(const Trace &trace, const Mac &mac)
{
    return inputIndex(trace, mac.input.value_or(Cell{}), mac.inChannel.value_or(0));
}

namespace {

std::vector<Mac> inputLinks(const Trace &trace, int column)
{
    // The output cells a cell reaches are the same in every output channel.
    const Cell in = inputCellAt(trace, column);
    std::vector<Cell> reached;
    for (const Mac &mac : macsFromInput(trace, in))
        if (mac.out && std::find(reached.begin(), reached.end(), *mac.out) == reached.end())
            reached.push_back(*mac.out);
    const ChannelShape s = channelShape(trace.problem);
    const int first = s.groupOfIn(inputChannelAt(trace, column)) * s.outPerGroup();
    std::vector<Mac> macs;
    for (int o = first; o < first + s.outPerGroup(); ++o)
        for (Cell out : reached)
            appendRow(macs, trace, outputIndex(trace, out, o),
                      [&](const Mac &m) { return m.input && macColumn(trace, m) == column; });
    return macs;
}

std::vector<Mac> channelLinksOf(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
    const StepChannels front = stepChannels(trace, frame.step);
    std::vector<Mac> macs;
    switch (cell.role) {
    case GridRole::InputVector:
        return inputLinks(trace, cell.cell.row);
    case GridRole::OutputVector:
        appendRow(macs, trace, cell.cell.row, [](const Mac &) { return true; });
        return macs;
    case GridRole::MatrixEntry:
        appendRow(macs, trace, cell.cell.row,
                  [&](const Mac &m) { return m.input && macColumn(trace, m) == cell.cell.col; });
        return macs;
    case GridRole::Source: {
        const SourceCell source = sourceCell(trace, cell.cell);
        return source.input ? inputLinks(trace, inputIndex(trace, *source.input, front.in)) : macs;
    }
    case GridRole::Target:
        return channelLinksOf(
            frame, {GridRole::OutputVector, {outputIndex(trace, cell.cell, front.out), 0}});
    case GridRole::Kernel: {
        const int rows = outputCells(trace);
        for (int r = 0; r < rows; ++r)
            appendRow(macs, trace, front.out * rows + r, [&](const Mac &m) {
                return m.inChannel == front.in && m.kernel == cell.cell;
            });
        return macs;
    }
    }
    return macs;
}

} // namespace

bool isMatrixRole(GridRole role)
{
    return role == GridRole::MatrixEntry || role == GridRole::InputVector
        || role == GridRole::OutputVector;
}

std::vector<Mac> matrixLinksOf(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
    if (hasChannels(trace.problem))
        return channelLinksOf(frame, cell);
    switch (cell.role) {
    case GridRole::InputVector:
        return macsFromInput(trace, inputCellAt(trace, cell.cell.row));
    case GridRole::OutputVector:
        return macsIntoOutput(trace, outputCellAt(trace, cell.cell.row));
    case GridRole::MatrixEntry: {
        std::vector<Mac> macs = macsIntoOutput(trace, outputCellAt(trace, cell.cell.row));
        const Cell in = inputCellAt(trace, cell.cell.col);
        std::erase_if(macs, [in](const Mac &m) { return m.input != in; });
        return macs;
    }
    default:
        return linksOf(frame, cell);
    }
}

QString weightSymbol(Cell element, Pair kernel)
{
    const QString between = std::max(kernel.h, kernel.w) > 10 ? QStringLiteral(",") : QString();
    return QStringLiteral("w") + subscript(element.row) + between + subscript(element.col);
}

QString weightSymbol(std::array<int, 2> weight, Cell element, Pair kernel)
{
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    const auto superscript = [](int n) {
        QString text = QString::number(n);
        for (QChar &c : text)
            c = superscripts[c.digitValue()];
        return text;
    };
    const QString between =
        std::max(weight[0], weight[1]) > 9 ? QStringLiteral("\u2009") : QString();
    return QStringLiteral("w") + superscript(weight[0]) + between + superscript(weight[1])
        + weightSymbol(element, kernel).mid(1);
}

QString indexedSymbol(QChar name, int index)
{
    return name + subscript(index);
}

QString matrixCellText(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
    const Problem &problem = trace.problem;
    const bool transposed = problem.op == Op::ConvTranspose2d;
    const bool channels = hasChannels(problem);
    // A channel problem's cells name their channel first: "(1, 0, 2)".
    const auto inText = [&](int index) {
        const Cell in = inputCellAt(trace, index);
        return channels ? qt(channelCellText(inputChannelAt(trace, index), in)) : qt(cellText(in));
    };
    const auto outText = [&](int index) {
        const Cell out = outputCellAt(trace, index);
        return channels ? qt(channelCellText(outputChannelAt(trace, index), out))
                        : qt(cellText(out));
    };
    const int index = cell.cell.row;
    switch (cell.role) {
    case GridRole::InputVector: {
        const Cell in = inputCellAt(trace, index);
        return Text::tr("x[%1] = input %2 = %3")
            .arg(index)
            .arg(inText(index),
                 numberText(inputChannel(problem, inputChannelAt(trace, index))(in.row, in.col)));
    }
    case GridRole::OutputVector: {
        const Cell out = outputCellAt(trace, index);
        const Grid &output = channels
            ? trace.outputs[static_cast<size_t>(outputChannelAt(trace, index))]
            : trace.output;
        return Text::tr("y[%1] = output %2 = %3")
            .arg(index)
            .arg(outText(index), numberText(output(out.row, out.col)));
    }
    case GridRole::MatrixEntry: {
        const int row = cell.cell.row;
        const int col = cell.cell.col;
        const bool fixed = isUpsampling(problem.op);
        const QString name = fixed ? QStringLiteral("U")
            : transposed           ? QStringLiteral("Cᵀ")
                                   : QStringLiteral("C");
        const std::vector<Mac> macs = matrixLinksOf(frame, cell);
        QString text = QStringLiteral("%1[%2, %3] = ").arg(name).arg(row).arg(col);
        const int outChannel = outputChannelAt(trace, row);
        const int inChannel = inputChannelAt(trace, col);
        const ChannelShape s = channelShape(problem);
        if (macs.empty() && s.groupOfOut(outChannel) != s.groupOfIn(inChannel))
            return text
                + Text::tr("0: input channel %1 is not in the group of output channel %2")
                      .arg(inChannel)
                      .arg(outChannel);
        if (macs.empty())
            return text
                + (fixed ? Text::tr("0: output %2 does not read input %1")
                         : Text::tr("0: input %1 is outside the window of output %2"))
                      .arg(inText(col), outText(row));
        const Mac &mac = macs.front();
        if (fixed)
            return text
                + Text::tr(
                      "%1, a fixed weight (nothing learns it)\noutput %2 += %1 · input %3 = %1 · "
                      "%4")
                      .arg(numberText(mac.weight), outText(row), inText(col),
                           numberText(mac.value));
        // A channel problem's kernel is one of the 4-D weight's: "W[1, 0] (0, 1)".
        QString kernel = qt(cellText(mac.kernel));
        if (channels) {
            const auto [lead, inner] = weightIndex(problem, outChannel, inChannel);
            kernel = QStringLiteral("W[%1, %2] %3").arg(lead).arg(inner).arg(kernel);
        }
        return text
            + Text::tr("%1, kernel %2\noutput %3 += kernel %2 · input %4 = %1 · %5")
                  .arg(numberText(mac.weight), kernel, outText(row), inText(col),
                       numberText(mac.value));
    }
    default:
        return {};
    }
}

} // namespace convstep
