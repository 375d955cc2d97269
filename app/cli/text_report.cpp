#include "app/cli/text_report.h"

#include "core/calculation.h"
#include "core/narration.h"
#include "core/shape_formula.h"
#include "io/text.h"

namespace convstep::cli {
namespace {

void writeGrid(QTextStream &out, const QString &title, const Grid &grid)
{
    qsizetype width = 1;
    for (double v : grid.reshaped())
        width = std::max<qsizetype>(width, numberText(v).size());
    out << title << " (" << qt(sizeText(sizeOf(grid))) << ")\n";
    for (Eigen::Index r = 0; r < grid.rows(); ++r) {
        out << "   ";
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            out << ' ' << numberText(grid(r, c)).rightJustified(width);
        out << '\n';
    }
}

QString settings(const Problem &p)
{
    if (isUpsampling(p.op))
        return QLatin1String(opName(p.op)) + QStringLiteral(", scale ") + qt(pairText(p.scale))
            + (p.op == Op::UpsampleBilinear ? QStringLiteral(", align_corners ")
                       + (p.alignCorners ? QStringLiteral("true") : QStringLiteral("false"))
                                            : QString());
    QString s =
        QStringLiteral("%1, stride %2, dilation %3, padding ")
            .arg(QLatin1String(opName(p.op)), qt(pairText(p.stride)), qt(pairText(p.dilation)));
    if (p.paddingMode == PaddingMode::Explicit)
        s += qt(pairText(p.padding)) + QStringLiteral(" (PyTorch)");
    else
        s += QStringLiteral("'%1' (Keras)").arg(QLatin1String(paddingModeName(p.paddingMode)));
    if (p.op == Op::ConvTranspose2d && (p.outputPadding.h || p.outputPadding.w))
        s += QStringLiteral(", output_padding ") + qt(pairText(p.outputPadding));
    if (p.bias != 0.0)
        s += QStringLiteral(", bias ") + numberText(p.bias);
    return s;
}

} // namespace

void writeTextReport(QTextStream &out, const Lesson &lesson, const Trace &trace)
{
    const Problem &p = trace.problem;
    if (!lesson.title.isEmpty())
        out << lesson.title << '\n';
    if (!lesson.note.isEmpty())
        out << lesson.note << '\n';
    out << settings(p) << '\n';
    out << "Output size: " << qt(shapeFormulas(p)).replace('\n', QLatin1String("\n  ")) << "\n\n";
    writeGrid(out, QStringLiteral("Input"), p.input);
    if (!isUpsampling(p.op))
        writeGrid(out, QStringLiteral("Kernel"), p.kernel);
    if (isBackward(trace.view))
        writeGrid(out, QStringLiteral("Upstream gradient ∂L/∂y"), trace.upstream);
    out << "\nView: " << viewName(trace.view) << ", " << trace.stepCount << " steps\n";
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step step = stepAt(trace, i);
        out << "\nStep " << i + 1 << " of " << trace.stepCount << " [" << phaseName(step.phase)
            << "] " << qt(step.text) << '\n';
        out << "    " << qt(calculationText(trace, step)) << '\n';
    }
    out << '\n';
    const QString result = trace.view == View::BackwardInput ? QStringLiteral("∂L/∂x")
        : trace.view == View::BackwardKernel                 ? QStringLiteral("∂L/∂W")
                                                             : QStringLiteral("Output");
    writeGrid(out, result, trace.output);
}

} // namespace convstep::cli
