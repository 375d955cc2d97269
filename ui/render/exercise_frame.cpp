#include "ui/render/exercise_frame.h"

namespace convstep {

StageFrame exerciseFrame(const Exercise &exercise, const StageStyle &style)
{
    auto trace = std::make_shared<const Trace>(makeTrace(exercise.problem, View::Direct));
    // The first multiply-accumulate: any padding is in place and nothing is computed yet.
    int first = 0;
    for (const PhaseSpan &span : trace->phases) {
        if (span.phase == Phase::Slide || span.phase == Phase::Scatter) {
            first = span.first;
            break;
        }
    }
    const Cell origin = outputOrigin(*trace);
    StageFrame frame = frameAt(std::move(trace), first, style, 0.0);
    frame.step.macs.clear(); // no kernel window, no operands
    frame.step.focus.reset();
    frame.step.value.reset();
    frame.after = frame.before;
    switch (kindOf(exercise)) {
    case ExerciseKind::Value: {
        const Cell cell = std::get<ValueAnswer>(exercise.answer).cell;
        frame.selection =
            StageCell{GridRole::Target, {cell.row + origin.row, cell.col + origin.col}};
        break;
    }
    case ExerciseKind::Reach:
        frame.selection =
            StageCell{GridRole::Source, std::get<ReachAnswer>(exercise.answer).inputCell};
        break;
    case ExerciseKind::Shape:
    case ExerciseKind::Recipe:
        frame.showTarget = false;
        break;
    }
    return frame;
}

} // namespace convstep
