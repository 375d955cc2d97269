#include "core/exercise_check.h"

#include "core/geometry.h"
#include "core/links.h"
#include "core/narration.h"
#include "core/shape_formula.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace convstep {
namespace {

// "3·1 + 0·2 + 1": the products and the bias of an output cell.
std::string sumText(const std::vector<Mac> &macs, double bias)
{
    std::string sum;
    for (const Mac &mac : macs)
        sum += (sum.empty() ? "" : " + ") + operand(mac.value) + "·" + operand(mac.weight);
    if (bias != 0.0)
        sum += (sum.empty() ? "" : " + ") + operand(bias);
    return sum.empty() ? "0" : sum;
}

std::string joined(const std::vector<std::string> &parts, const char *separator)
{
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : separator) + part;
    return text;
}

std::string cellsText(const std::vector<Cell> &cells)
{
    std::vector<std::string> parts;
    for (const Cell &cell : cells)
        parts.push_back(cellText(cell));
    return joined(parts, ", ");
}

// "0–2, 5": runs of consecutive indices; "none" when empty.
Message indicesText(const std::vector<int> &indices)
{
    std::vector<std::string> parts;
    for (size_t i = 0; i < indices.size();) {
        size_t j = i;
        while (j + 1 < indices.size() && indices[j + 1] == indices[j] + 1)
            ++j;
        parts.push_back(j == i ? std::to_string(indices[i])
                               : std::to_string(indices[i]) + "–" + std::to_string(indices[j]));
        i = j + 1;
    }
    if (parts.empty())
        return {CONVSTEP_TR_C("Verdict", "none", "no indices")};
    return joined(parts, ", ");
}

Template byAxis(Axis axis, Template rows, Template cols)
{
    return axis == Axis::Rows ? rows : cols;
}

// What the crop before the output is called in the problem's convention.
Message cropName(const Problem &p)
{
    return p.paddingMode == PaddingMode::Explicit
        ? Message{CONVSTEP_TR("Verdict", "padding")}
        : Message{CONVSTEP_TR("Verdict", "the 'same' crop")};
}

// Reach on the output, after the crop, or on the scatter canvas, before it.
enum class ReachOn { Output, Canvas };

// Why input index `in` reaches what it does on one axis.
Message reachReason(const Problem &p, const AxisGeometry &a, Axis axis, int in, ReachOn on)
{
    const int crop = on == ReachOn::Output ? a.cropBefore : 0;
    const int first = in * a.stride - crop;
    Message text;
    if (crop != 0)
        text = {byAxis(axis,
                       CONVSTEP_TR_N("Verdict",
                                     "it starts at row stride %1 × input row %2 − %3 %4 = %5 and "
                                     "covers the kernel's %n rows",
                                     "it starts at row stride %1 × input row %2 − %3 %4 = %5 and "
                                     "covers the kernel's %n row"),
                       CONVSTEP_TR_N("Verdict",
                                     "it starts at column stride %1 × input column %2 − %3 %4 = "
                                     "%5 and covers the kernel's %n columns",
                                     "it starts at column stride %1 × input column %2 − %3 %4 = "
                                     "%5 and covers the kernel's %n column")),
                a.kernel,
                {std::to_string(a.stride), std::to_string(in), cropName(p), std::to_string(crop),
                 std::to_string(first)}};
    else
        text = {byAxis(axis,
                       CONVSTEP_TR_N("Verdict",
                                     "it starts at row stride %1 × input row %2 = %3 and covers "
                                     "the kernel's %n rows",
                                     "it starts at row stride %1 × input row %2 = %3 and covers "
                                     "the kernel's %n row"),
                       CONVSTEP_TR_N("Verdict",
                                     "it starts at column stride %1 × input column %2 = %3 and "
                                     "covers the kernel's %n columns",
                                     "it starts at column stride %1 × input column %2 = %3 and "
                                     "covers the kernel's %n column")),
                a.kernel,
                {std::to_string(a.stride), std::to_string(in), std::to_string(first)}};
    if (a.dilation > 1)
        text = {CONVSTEP_TR("Verdict", "%1, %2 apart (dilation)"),
                {text, std::to_string(a.dilation)}};
    const int last = first + (a.kernel - 1) * a.dilation;
    if (on == ReachOn::Output && (first < 0 || last >= a.out))
        text = {byAxis(axis, CONVSTEP_TR("Verdict", "%1 (the output has only rows 0–%2)"),
                       CONVSTEP_TR("Verdict", "%1 (the output has only columns 0–%2)")),
                {text, std::to_string(a.out - 1)}};
    return text;
}

