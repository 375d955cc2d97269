#include "core/prediction.h"

namespace convstep {
namespace {

bool isConvolution(Op op)
{
    return op == Op::Conv2d || op == Op::ConvTranspose2d;
}

Prediction asking(PredictionKind kind, int index, Phase phase, Cell cell = {})
{
    return {kind, index, cell, phase};
}

} // namespace

Prediction predictionBefore(const Trace &trace, int index)
{
    if (index < 0)
        return asking(PredictionKind::Shape, -1, Phase::Slide);
    const Phase phase = phaseOf(trace, index);
    if (!isConvolution(trace.problem.op) || isBackward(trace.view))
        return asking(PredictionKind::None, index, phase);
    switch (phase) {
    case Phase::Slide:
    case Phase::Row:
        return asking(PredictionKind::Value, index, phase, *stepAt(trace, index).focus);
    case Phase::Scatter:
        return asking(PredictionKind::CanvasReach, index, phase, *stepAt(trace, index).focus);
    case Phase::InsertZeros:
        return asking(PredictionKind::InsertedSize, index, phase);
    case Phase::Pad:
        // The sliding window's own padding is drawn, not asked; zero insertion's pad step asks
        // for p′ where no side is cropped.
        if (trace.view == View::ZeroInsertion && recipeOf(trace.problem))
            return asking(PredictionKind::Padding, index, phase);
        break;
    case Phase::Crop:
    case Phase::OutputPadding:
        return asking(PredictionKind::Kept, index, phase);
    default:
        break;
    }
    return asking(PredictionKind::None, index, phase);
}

PredictedAnswer expectedAnswer(const Trace &trace, const Prediction &question)
{
    const Problem &p = trace.problem;
    switch (question.kind) {
    case PredictionKind::Shape:
        return trace.geometry.outputSize();
    case PredictionKind::Value:
        return trace.output(question.cell.row, question.cell.col);
    case PredictionKind::CanvasReach:
        return canvasReachOf(p, question.cell);
    case PredictionKind::InsertedSize:
        return Pair{trace.geometry.rows.dilatedInput, trace.geometry.cols.dilatedInput};
    case PredictionKind::Padding:
        return recipeOf(p)->pad;
    case PredictionKind::Kept:
        return keptAfter(p, question.phase);
    case PredictionKind::None:
        break;
    }
    return std::vector<Cell>{};
}

Verdict checkPrediction(const Trace &trace, const Prediction &question,
                        const PredictedAnswer &answer)
{
    const Problem &p = trace.problem;
    const auto *number = std::get_if<double>(&answer);
    const auto *pair = std::get_if<Pair>(&answer);
    const auto *cells = std::get_if<std::vector<Cell>>(&answer);
    const auto *sides = std::get_if<Sides>(&answer);
    const auto *kept = std::get_if<KeptCells>(&answer);
    const auto wrongly = [](Message message) {
        std::string english = message.str();
        return Verdict{false, std::move(english), std::move(message)};
    };
    const Verdict mismatch =
        wrongly({CONVSTEP_TR("Verdict", "Not right: that answer does not fit this question.")});
    switch (question.kind) {
    case PredictionKind::Shape:
        return pair ? checkShape(p, *pair) : mismatch;
    case PredictionKind::Value:
        return number ? checkValue(trace, question.cell, *number) : mismatch;
    case PredictionKind::CanvasReach:
        return cells ? checkCanvasReach(p, question.cell, *cells) : mismatch;
    case PredictionKind::InsertedSize:
        return pair ? checkInsertedSize(p, *pair) : mismatch;
    case PredictionKind::Padding:
        // The zeros between were the question before; only the sides are asked here.
        return sides ? checkRecipe(p, {recipeOf(p)->zerosBetween, *sides}) : mismatch;
    case PredictionKind::Kept:
        return kept ? checkKept(p, question.phase, *kept) : mismatch;
    case PredictionKind::None:
        break;
    }
    return wrongly({CONVSTEP_TR("Verdict", "Not right: this step asks for nothing.")});
}

} // namespace convstep
