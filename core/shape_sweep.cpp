#include "core/shape_sweep.h"

#include "core/geometry.h"

#include <algorithm>
#include <map>

namespace convstep {
namespace {

std::string n(int value)
{
    return std::to_string(value);
}

std::optional<int> rowsOut(const Problem &p)
{
    if (validate(p))
        return std::nullopt;
    return geometryOf(p).rows.out;
}

// The same problem as PyTorch states it with integer padding p and no output_padding.
Problem asPyTorch(Problem p, int padding)
{
    p.paddingMode = PaddingMode::Explicit;
    p.padding = {padding, p.padding.w};
    p.outputPadding = {0, 0};
    return p;
}

// TensorFlow accepts an explicit output_padding only if a forward convolution of the output
// gives back the input (the check validate() makes for nonzero output_padding).
bool kerasAccepts(PaddingMode mode, const AxisGeometry &g, int out)
{
    const int forward = mode == PaddingMode::Same ? (out + g.stride - 1) / g.stride
                                                  : std::max(out - g.span + g.stride, 0) / g.stride;
    return forward == g.in;
}

std::optional<ShapeMark> markAt(const Problem &variant, ShapeConvention convention, int x, int out)
{
    const bool transposed = variant.op == Op::ConvTranspose2d;
    const AxisGeometry g = geometryOf(variant).rows;
    ShapeMark mark;
    mark.convention = convention;
    mark.x = x;
    mark.out = out;
    if (convention == ShapeConvention::KerasValid && transposed) {
        const auto other = rowsOut(asPyTorch(variant, 0));
        if (other && *other != out) {
            mark.kind = ShapeDifference::KernelBelowStride;
            mark.other = *other;
            return mark;
        }
    }
    if (convention != ShapeConvention::KerasSame)
        return std::nullopt;
    mark.before = transposed ? g.cropBefore : g.padBefore;
    mark.after = transposed ? g.cropAfter() : g.padAfter;
    if (mark.before != mark.after) {
        mark.kind = ShapeDifference::AsymmetricSame;
        return mark;
    }
    return std::nullopt;
}

std::optional<ShapeMark> unsetMarkAt(const Problem &variant, int x, int out)
{
    if (variant.op != Op::ConvTranspose2d || variant.paddingMode != PaddingMode::Same)
        return std::nullopt;
    const AxisGeometry g = geometryOf(variant).rows;
    // Keras's output_padding=0 sizes 'same' as PyTorch does with p = ⌊span/2⌋.
    const auto zero = rowsOut(asPyTorch(variant, g.span / 2));
    if (!zero || *zero == out || !kerasAccepts(PaddingMode::Same, g, *zero))
        return std::nullopt;
    ShapeMark mark;
    mark.kind = ShapeDifference::OutputPaddingUnset;
    mark.convention = ShapeConvention::KerasSame;
    mark.x = x;
    mark.out = out;
    mark.other = *zero;
    return mark;
}

Message at(SweepVariable variable, int x)
{
    return {CONVSTEP_TR("ShapeSweep", "at %1 %2"), {sweepVariableMessage(variable), n(x)}};
}

Message startAt(SweepVariable variable, int x) // the same, opening a sentence
{
    return {CONVSTEP_TR("ShapeSweep", "At %1 %2"), {sweepVariableMessage(variable), n(x)}};
}

std::string listOf(const std::vector<int> &xs)
{
    std::string text;
    const size_t shown = std::min<size_t>(xs.size(), 6);
    for (size_t i = 0; i < shown; ++i)
        text += (i ? ", " : "") + n(xs[i]);
    return xs.size() > shown ? text + ", …" : text;
}

} // namespace

const char *sweepVariableName(SweepVariable variable)
{
    switch (variable) {
    case SweepVariable::Stride:
        return "stride";
    case SweepVariable::Padding:
        return "padding";
    case SweepVariable::InputSize:
        break;
    }
    return "input size";
}

Message sweepVariableMessage(SweepVariable variable)
{
    switch (variable) {
    case SweepVariable::Stride:
        return {CONVSTEP_TR_C("ShapeSweep", "stride", "the swept setting")};
    case SweepVariable::Padding:
        return {CONVSTEP_TR_C("ShapeSweep", "padding", "the swept setting")};
    case SweepVariable::InputSize:
        break;
    }
    return {CONVSTEP_TR_C("ShapeSweep", "input size", "the swept setting")};
}

Problem shapeVariant(const Problem &problem, ShapeConvention convention, SweepVariable variable,
                     int x)
{
    Problem p = problem;
    const int rows = variable == SweepVariable::InputSize ? x : static_cast<int>(p.input.rows());
    p.input = Grid::Zero(std::max(rows, 0), p.input.cols());
    if (variable == SweepVariable::Stride)
        p.stride.h = x;
    const bool explicitPadding = problem.paddingMode == PaddingMode::Explicit;
    const Pair ownPadding = explicitPadding ? problem.padding : Pair{0, 0};
    p.outputPadding = {0, 0};
    switch (convention) {
    case ShapeConvention::PyTorch:
    case ShapeConvention::PyTorchOutputPadding:
        p.paddingMode = PaddingMode::Explicit;
        p.padding = {variable == SweepVariable::Padding ? x : ownPadding.h, ownPadding.w};
        if (convention == ShapeConvention::PyTorchOutputPadding)
            p.outputPadding = problem.outputPadding != Pair{0, 0}
                ? problem.outputPadding
                : Pair{std::max(p.stride.h - 1, 0), std::max(p.stride.w - 1, 0)};
        break;
    case ShapeConvention::KerasValid:
    case ShapeConvention::KerasSame:
        p.paddingMode =
            convention == ShapeConvention::KerasValid ? PaddingMode::Valid : PaddingMode::Same;
        p.padding = {0, 0};
        break;
    }
    return p;
}

std::optional<int> sweptSize(const Problem &problem, ShapeConvention convention,
                             SweepVariable variable, int x)
{
    return rowsOut(shapeVariant(problem, convention, variable, x));
}

std::vector<ShapeConvention> sweptConventions(const Problem &problem)
{
    if (problem.op == Op::Conv2d)
        return {ShapeConvention::PyTorch, ShapeConvention::KerasValid, ShapeConvention::KerasSame};
    if (problem.op == Op::ConvTranspose2d)
        return {ShapeConvention::PyTorch, ShapeConvention::PyTorchOutputPadding,
                ShapeConvention::KerasValid, ShapeConvention::KerasSame};
    return {};
}

Message conventionLabelMessage(const Problem &problem, ShapeConvention convention,
                               SweepVariable variable)
{
    const bool transposed = problem.op == Op::ConvTranspose2d;
    const std::string p = variable == SweepVariable::Padding ? std::string("p")
        : problem.paddingMode == PaddingMode::Explicit       ? n(problem.padding.h)
                                                             : std::string("0");
    switch (convention) {
    case ShapeConvention::PyTorch:
        return "PyTorch padding=" + p;
    case ShapeConvention::PyTorchOutputPadding:
        return "PyTorch padding=" + p + ", output_padding="
            + (problem.outputPadding != Pair{0, 0} ? n(problem.outputPadding.h)
                                                   : std::string("s−1"));
    case ShapeConvention::KerasValid:
        return transposed ? Message{CONVSTEP_TR("ShapeSweep",
                                                "Keras 'valid' (output_padding "
                                                "unset)")}
                          : Message{std::string("Keras 'valid'")};
    case ShapeConvention::KerasSame:
        return transposed ? Message{CONVSTEP_TR("ShapeSweep",
                                                "Keras 'same' (output_padding "
                                                "unset)")}
                          : Message{std::string("Keras 'same'")};
    }
    return {};
}

std::string conventionLabel(const Problem &problem, ShapeConvention convention,
                            SweepVariable variable)
{
    return conventionLabelMessage(problem, convention, variable).str();
}

std::pair<int, int> sweepRange(const Problem &problem, SweepVariable variable)
{
    switch (variable) {
    case SweepVariable::Stride:
        return {1, 8};
    case SweepVariable::Padding:
        return {0, 8};
    case SweepVariable::InputSize:
        break;
    }
    return {
        1, std::min(2 * std::max(static_cast<int>(problem.input.rows()), 8), limits::maxInputSide)};
}

ShapeSweep sweepShapes(const Problem &problem, SweepVariable variable, int first, int last)
{
    ShapeSweep sweep;
    sweep.variable = variable;
    for (ShapeConvention convention : sweptConventions(problem)) {
        ShapeSeries series;
        series.convention = convention;
        series.labelMessage = conventionLabelMessage(problem, convention, variable);
        series.label = series.labelMessage.str();
        for (int x = first; x <= last; ++x) {
            const Problem variant = shapeVariant(problem, convention, variable, x);
            const auto out = rowsOut(variant);
            series.x.push_back(x);
            series.out.push_back(out);
            if (!out)
                continue;
            if (auto mark = markAt(variant, convention, x, *out))
                sweep.marks.push_back(*mark);
            if (auto mark = unsetMarkAt(variant, x, *out))
                sweep.marks.push_back(*mark);
        }
        sweep.series.push_back(std::move(series));
    }
    return sweep;
}

std::vector<ShapeExplanation> explainDifferences(const Problem &problem, const ShapeSweep &sweep)
{
    std::map<ShapeDifference, std::vector<const ShapeMark *>> byKind;
    for (const ShapeMark &mark : sweep.marks)
        byKind[mark.kind].push_back(&mark);
    const bool transposed = problem.op == Op::ConvTranspose2d;
    std::vector<ShapeExplanation> lines;
    const auto line = [&lines](std::optional<ShapeDifference> kind, Message message) {
        std::string english = message.str();
        lines.push_back({kind, std::move(english), std::move(message)});
    };
    for (const auto &[kind, marks] : byKind) {
        std::vector<int> xs;
        for (const ShapeMark *m : marks)
            xs.push_back(m->x);
        const ShapeMark &m = *marks.front();
        const Message where{CONVSTEP_TR_C("ShapeSweep", "%1 %2", "a setting and its values"),
                            {sweepVariableMessage(sweep.variable), listOf(xs)}};
        switch (kind) {
        case ShapeDifference::KernelBelowStride:
            line(kind,
                 {CONVSTEP_TR("ShapeSweep",
                              "Kernel < stride with 'valid' (%1): the kernel copies do not "
                              "reach each other, and Keras with output_padding unset sizes "
                              "the output i·s + max(k − s, 0), padding the gap with zeros; "
                              "PyTorch, and Keras with output_padding=0, give (i − 1)·s + "
                              "k. %2: Keras %3 rows, PyTorch %4."),
                  {where, startAt(sweep.variable, m.x), n(m.out), n(m.other)}});
            break;
        case ShapeDifference::AsymmetricSame:
            line(kind,
                 {transposed
                      ? CONVSTEP_TR("ShapeSweep",
                                    "Asymmetric 'same' (%1): the canvas must lose an odd number of "
                                    "rows; TensorFlow crops %2 before and %3 after (%4), the odd "
                                    "one at the bottom/right. PyTorch's integer padding is the "
                                    "same on both sides, so it needs output_padding to give the "
                                    "same rows back.")
                      : CONVSTEP_TR("ShapeSweep",
                                    "Asymmetric 'same' (%1): an odd number of padding zeros is "
                                    "needed; TensorFlow adds %2 before and %3 after (%4), the odd "
                                    "one at the bottom/right. PyTorch's integer padding is the "
                                    "same on both sides, so no padding=p reproduces it: pad by "
                                    "hand with F.pad first."),
                  {where, n(m.before), n(m.after), at(sweep.variable, m.x)}});
            break;
        case ShapeDifference::OutputPaddingUnset:
            line(kind,
                 {CONVSTEP_TR("ShapeSweep",
                              "output_padding unset vs 0 with 'same' (%1): unset, Keras "
                              "makes the output i·s; output_padding=0 switches to (i − 1)·s "
                              "+ k − 2⌊k/2⌋, PyTorch's size with p = ⌊k/2⌋. %2: %3 rows "
                              "unset, %4 with 0."),
                  {where, startAt(sweep.variable, m.x), n(m.out), n(m.other)}});
            break;
        }
    }
    if (lines.empty())
        line(std::nullopt,
             {CONVSTEP_TR("ShapeSweep",
                          "PyTorch and Keras agree on every size in "
                          "this range where both accept the "
                          "problem.")});
    bool gap = false;
    for (const ShapeSeries &series : sweep.series)
        gap = gap
            || std::any_of(series.out.begin(), series.out.end(),
                           [](const std::optional<int> &o) { return !o.has_value(); });
    if (gap)
        line(std::nullopt,
             {CONVSTEP_TR("ShapeSweep",
                          "A gap in a line is a size the convention "
                          "rejects (the output would be empty, "
                          "output_padding too large, or Keras's "
                          "stride-with-dilation rule).")});
    return lines;
}

} // namespace convstep