std::vector<int> axisOf(const std::vector<Cell> &cells, Axis axis)
{
    std::vector<int> indices;
    for (const Cell &cell : cells)
        indices.push_back(axis == Axis::Rows ? cell.row : cell.col);
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

Verdict verdict(bool right, Message message)
{
    std::string english = message.str();
    return {right, std::move(english), std::move(message)};
}

Verdict wrong(const std::vector<Message> &parts)
{
    return verdict(
        false,
        {CONVSTEP_TR("Verdict", "Not right: %1."),
         {joinedMessages(parts, CONVSTEP_TR_C("Verdict", "%1; %2", "reasons in a row"))}});
}

// The word for an exercise kind, as a question asks for it.
Message kindWord(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Value:
        return {CONVSTEP_TR_C("Verdict", "value", "what an exercise asks for")};
    case ExerciseKind::Reach:
        return {CONVSTEP_TR_C("Verdict", "reach", "what an exercise asks for")};
    case ExerciseKind::Shape:
        return {CONVSTEP_TR_C("Verdict", "shape", "what an exercise asks for")};
    case ExerciseKind::Recipe:
        return {CONVSTEP_TR_C("Verdict", "recipe", "what an exercise asks for")};
    }
    return {};
}

std::string dk(const AxisGeometry &a)
{
    return std::to_string(a.dilation) + "·" + std::to_string(a.kernel - 1);
}

