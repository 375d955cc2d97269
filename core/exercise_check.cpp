#include "core/exercise_check.h"

#include "core/geometry.h"
#include "core/links.h"
#include "core/narration.h"
#include "core/shape_formula.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace convstep {
namespace {

std::string operand(double v)
{
    return v < 0 ? "(" + formatNumber(v) + ")" : formatNumber(v);
}

// "output (1, 2) = 3·1 + 0·2 + 1 = 4"
std::string valueStatement(Cell out, const std::vector<Mac> &macs, double bias, double total)
{
    std::string sum;
    for (const Mac &mac : macs)
        sum += (sum.empty() ? "" : " + ") + operand(mac.value) + "·" + operand(mac.weight);
    if (bias != 0.0)
        sum += (sum.empty() ? "" : " + ") + operand(bias);
    return "output " + cellText(out) + " = " + (sum.empty() ? "0" : sum) + " = "
        + formatNumber(total);
}

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
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
std::string indicesText(const std::vector<int> &indices)
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
    return parts.empty() ? "none" : joined(parts, ", ");
}

// The kernel's taps are all the products of a cell: sliding window and zero insertion.
bool wholeKernelPerCell(const Trace &trace)
{
    return trace.view == View::ZeroInsertion
        || (trace.view == View::Direct && trace.problem.op == Op::Conv2d);
}

// The value with the kernel turned the other way: turned 180° for conv2d, which slides it as
// it stands, and as it stands for the zero-insertion view, which turns it.
double turnedValue(const Problem &p, Cell out)
{
    const Trace gather = makeTrace(p, p.op == Op::Conv2d ? View::Direct : View::ZeroInsertion);
    const Pair k = sizeOf(p.kernel);
    double sum = p.bias;
    for (const Mac &mac : stepAt(gather, *stepWritingOutput(gather, out)).macs)
        sum += mac.value * p.kernel(k.h - 1 - mac.kernel.row, k.w - 1 - mac.kernel.col);
    return sum;
}

const char *axisWord(Axis axis, bool plural)
{
    if (axis == Axis::Rows)
        return plural ? "rows" : "row";
    return plural ? "columns" : "column";
}

// What the crop before the output is called in the problem's convention.
std::string cropName(const Problem &p)
{
    return p.paddingMode == PaddingMode::Explicit ? "padding" : "the 'same' crop";
}

// Reach on the output, after the crop, or on the scatter canvas, before it.
enum class ReachOn { Output, Canvas };

