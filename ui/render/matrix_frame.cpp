#include "ui/render/matrix_frame.h"

#include "core/links.h"
#include "core/narration.h"
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

QString subscript(int n)
{
    QString text = QString::number(n);
    for (QChar &c : text)
        if (c.isDigit())
            c = QChar(0x2080 + c.digitValue());
    return text;
}

} // namespace

int inputIndex(const Trace &trace, Cell in)
{
    return in.row * inputCols(trace) + in.col;
}

int outputIndex(const Trace &trace, Cell out)
{
    return out.row * trace.geometry.cols.out + out.col;
}

Cell inputCellAt(const Trace &trace, int index)
{
    return {index / inputCols(trace), index % inputCols(trace)};
}

Cell outputCellAt(const Trace &trace, int index)
{
    return {index / trace.geometry.cols.out, index % trace.geometry.cols.out};
}

bool isMatrixRole(GridRole role)
{
    return role == GridRole::MatrixEntry || role == GridRole::InputVector
        || role == GridRole::OutputVector;
}

std::vector<Mac> matrixLinksOf(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
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

QString indexedSymbol(QChar name, int index)
{
    return name + subscript(index);
}

QString matrixCellText(const StageFrame &frame, StageCell cell)
{
    const Trace &trace = *frame.trace;
    const bool transposed = trace.problem.op == Op::ConvTranspose2d;
    const int index = cell.cell.row;
    switch (cell.role) {
    case GridRole::InputVector: {
        const Cell in = inputCellAt(trace, index);
        return Text::tr("x[%1] = input %2 = %3")
            .arg(index)
            .arg(qt(cellText(in)), numberText(trace.problem.input(in.row, in.col)));
    }
    case GridRole::OutputVector: {
        const Cell out = outputCellAt(trace, index);
        return Text::tr("y[%1] = output %2 = %3")
            .arg(index)
            .arg(qt(cellText(out)), numberText(trace.output(out.row, out.col)));
    }
    case GridRole::MatrixEntry: {
        const Cell out = outputCellAt(trace, cell.cell.row);
        const Cell in = inputCellAt(trace, cell.cell.col);
        const bool fixed = isUpsampling(trace.problem.op);
        const QString name = fixed ? QStringLiteral("U")
            : transposed           ? QStringLiteral("Cᵀ")
                                   : QStringLiteral("C");
        const std::vector<Mac> macs = matrixLinksOf(frame, cell);
        QString text =
            QStringLiteral("%1[%2, %3] = ").arg(name).arg(cell.cell.row).arg(cell.cell.col);
        if (macs.empty())
            return text
                + (fixed ? Text::tr("0: output %2 does not read input %1")
                         : Text::tr("0: input %1 is outside the window of output %2"))
                      .arg(qt(cellText(in)), qt(cellText(out)));
        const Mac &mac = macs.front();
        if (fixed)
            return text
                + Text::tr(
                      "%1, a fixed weight (nothing learns it)\noutput %2 += %1 · input %3 = %1 · "
                      "%4")
                      .arg(numberText(mac.weight), qt(cellText(out)), qt(cellText(in)),
                           numberText(mac.value));
        return text
            + Text::tr("%1, kernel %2\noutput %3 += kernel %2 · input %4 = %1 · %5")
                  .arg(numberText(mac.weight), qt(cellText(mac.kernel)), qt(cellText(out)),
                       qt(cellText(in)), numberText(mac.value));
    }
    default:
        return {};
    }
}

} // namespace convstep