Verdict reachVerdict(const Problem &problem, Cell in, const std::vector<Cell> &answer, ReachOn on)
{
    const bool canvas = on == ReachOn::Canvas;
    const std::vector<Cell> truth = canvas ? canvasReachOf(problem, in) : reachOf(problem, in);
    std::vector<Cell> given = answer;
    std::sort(given.begin(), given.end());
    given.erase(std::unique(given.begin(), given.end()), given.end());
    const Geometry g = geometryOf(problem);
    const auto along = canvas ? canvasReachAlong : reachAlong;
    const std::vector<int> rows = along(g.rows, in.row);
    const std::vector<int> cols = along(g.cols, in.col);
    if (given == truth) {
        if (truth.empty())
            return verdict(true,
                           {CONVSTEP_TR("Verdict", "Right: input %1 reaches no output cell."),
                            {cellText(in)}});
        return verdict(
            true,
            {canvas ? CONVSTEP_TR_N("Verdict",
                                    "Right: input %1 reaches canvas rows %2 and columns %3, %n "
                                    "cells.",
                                    "Right: input %1 reaches canvas rows %2 and columns %3, %n "
                                    "cell.")
                    : CONVSTEP_TR_N("Verdict",
                                    "Right: input %1 reaches rows %2 and columns %3, %n cells.",
                                    "Right: input %1 reaches rows %2 and columns %3, %n cell."),
             static_cast<int>(truth.size()),
             {cellText(in), indicesText(rows), indicesText(cols)}});
    }
    const std::vector<int> givenRows = axisOf(given, Axis::Rows);
    const std::vector<int> givenCols = axisOf(given, Axis::Cols);
    std::vector<Message> parts;
    const bool rectangular =
        !given.empty() && given.size() == givenRows.size() * givenCols.size() && !truth.empty();
    if (rectangular) {
        // A block of cells: say which axis is off and why.
        for (Axis axis : {Axis::Rows, Axis::Cols}) {
            const auto &want = axis == Axis::Rows ? rows : cols;
            const auto &got = axis == Axis::Rows ? givenRows : givenCols;
            if (want == got)
                continue;
            const Template form = canvas
                ? byAxis(axis,
                         CONVSTEP_TR("Verdict", "this input reaches canvas rows %1, not %2: %3"),
                         CONVSTEP_TR("Verdict", "this input reaches canvas columns %1, not %2: %3"))
                : byAxis(axis, CONVSTEP_TR("Verdict", "this input reaches rows %1, not %2: %3"),
                         CONVSTEP_TR("Verdict", "this input reaches columns %1, not %2: %3"));
            parts.push_back(
                {form,
                 {indicesText(want), indicesText(got),
                  reachReason(problem, g[axis], axis, axis == Axis::Rows ? in.row : in.col, on)}});
        }
        return wrong(parts);
    }
    std::vector<Cell> missing, extra;
    std::set_difference(truth.begin(), truth.end(), given.begin(), given.end(),
                        std::back_inserter(missing));
    std::set_difference(given.begin(), given.end(), truth.begin(), truth.end(),
                        std::back_inserter(extra));
    if (!missing.empty())
        parts.push_back({CONVSTEP_TR("Verdict", "it also reaches %1"), {cellsText(missing)}});
    if (!extra.empty())
        parts.push_back({CONVSTEP_TR("Verdict", "it does not reach %1"), {cellsText(extra)}});
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const Template form = canvas ? byAxis(axis, CONVSTEP_TR("Verdict", "canvas rows %1: %2"),
                                              CONVSTEP_TR("Verdict", "canvas columns %1: %2"))
                                     : byAxis(axis, CONVSTEP_TR("Verdict", "rows %1: %2"),
                                              CONVSTEP_TR("Verdict", "columns %1: %2"));
        parts.push_back(
            {form,
             {indicesText(axis == Axis::Rows ? rows : cols),
              reachReason(problem, g[axis], axis, axis == Axis::Rows ? in.row : in.col, on)}});
    }
    return wrong(parts);
}

// "1–5", "3", or "none".
Message spanText(const KeptSpan &span)
{
    if (span.isEmpty())
        return {CONVSTEP_TR_C("Verdict", "none", "no indices")};
    if (span.first == span.last)
        return std::to_string(span.first);
    return std::to_string(span.first) + "–" + std::to_string(span.last);
}

bool sameSpan(const KeptSpan &a, const KeptSpan &b)
{
    return (a.isEmpty() && b.isEmpty()) || a == b;
}

int lengthOf(const KeptSpan &span)
{
    return span.isEmpty() ? 0 : span.last - span.first + 1;
}

// Why the crop keeps what it does on one axis.
Message cropReason(const Problem &p, const AxisGeometry &a, Axis axis)
{
    Message cause{CONVSTEP_TR("Verdict", "the output size")};
    if (p.paddingMode == PaddingMode::Explicit)
        cause = {CONVSTEP_TR("Verdict", "padding %1"),
                 {std::to_string(axis == Axis::Rows ? p.padding.h : p.padding.w)}};
    else if (p.paddingMode == PaddingMode::Same)
        cause = {CONVSTEP_TR("Verdict", "the 'same' crop")};
    return {
        byAxis(axis,
               CONVSTEP_TR_N("Verdict",
                             "%1 removes %n rows from the top and %2 from the bottom of the "
                             "%3 canvas rows, 0–%4",
                             "%1 removes %n row from the top and %2 from the bottom of the %3 "
                             "canvas rows, 0–%4"),
               CONVSTEP_TR_N("Verdict",
                             "%1 removes %n columns from the left and %2 from the right of "
                             "the %3 canvas columns, 0–%4",
                             "%1 removes %n column from the left and %2 from the right of the "
                             "%3 canvas columns, 0–%4")),
        std::min(a.cropBefore, a.full),
        {cause, std::to_string(a.cropAfter()), std::to_string(a.full), std::to_string(a.full - 1)}};
}

