#include "core/value_mistakes.h"

#include "core/links.h"
#include "core/narration.h"
#include "core/trace.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace convstep {
namespace {

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

LikelyMistake mistake(MistakeKind kind, double value, Message reason)
{
    std::string english = reason.str();
    return {kind, value, std::move(english), std::move(reason)};
}

LikelyMistake strideSideMistake(const Problem &p, const Geometry &g, Cell out)
{
    if (p.op == Op::Conv2d) {
        const Cell start{out.row * p.stride.h, out.col * p.stride.w};
        return mistake(MistakeKind::StrideSide,
                       scatteredSum(p, out, {g.rows.padBefore, g.cols.padBefore}),
                       {CONVSTEP_TR("Verdict",
                                    "that is the stride applied to the wrong side: the inputs "
                                    "spread over the output by the stride, as a transposed "
                                    "convolution spreads them; conv2d moves its window over the "
                                    "input by the stride %1, so the window of output %2 starts at "
                                    "padded input %3"),
                        {pairText(p.stride), cellText(out), cellText(start)}});
    }
    return mistake(MistakeKind::StrideSide,
                   windowSum(p,
                             {out.row * p.stride.h - g.rows.cropBefore,
                              out.col * p.stride.w - g.cols.cropBefore}),
                   {CONVSTEP_TR("Verdict",
                                "that is the stride applied to the wrong side: a window moved "
                                "over the input by the stride, as conv2d moves it; a transposed "
                                "convolution spreads the inputs over the output by the stride "
                                "%1, so input (i, j) lands from canvas cell %2"),
                    {pairText(p.stride), spreadText(p.stride)}});
}

// The top and left padding (or crop) left out, all of it at the bottom and right.
LikelyMistake oneSidedMistake(const Problem &p, const Geometry &g, Cell out)
{
    const Cell before{g.rows.padBefore, g.cols.padBefore};
    const bool explicitPadding = p.paddingMode == PaddingMode::Explicit;
    if (p.op == Op::Conv2d) {
        const Cell start{out.row * p.stride.h, out.col * p.stride.w};
        const Message padding = explicitPadding
            ? Message{CONVSTEP_TR("Verdict", "padding %1"), {pairText(p.padding)}}
            : Message{CONVSTEP_TR("Verdict", "'same' padding")};
        return mistake(
            MistakeKind::OneSidedPadding, windowSum(p, start),
            {CONVSTEP_TR("Verdict",
                         "that is the padding on one side only: %1 adds zeros at the "
                         "top and left as well as at the bottom and right, so the "
                         "window of output %2 starts at input %3, not %4"),
             {padding, cellText(out), cellText({start.row - before.row, start.col - before.col}),
              cellText(start)}});
    }
    const Cell crop{g.rows.cropBefore, g.cols.cropBefore};
    const Message cropper = explicitPadding
        ? Message{CONVSTEP_TR("Verdict", "padding %1"), {pairText(p.padding)}}
        : Message{CONVSTEP_TR("Verdict", "the 'same' crop")};
    return mistake(MistakeKind::OneSidedPadding, scatteredSum(p, out, {0, 0}),
                   {CONVSTEP_TR("Verdict",
                                "that is the crop on one side only: %1 removes canvas rows and "
                                "columns at the top and left as well as at the bottom and right, "
                                "so output %2 is canvas cell %3, not %4"),
                    {cropper, cellText(out), cellText({out.row + crop.row, out.col + crop.col}),
                     cellText(out)}});
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
    const Message whole = wholeKernelPerCell(trace)
        ? Message{CONVSTEP_TR("Verdict", "the kernel has %1"), {std::to_string(n)}}
        : Message{CONVSTEP_TR("Verdict", "this cell receives %1"), {std::to_string(n)}};
    for (const Mac &mac : macs) {
        if (mac.product == 0.0)
            continue;
        const Message from = mac.input
            ? Message{CONVSTEP_TR("Verdict", "input %1"), {cellText(*mac.input)}}
            : Message{CONVSTEP_TR("Verdict", "a zero")};
        add(mistake(MistakeKind::MissedProduct, truth - mac.product,
                    {CONVSTEP_TR_N("Verdict",
                                   "you added %n products; %1 (the missing one is %2 × kernel %3 "
                                   "= %4 = %5)",
                                   "you added %n product; %1 (the missing one is %2 × kernel %3 = "
                                   "%4 = %5)"),
                     n - 1,
                     {whole, from, cellText(mac.kernel),
                      operand(mac.value) + "·" + operand(mac.weight), formatNumber(mac.product)}}));
    }
    add(mistake(MistakeKind::KernelTurned, turnedValue(p, out),
                p.op == Op::Conv2d
                    ? Message{CONVSTEP_TR("Verdict",
                                          "that is the sum with the kernel turned 180°; conv2d "
                                          "multiplies by the kernel as it stands (PyTorch and "
                                          "Keras compute a cross-correlation, without a flip)")}
                    : Message{CONVSTEP_TR("Verdict",
                                          "that is the sum with the kernel as it stands; "
                                          "sliding over the zero-inserted input needs the "
                                          "kernel turned 180°")}));
    const Geometry &g = trace.geometry;
    if (p.stride != Pair{1, 1})
        add(strideSideMistake(p, g, out));
    const bool paddedBefore = p.op == Op::Conv2d ? g.rows.padBefore > 0 || g.cols.padBefore > 0
                                                 : g.rows.cropBefore > 0 || g.cols.cropBefore > 0;
    if (paddedBefore)
        add(oneSidedMistake(p, g, out));
    if (p.bias != 0.0)
        add(mistake(MistakeKind::Bias, truth - p.bias,
                    {CONVSTEP_TR("Verdict", "you left out the bias %1"), {formatNumber(p.bias)}}));
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

} // namespace convstep
