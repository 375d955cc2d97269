#include "app/cli/text_report.h"

#include "core/calculation.h"
#include "core/narration.h"
#include "core/shape_formula.h"
#include "io/text.h"
#include "io/translate.h"

#include <QCoreApplication>

namespace convstep::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
    if (isUpsampling(p.op)) {
        if (p.op != Op::UpsampleBilinear)
            return Text::tr("%1, scale %2").arg(QLatin1String(opName(p.op)), qt(pairText(p.scale)));
        return Text::tr("%1, scale %2, align_corners %3")
            .arg(QLatin1String(opName(p.op)), qt(pairText(p.scale)),
                 p.alignCorners ? QStringLiteral("true") : QStringLiteral("false"));
    }
    const QString padding = p.paddingMode == PaddingMode::Explicit
        ? qt(pairText(p.padding)) + QStringLiteral(" (PyTorch)")
        : QStringLiteral("'%1' (Keras)").arg(QLatin1String(paddingModeName(p.paddingMode)));
    QString s = Text::tr("%1, stride %2, dilation %3, padding %4")
                    .arg(QLatin1String(opName(p.op)), qt(pairText(p.stride)),
                         qt(pairText(p.dilation)), padding);
    if (p.op == Op::ConvTranspose2d && (p.outputPadding.h || p.outputPadding.w))
        s = Text::tr("%1, output_padding %2").arg(s, qt(pairText(p.outputPadding)));
    if (p.bias != 0.0)
        s = Text::tr("%1, bias %2").arg(s, numberText(p.bias));
    return s;
}

} // namespace

void writeTextReport(QTextStream &out, const Lesson &lesson, const Trace &trace)
{
    const Problem &p = trace.problem;
    if (!lesson.title.isEmpty())
        out << lessonTitle(lesson) << '\n';
    if (!lesson.note.isEmpty())
        out << lessonNote(lesson) << '\n';
    out << settings(p) << '\n';
    out << Text::tr("Output size: %1")
               .arg(translated(shapeFormulasMessage(p)).replace('\n', QLatin1String("\n  ")))
        << "\n\n";
    writeGrid(out, Text::tr("Input"), p.input);
    if (!isUpsampling(p.op))
        writeGrid(out, Text::tr("Kernel"), p.kernel);
    if (isBackward(trace.view))
        writeGrid(out, Text::tr("Upstream gradient ∂L/∂y"), trace.upstream);
    out << '\n'
        << counted(CONVSTEP_TR_N("Cli", "View: %1, %n steps", "View: %1, %n step"), trace.stepCount)
               .arg(QLatin1String(viewName(trace.view)))
        << '\n';
    for (int i = 0; i < trace.stepCount; ++i) {
        const Step step = stepAt(trace, i);
        out << '\n'
            << Text::tr("Step %1 of %2 [%3] %4")
                   .arg(i + 1)
                   .arg(trace.stepCount)
                   .arg(QLatin1String(phaseName(step.phase)), stepText(step))
            << '\n';
        out << "    " << calculationLine(calculationOf(trace, step)) << '\n';
    }
    out << '\n';
    const QString result = trace.view == View::BackwardInput ? QStringLiteral("∂L/∂x")
        : trace.view == View::BackwardKernel                 ? QStringLiteral("∂L/∂W")
                                                             : Text::tr("Output");
    writeGrid(out, result, trace.output);
}

} // namespace convstep::cli