// Why the output covers what it does on one axis after output padding.
Message outputPaddingReason(const Problem &p, const AxisGeometry &a, Axis axis)
{
    const Message cause = p.paddingMode == PaddingMode::Explicit || hasKerasOutputPadding(p)
        ? Message{"output_padding "
                  + std::to_string(axis == Axis::Rows ? p.outputPadding.h : p.outputPadding.w)}
        : Message{CONVSTEP_TR("Verdict", "Keras's output size, input × stride,")};
    const int added = a.cropBefore + a.out - a.cropEnd;
    const bool cropped = a.cropBefore > 0 || a.cropEnd < a.full;
    const Message kept = {cropped ? byAxis(axis, CONVSTEP_TR("Verdict", "the crop kept rows %1"),
                                           CONVSTEP_TR("Verdict", "the crop kept columns %1"))
                                  : byAxis(axis, CONVSTEP_TR("Verdict", "the canvas has rows %1"),
                                           CONVSTEP_TR("Verdict", "the canvas has columns %1")),
                          {spanText({a.cropBefore, a.cropEnd - 1})}};
    Message text{byAxis(axis,
                        CONVSTEP_TR_N("Verdict", "%1 and %2 adds %n rows at the bottom",
                                      "%1 and %2 adds %n row at the bottom"),
                        CONVSTEP_TR_N("Verdict", "%1 and %2 adds %n columns at the right",
                                      "%1 and %2 adds %n column at the right")),
                 std::max(added, 0),
                 {kept, cause}};
    if (a.cropBefore + a.out > a.full)
        text = {
            byAxis(axis,
                   CONVSTEP_TR("Verdict", "%1 (rows past %2 lie beyond the canvas and hold zeros)"),
                   CONVSTEP_TR("Verdict",
                               "%1 (columns past %2 lie beyond the canvas and hold zeros)")),
            {text, std::to_string(a.full - 1)}};
    return text;
}

} // namespace

Verdict checkValue(const Trace &trace, Cell out, double answer)
{
    const double truth = trace.output(out.row, out.col);
    const std::string sum = sumText(macsIntoOutput(trace, out), trace.problem.bias);
    const std::string cell = cellText(out);
    const std::string total = formatNumber(truth);
    if (closeEnough(answer, truth))
        return verdict(true,
                       {CONVSTEP_TR("Verdict", "Right: output %1 = %2 = %3."), {cell, sum, total}});
    for (const LikelyMistake &mistake : likelyValueMistakes(trace, out))
        if (closeEnough(answer, mistake.value))
            return verdict(false,
                           {CONVSTEP_TR("Verdict", "Not right: %1. Output %2 = %3 = %4."),
                            {mistake.reason, cell, sum, total}});
    return verdict(false,
                   {CONVSTEP_TR("Verdict",
                                "Not right: %1 is not the value. Output %2 = %3 "
                                "= %4."),
                    {formatNumber(answer), cell, sum, total}});
}

Verdict checkReach(const Problem &problem, Cell in, const std::vector<Cell> &answer)
{
    return reachVerdict(problem, in, answer, ReachOn::Output);
}

Verdict checkCanvasReach(const Problem &problem, Cell in, const std::vector<Cell> &answer)
{
    return reachVerdict(problem, in, answer, ReachOn::Canvas);
}

Verdict checkShape(const Problem &problem, Pair answer)
{
    const Pair truth = geometryOf(problem).outputSize();
    if (answer == truth)
        return verdict(true,
                       {CONVSTEP_TR("Verdict", "Right: the output is %1."), {sizeText(truth)}});
    std::vector<Message> parts;
    for (Axis axis : {Axis::Rows, Axis::Cols})
        if (answer[axis] != truth[axis])
            parts.push_back(
                {byAxis(axis,
                        CONVSTEP_TR_N("Verdict", "the output has %n rows, not %1: %2",
                                      "the output has %n row, not %1: %2"),
                        CONVSTEP_TR_N("Verdict", "the output has %n columns, not %1: %2",
                                      "the output has %n column, not %1: %2")),
                 truth[axis],
                 {std::to_string(answer[axis]), shapeFormulaMessage(problem, axis)}});
    return wrong(parts);
}