// Why input index `in` reaches what it does on one axis.
std::string reachReason(const Problem &p, const AxisGeometry &a, Axis axis, int in, ReachOn on)
{
    const int crop = on == ReachOn::Output ? a.cropBefore : 0;
    const int first = in * a.stride - crop;
    std::string text = std::string("it starts at ") + axisWord(axis, false) + " stride "
        + std::to_string(a.stride) + " × input " + axisWord(axis, false) + " " + std::to_string(in);
    if (crop != 0)
        text += " − " + cropName(p) + " " + std::to_string(crop);
    text += " = " + std::to_string(first) + " and covers the kernel's "
        + countOf(a.kernel, axisWord(axis, false), axisWord(axis, true));
    if (a.dilation > 1)
        text += ", " + std::to_string(a.dilation) + " apart (dilation)";
    const int last = first + (a.kernel - 1) * a.dilation;
    if (on == ReachOn::Output && (first < 0 || last >= a.out))
        text += " (the output has only " + std::string(axisWord(axis, true)) + " 0–"
            + std::to_string(a.out - 1) + ")";
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

Verdict wrong(const std::vector<std::string> &parts)
{
    return {false, "Not right: " + joined(parts, "; ") + "."};
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
    const std::string input = "input " + cellText(in);
    const std::string where = canvas ? "canvas " : "";
    if (given == truth) {
        if (truth.empty())
            return {true, "Right: " + input + " reaches no output cell."};
        return {true,
                "Right: " + input + " reaches " + where + "rows " + indicesText(rows)
                    + " and columns " + indicesText(cols) + ", "
                    + countOf(static_cast<int>(truth.size()), "cell", "cells") + "."};
    }
    const std::vector<int> givenRows = axisOf(given, Axis::Rows);
    const std::vector<int> givenCols = axisOf(given, Axis::Cols);
    std::vector<std::string> parts;
    const bool rectangular =
        !given.empty() && given.size() == givenRows.size() * givenCols.size() && !truth.empty();
    if (rectangular) {
        // A block of cells: say which axis is off and why.
        for (Axis axis : {Axis::Rows, Axis::Cols}) {
            const auto &want = axis == Axis::Rows ? rows : cols;
            const auto &got = axis == Axis::Rows ? givenRows : givenCols;
            if (want != got)
                parts.push_back("this input reaches " + where + axisWord(axis, true) + " "
                                + indicesText(want) + ", not " + indicesText(got) + ": "
                                + reachReason(problem, g[axis], axis,
                                              axis == Axis::Rows ? in.row : in.col, on));
        }
        return wrong(parts);
    }
    std::vector<Cell> missing, extra;
    std::set_difference(truth.begin(), truth.end(), given.begin(), given.end(),
                        std::back_inserter(missing));
    std::set_difference(given.begin(), given.end(), truth.begin(), truth.end(),
                        std::back_inserter(extra));
    if (!missing.empty())
        parts.push_back("it also reaches " + cellsText(missing));
    if (!extra.empty())
        parts.push_back("it does not reach " + cellsText(extra));
    for (Axis axis : {Axis::Rows, Axis::Cols})
        parts.push_back(
            where + axisWord(axis, true) + " " + indicesText(axis == Axis::Rows ? rows : cols)
            + ": " + reachReason(problem, g[axis], axis, axis == Axis::Rows ? in.row : in.col, on));
    return wrong(parts);
}

// Σ x(start + (a·d, b·d))·w(a, b) over the kernel, plus the bias: a window on the input
// itself (no padding), inputs outside it counting as zeros.
double windowSum(const Problem &p, Cell start)
{
    double sum = p.bias;
    for (int a = 0; a < p.kernel.rows(); ++a)
        for (int b = 0; b < p.kernel.cols(); ++b) {
            const Cell in{start.row + a * p.dilation.h, start.col + b * p.dilation.w};
            if (in.row >= 0 && in.row < p.input.rows() && in.col >= 0 && in.col < p.input.cols())
                sum += p.input(in.row, in.col) * p.kernel(a, b);
        }
    return sum;
}

// Σ x(i, j)·w(a, b) over the inputs and taps with i·s + a·d − shift = at on both axes, plus
// the bias: what scattering the input puts on cell `at` of a canvas shifted by `shift`.
double scatteredSum(const Problem &p, Cell at, Cell shift)
{
    double sum = p.bias;
    const auto source = [](int target, int stride, int length) -> std::optional<int> {
        if (target < 0 || target % stride != 0 || target / stride >= length)
            return std::nullopt;
        return target / stride;
    };
    for (int a = 0; a < p.kernel.rows(); ++a)
        for (int b = 0; b < p.kernel.cols(); ++b) {
            const auto i = source(at.row + shift.row - a * p.dilation.h, p.stride.h,
                                  static_cast<int>(p.input.rows()));
            const auto j = source(at.col + shift.col - b * p.dilation.w, p.stride.w,
                                  static_cast<int>(p.input.cols()));
            if (i && j)
                sum += p.input(*i, *j) * p.kernel(a, b);
        }
    return sum;
}

// "(i·2, j·1)": where input (i, j) starts on a canvas spread by the stride.
std::string spreadText(Pair stride)
{
    return "(i·" + std::to_string(stride.h) + ", j·" + std::to_string(stride.w) + ")";
}

LikelyMistake strideSideMistake(const Problem &p, const Geometry &g, Cell out)
{
    if (p.op == Op::Conv2d) {
        const Cell start{out.row * p.stride.h, out.col * p.stride.w};
        return {MistakeKind::StrideSide, scatteredSum(p, out, {g.rows.padBefore, g.cols.padBefore}),
                "that is the stride applied to the wrong side: the inputs spread over the output "
                "by the stride, as a transposed convolution spreads them; conv2d moves its "
                "window over the input by the stride "
                    + pairText(p.stride) + ", so the window of output " + cellText(out)
                    + " starts at padded input " + cellText(start)};
    }
    return {MistakeKind::StrideSide,
            windowSum(p,
                      {out.row * p.stride.h - g.rows.cropBefore,
                       out.col * p.stride.w - g.cols.cropBefore}),
            "that is the stride applied to the wrong side: a window moved over the input by the "
            "stride, as conv2d moves it; a transposed convolution spreads the inputs over the "
            "output by the stride "
                + pairText(p.stride) + ", so input (i, j) lands from canvas cell "
                + spreadText(p.stride)};
}

// The top and left padding (or crop) left out, all of it at the bottom and right.
LikelyMistake oneSidedMistake(const Problem &p, const Geometry &g, Cell out)
{
    const Cell before{g.rows.padBefore, g.cols.padBefore};
    if (p.op == Op::Conv2d) {
        const Cell start{out.row * p.stride.h, out.col * p.stride.w};
        const std::string padding = p.paddingMode == PaddingMode::Explicit
            ? "padding " + pairText(p.padding)
            : std::string("'same' padding");
        return {MistakeKind::OneSidedPadding, windowSum(p, start),
                "that is the padding on one side only: " + padding
                    + " adds zeros at the top and left as well as at the bottom and right, so "
                      "the window of output "
                    + cellText(out) + " starts at input "
                    + cellText({start.row - before.row, start.col - before.col}) + ", not "
                    + cellText(start)};
    }
    const Cell crop{g.rows.cropBefore, g.cols.cropBefore};
    const std::string cropper = p.paddingMode == PaddingMode::Explicit
        ? "padding " + pairText(p.padding)
        : std::string("the 'same' crop");
    return {MistakeKind::OneSidedPadding, scatteredSum(p, out, {0, 0}),
            "that is the crop on one side only: " + cropper
                + " removes canvas rows and columns at the top and left as well as at the bottom "
                  "and right, so output "
                + cellText(out) + " is canvas cell "
                + cellText({out.row + crop.row, out.col + crop.col}) + ", not " + cellText(out)};
}

const char *sideWord(Axis axis, bool before)
{
    if (axis == Axis::Rows)
        return before ? "top" : "bottom";
    return before ? "left" : "right";
}

// "1–5", "3", or "none".
std::string spanText(const KeptSpan &span)
{
    if (span.isEmpty())
        return "none";
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
std::string cropReason(const Problem &p, const AxisGeometry &a, Axis axis)
{
    std::string cause = "the output size";
    if (p.paddingMode == PaddingMode::Explicit)
        cause = "padding " + std::to_string(axis == Axis::Rows ? p.padding.h : p.padding.w);
    else if (p.paddingMode == PaddingMode::Same)
        cause = "the 'same' crop";
    return cause + " removes "
        + countOf(std::min(a.cropBefore, a.full), axisWord(axis, false), axisWord(axis, true))
        + " from the " + sideWord(axis, true) + " and " + std::to_string(a.cropAfter())
        + " from the " + sideWord(axis, false) + " of the " + std::to_string(a.full) + " canvas "
        + (a.full == 1 ? axisWord(axis, false) : axisWord(axis, true)) + ", 0–"
        + std::to_string(a.full - 1);
}

// Why the output covers what it does on one axis after output padding.
std::string outputPaddingReason(const Problem &p, const AxisGeometry &a, Axis axis)
{
    const std::string cause = p.paddingMode == PaddingMode::Explicit || hasKerasOutputPadding(p)
        ? "output_padding "
            + std::to_string(axis == Axis::Rows ? p.outputPadding.h : p.outputPadding.w)
        : std::string("Keras's output size, input × stride,");
    const int added = a.cropBefore + a.out - a.cropEnd;
    const bool cropped = a.cropBefore > 0 || a.cropEnd < a.full;
    std::string text = (cropped ? "the crop kept " : "the canvas has ")
        + std::string(axisWord(axis, true)) + " " + spanText({a.cropBefore, a.cropEnd - 1})
        + " and " + cause + " adds "
        + countOf(std::max(added, 0), axisWord(axis, false), axisWord(axis, true)) + " at the "
        + sideWord(axis, false);
    if (a.cropBefore + a.out > a.full)
        text += " (" + std::string(axisWord(axis, true)) + " past " + std::to_string(a.full - 1)
            + " lie beyond the canvas and hold zeros)";
    return text;
}

} // namespace

bool closeEnough(double answer, double truth)
{
    const double scale = std::max({std::fabs(answer), std::fabs(truth), 1.0});
    return std::fabs(answer - truth) <= 1e-9 * scale;
}

std::vector<LikelyMistake> likelyValueMistakes(const Trace &trace, Cell out)
{
    std::vector<LikelyMistake> mistakes;
    const Problem &p = trace.problem;
    if (isUpsampling(p.op))
        return mistakes;
    const double truth = trace.output(out.row, out.col);
    const auto add = [&](LikelyMistake mistake) {
        if (closeEnough(mistake.value, truth))
            return;
        for (const LikelyMistake &m : mistakes)
            if (closeEnough(mistake.value, m.value))
                return;
        mistakes.push_back(std::move(mistake));
    };
    const std::vector<Mac> macs = macsIntoOutput(trace, out);
    const int n = static_cast<int>(macs.size());
    const std::string whole = wholeKernelPerCell(trace) ? "the kernel has " + std::to_string(n)
                                                        : "this cell receives " + std::to_string(n);
    for (const Mac &mac : macs) {
        if (mac.product == 0.0)
            continue;
        const std::string from = mac.input ? "input " + cellText(*mac.input) : "a zero";
        add({MistakeKind::MissedProduct, truth - mac.product,
             "you added " + countOf(n - 1, "product", "products") + "; " + whole
                 + " (the missing one is " + from + " × kernel " + cellText(mac.kernel) + " = "
                 + operand(mac.value) + "·" + operand(mac.weight) + " = "
                 + formatNumber(mac.product) + ")"});
    }
    add({MistakeKind::KernelTurned, turnedValue(p, out),
         p.op == Op::Conv2d
             ? "that is the sum with the kernel turned 180°; conv2d multiplies by the kernel as "
               "it stands (PyTorch and Keras compute a cross-correlation, without a flip)"
             : "that is the sum with the kernel as it stands; sliding over the zero-inserted "
               "input needs the kernel turned 180°"});
    const Geometry &g = trace.geometry;
    if (p.stride != Pair{1, 1})
        add(strideSideMistake(p, g, out));
    const bool paddedBefore = p.op == Op::Conv2d ? g.rows.padBefore > 0 || g.cols.padBefore > 0
                                                 : g.rows.cropBefore > 0 || g.cols.cropBefore > 0;
    if (paddedBefore)
        add(oneSidedMistake(p, g, out));
    if (p.bias != 0.0)
        add({MistakeKind::Bias, truth - p.bias, "you left out the bias " + formatNumber(p.bias)});
    return mistakes;
}

std::vector<OfferedAnswer> offeredAnswers(const Trace &trace, Cell out, int count)
{
    std::vector<OfferedAnswer> offered{{trace.output(out.row, out.col), true}};
    const std::vector<LikelyMistake> mistakes = likelyValueMistakes(trace, out);
    std::vector<bool> taken(mistakes.size(), false);
    const auto room = [&] { return static_cast<int>(offered.size()) < count; };
    for (MistakeKind kind :
         {MistakeKind::KernelTurned, MistakeKind::StrideSide, MistakeKind::OneSidedPadding,
          MistakeKind::MissedProduct, MistakeKind::Bias})
        for (size_t i = 0; i < mistakes.size() && room(); ++i)
            if (mistakes[i].kind == kind) {
                offered.push_back({mistakes[i].value, false});
                taken[i] = true;
                break;
            }
    for (size_t i = 0; i < mistakes.size() && room(); ++i)
        if (!taken[i])
            offered.push_back({mistakes[i].value, false});
    std::sort(offered.begin(), offered.end(),
              [](const OfferedAnswer &a, const OfferedAnswer &b) { return a.value < b.value; });
    return offered;
}

Verdict checkValue(const Trace &trace, Cell out, double answer)
{
    const double truth = trace.output(out.row, out.col);
    const std::string statement =
        valueStatement(out, macsIntoOutput(trace, out), trace.problem.bias, truth);
    if (closeEnough(answer, truth))
        return {true, "Right: " + statement + "."};
    for (const LikelyMistake &mistake : likelyValueMistakes(trace, out))
        if (closeEnough(answer, mistake.value))
            return {false,
                    "Not right: " + mistake.explanation + ". " + capitalised(statement) + "."};
    return {false,
            "Not right: " + formatNumber(answer) + " is not the value. " + capitalised(statement)
                + "."};
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
        return {true, "Right: the output is " + sizeText(truth) + "."};
    std::vector<std::string> parts;
    for (Axis axis : {Axis::Rows, Axis::Cols})
        if (answer[axis] != truth[axis])
            parts.push_back("the output has "
                            + countOf(truth[axis], axisWord(axis, false), axisWord(axis, true))
                            + ", not " + std::to_string(answer[axis]) + ": "
                            + shapeFormula(problem, axis));
    return wrong(parts);
}

Verdict checkInsertedSize(const Problem &problem, Pair answer)
{
    const Geometry g = geometryOf(problem);
    const Pair truth{g.rows.dilatedInput, g.cols.dilatedInput};
    if (answer == truth)
        return {true,
                "Right: with stride − 1 zeros between neighbours the input is " + sizeText(truth)
                    + "."};
    std::vector<std::string> parts;
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const AxisGeometry &a = g[axis];
        if (answer[axis] != truth[axis])
            parts.push_back("the zero-inserted input has "
                            + countOf(truth[axis], axisWord(axis, false), axisWord(axis, true))
                            + ", not " + std::to_string(answer[axis]) + ": (i − 1)·s + 1 = ("
                            + std::to_string(a.in) + " − 1)·" + std::to_string(a.stride)
                            + " + 1 = " + std::to_string(a.dilatedInput));
    }
    return wrong(parts);
}