Verdict checkInsertedSize(const Problem &problem, Pair answer)
{
    const Geometry g = geometryOf(problem);
    const Pair truth{g.rows.dilatedInput, g.cols.dilatedInput};
    if (answer == truth)
        return verdict(true,
                       {CONVSTEP_TR("Verdict",
                                    "Right: with stride − 1 zeros between "
                                    "neighbours the input is %1."),
                        {sizeText(truth)}});
    std::vector<Message> parts;
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const AxisGeometry &a = g[axis];
        if (answer[axis] != truth[axis])
            parts.push_back(
                {byAxis(axis,
                        CONVSTEP_TR_N("Verdict", "the zero-inserted input has %n rows, not %1: %2",
                                      "the zero-inserted input has %n row, not %1: %2"),
                        CONVSTEP_TR_N("Verdict",
                                      "the zero-inserted input has %n columns, not %1: %2",
                                      "the zero-inserted input has %n column, not %1: %2")),
                 truth[axis],
                 {std::to_string(answer[axis]),
                  "(i − 1)·s + 1 = (" + std::to_string(a.in) + " − 1)·" + std::to_string(a.stride)
                      + " + 1 = " + std::to_string(a.dilatedInput)}});
    }
    return wrong(parts);
}

Verdict checkRecipe(const Problem &problem, const RecipeAnswer &answer)
{
    const auto truth = recipeOf(problem);
    if (!truth)
        return verdict(false,
                       {CONVSTEP_TR("Verdict",
                                    "This problem has no zero-insertion recipe "
                                    "with padding of zero or more: a side would "
                                    "have to be cropped instead.")});
    const Geometry g = geometryOf(problem);
    std::vector<Message> parts;
    const auto side = [&](Template name, int want, int got, const Message &why) {
        if (want != got)
            parts.push_back({CONVSTEP_TR_C("Verdict", "%1: %2 = %3, not %4",
                                           "a recipe's number, why it is what it is"),
                             {Message{name}, why, std::to_string(want), std::to_string(got)}});
    };
    const auto between = [&](Axis axis, int want, int got) {
        side(byAxis(axis, CONVSTEP_TR("Verdict", "zeros between rows"),
                    CONVSTEP_TR("Verdict", "zeros between columns")),
             want, got, "stride − 1 = " + std::to_string(g[axis].stride) + " − 1");
    };
    const auto before = [&](Template name, const AxisGeometry &a, int got) {
        const Message why = a.cropBefore == 0
            ? Message{"d(k−1) = " + dk(a)}
            : Message{CONVSTEP_TR("Verdict", "d(k−1) − %1 = %2 − %3"),
                      {cropName(problem), dk(a), std::to_string(a.cropBefore)}};
        side(name, a.zeroPadBefore, got, why);
    };
    const auto after = [&](Template name, Axis axis, int got) {
        const AxisGeometry &a = g[axis];
        side(name, a.zeroPadAfter, got,
             {byAxis(axis,
                     CONVSTEP_TR("Verdict",
                                 "o + d(k−1) − zero-inserted rows − pad top = %1 + %2 − "
                                 "%3 − %4"),
                     CONVSTEP_TR("Verdict",
                                 "o + d(k−1) − zero-inserted columns − pad left = %1 + "
                                 "%2 − %3 − %4")),
              {std::to_string(a.out), std::to_string(a.span - 1), std::to_string(a.dilatedInput),
               std::to_string(a.zeroPadBefore)}});
    };
    between(Axis::Rows, truth->zerosBetween.h, answer.zerosBetween.h);
    between(Axis::Cols, truth->zerosBetween.w, answer.zerosBetween.w);
    before(CONVSTEP_TR("Verdict", "pad top"), g.rows, answer.pad.top);
    after(CONVSTEP_TR("Verdict", "pad bottom"), Axis::Rows, answer.pad.bottom);
    before(CONVSTEP_TR("Verdict", "pad left"), g.cols, answer.pad.left);
    after(CONVSTEP_TR("Verdict", "pad right"), Axis::Cols, answer.pad.right);
    if (parts.empty())
        return verdict(true, {CONVSTEP_TR("Verdict", "Right: %1."), {recipeMessage(*truth)}});
    return wrong(parts);
}

KeptCells keptAfter(const Problem &problem, Phase phase)
{
    const Geometry g = geometryOf(problem);
    const auto span = [phase](const AxisGeometry &a) {
        const int end = phase == Phase::Crop ? a.cropEnd : a.cropBefore + a.out;
        return KeptSpan{a.cropBefore, end - 1};
    };
    return {span(g.rows), span(g.cols)};
}

Verdict checkKept(const Problem &problem, Phase phase, const KeptCells &answer)
{
    const KeptCells truth = keptAfter(problem, phase);
    const bool crop = phase == Phase::Crop;
    if (sameSpan(answer.rows, truth.rows) && sameSpan(answer.cols, truth.cols)) {
        const std::string size = sizeText({lengthOf(truth.rows), lengthOf(truth.cols)});
        return verdict(true,
                       {crop ? CONVSTEP_TR("Verdict",
                                           "Right: the crop keeps canvas rows %1 and columns %2, "
                                           "leaving %3.")
                             : CONVSTEP_TR("Verdict",
                                           "Right: the output is canvas rows %1 and columns %2, "
                                           "%3."),
                        {spanText(truth.rows), spanText(truth.cols), size}});
    }
    const Geometry g = geometryOf(problem);
    std::vector<Message> parts;
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const KeptSpan &want = axis == Axis::Rows ? truth.rows : truth.cols;
        const KeptSpan &got = axis == Axis::Rows ? answer.rows : answer.cols;
        if (sameSpan(want, got))
            continue;
        const Template form = crop
            ? byAxis(axis, CONVSTEP_TR("Verdict", "the crop keeps canvas rows %1, not %2: %3"),
                     CONVSTEP_TR("Verdict", "the crop keeps canvas columns %1, not %2: %3"))
            : byAxis(axis, CONVSTEP_TR("Verdict", "the output is canvas rows %1, not %2: %3"),
                     CONVSTEP_TR("Verdict", "the output is canvas columns %1, not %2: %3"));
        parts.push_back({form,
                         {spanText(want), spanText(got),
                          crop ? cropReason(problem, g[axis], axis)
                               : outputPaddingReason(problem, g[axis], axis)}});
    }
    return wrong(parts);
}

Verdict checkAnswer(const Exercise &exercise, const ExerciseAnswer &given)
{
    const ExerciseKind kind = kindOf(exercise);
    if (kindOf(given) != kind)
        return verdict(false,
                       {CONVSTEP_TR("Verdict",
                                    "Not right: this exercise asks for the %1, "
                                    "not the %2."),
                        {kindWord(kind), kindWord(kindOf(given))}});
    const Problem &p = exercise.problem;
    switch (kind) {
    case ExerciseKind::Value: {
        const Cell cell = std::get<ValueAnswer>(exercise.answer).cell;
        return checkValue(makeTrace(p, View::Direct), cell, std::get<ValueAnswer>(given).value);
    }
    case ExerciseKind::Reach:
        return checkReach(p, std::get<ReachAnswer>(exercise.answer).inputCell,
                          std::get<ReachAnswer>(given).cells);
    case ExerciseKind::Shape:
        return checkShape(p, std::get<ShapeAnswer>(given).outputShape);
    case ExerciseKind::Recipe:
        return checkRecipe(p, std::get<RecipeAnswer>(given));
    }
    return {};
}

} // namespace convstep