Verdict checkRecipe(const Problem &problem, const RecipeAnswer &answer)
{
    const auto truth = recipeOf(problem);
    if (!truth)
        return {false,
                "This problem has no zero-insertion recipe with padding of zero or more: "
                "a side would have to be cropped instead."};
    const Geometry g = geometryOf(problem);
    std::vector<std::string> parts;
    const auto side = [&](const char *name, int want, int got, const std::string &why) {
        if (want != got)
            parts.push_back(std::string(name) + ": " + why + " = " + std::to_string(want) + ", not "
                            + std::to_string(got));
    };
    const auto between = [&](Axis axis, int want, int got) {
        side(axis == Axis::Rows ? "zeros between rows" : "zeros between columns", want, got,
             "stride − 1 = " + std::to_string(g[axis].stride) + " − 1");
    };
    const auto before = [&](const char *name, const AxisGeometry &a, int got) {
        const std::string why = a.cropBefore == 0 ? "d(k−1) = " + dk(a)
                                                  : "d(k−1) − " + cropName(problem) + " = " + dk(a)
                + " − " + std::to_string(a.cropBefore);
        side(name, a.zeroPadBefore, got, why);
    };
    const auto after = [&](const char *name, const char *first, Axis axis, int got) {
        const AxisGeometry &a = g[axis];
        side(name, a.zeroPadAfter, got,
             std::string("o + d(k−1) − zero-inserted ") + axisWord(axis, true) + " − pad " + first
                 + " = " + std::to_string(a.out) + " + " + std::to_string(a.span - 1) + " − "
                 + std::to_string(a.dilatedInput) + " − " + std::to_string(a.zeroPadBefore));
    };
    between(Axis::Rows, truth->zerosBetween.h, answer.zerosBetween.h);
    between(Axis::Cols, truth->zerosBetween.w, answer.zerosBetween.w);
    before("pad top", g.rows, answer.pad.top);
    after("pad bottom", "top", Axis::Rows, answer.pad.bottom);
    before("pad left", g.cols, answer.pad.left);
    after("pad right", "left", Axis::Cols, answer.pad.right);
    if (parts.empty())
        return {true, "Right: " + recipeText(*truth) + "."};
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
    const std::string cells =
        "canvas rows " + spanText(truth.rows) + " and columns " + spanText(truth.cols);
    if (sameSpan(answer.rows, truth.rows) && sameSpan(answer.cols, truth.cols)) {
        const std::string size = sizeText({lengthOf(truth.rows), lengthOf(truth.cols)});
        return {true,
                crop ? "Right: the crop keeps " + cells + ", leaving " + size + "."
                     : "Right: the output is " + cells + ", " + size + "."};
    }
    const Geometry g = geometryOf(problem);
    std::vector<std::string> parts;
    for (Axis axis : {Axis::Rows, Axis::Cols}) {
        const KeptSpan &want = axis == Axis::Rows ? truth.rows : truth.cols;
        const KeptSpan &got = axis == Axis::Rows ? answer.rows : answer.cols;
        if (sameSpan(want, got))
            continue;
        const std::string what =
            std::string(crop ? "the crop keeps canvas " : "the output is canvas ")
            + axisWord(axis, true) + " " + spanText(want) + ", not " + spanText(got) + ": ";
        parts.push_back(what
                        + (crop ? cropReason(problem, g[axis], axis)
                                : outputPaddingReason(problem, g[axis], axis)));
    }
    return wrong(parts);
}

Verdict checkAnswer(const Exercise &exercise, const ExerciseAnswer &given)
{
    const ExerciseKind kind = kindOf(exercise);
    if (kindOf(given) != kind)
        return {false,
                std::string("Not right: this exercise asks for the ") + exerciseKindName(kind)
                    + ", not the " + exerciseKindName(kindOf(given)) + "."};
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
