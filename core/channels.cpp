#include "core/channels.h"

#include "core/narration.h"

#include <cmath>
#include <string>

namespace convstep {
namespace {

std::string grouped(long long n)
{
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

std::optional<ProblemError> checkCount(const char *field, Template what, int n)
{
    if (n < 1 || n > limits::maxChannels)
        return problemError(field,
                            {what, {std::to_string(limits::maxChannels), std::to_string(n)}});
    return std::nullopt;
}

// Every grid of a channel list has the first one's size and finite values.
// `sized` says "channel %1 is %2; every one must be %3 like the first"; `infinite` says where a
// value is not finite: "values must be finite numbers; channel %1, row %2, column %3 is not".
std::optional<ProblemError> checkGrids(const char *field, Template sized, Template infinite,
                                       const std::vector<Grid> &grids, Pair size)
{
    for (size_t i = 0; i < grids.size(); ++i) {
        const Grid &grid = grids[i];
        if (sizeOf(grid) != size)
            return problemError(
                field, {sized, {std::to_string(i), sizeText(sizeOf(grid)), sizeText(size)}});
        for (Eigen::Index r = 0; r < grid.rows(); ++r)
            for (Eigen::Index c = 0; c < grid.cols(); ++c)
                if (!std::isfinite(grid(r, c)))
                    return problemError(
                        field,
                        {infinite, {std::to_string(i), std::to_string(r), std::to_string(c)}});
    }
    return std::nullopt;
}

std::optional<ProblemError> checkKernelAxes(const Problem &p, const ChannelShape &s)
{
    const Message kernelShape = p.kernels.empty()
        ? Message{CONVSTEP_TR("Problem", "a 2-D kernel (one channel in, one out)")}
        : Message{shapeText({s.lead, s.inner, static_cast<int>(p.kernel.rows()),
                             static_cast<int>(p.kernel.cols())})};
    if (p.op == Op::Conv2d && s.inner != s.inPerGroup())
        return problemError("kernel",
                            {CONVSTEP_TR("Problem",
                                         "a conv2d weight is [C_out][C_in/groups][kh][kw], so its "
                                         "second axis must be %1/%2 = %3, got %4"),
                             {std::to_string(s.in), std::to_string(s.groups),
                              std::to_string(s.inPerGroup()), kernelShape}});
    if (p.op == Op::ConvTranspose2d && s.lead != s.in)
        return problemError(
            "kernel",
            {CONVSTEP_TR("Problem",
                         "a conv_transpose2d weight is [C_in][C_out/groups][kh][kw], "
                         "so its first axis must be C_in = %1, got %2"),
             {std::to_string(s.in), kernelShape}});
    return std::nullopt;
}

// No output can overflow when max|x| · Σ|W| over a group's weights + |bias| is finite.
std::optional<ProblemError> checkMagnitude(const Problem &p, const ChannelShape &s)
{
    double largest = 0.0;
    for (int c = 0; c < s.in; ++c)
        largest = std::max(largest, inputChannel(p, c).cwiseAbs().maxCoeff());
    for (int o = 0; o < s.out; ++o) {
        const int first = s.groupOfOut(o) * s.inPerGroup();
        double weights = 0.0;
        for (int i = first; i < first + s.inPerGroup(); ++i)
            weights += weightOf(p, o, i).cwiseAbs().sum();
        if (!std::isfinite(largest * weights + std::fabs(biasOf(p, o))))
            return problemError("input",
                                {CONVSTEP_TR("Problem",
                                             "values are too large: the output could exceed the "
                                             "largest double-precision number")});
    }
    return std::nullopt;
}

} // namespace

bool hasChannels(const Problem &problem)
{
    return !problem.inputs.empty() || !problem.kernels.empty();
}

ChannelShape channelShape(const Problem &p)
{
    ChannelShape s;
    s.in = p.inputs.empty() ? 1 : static_cast<int>(p.inputs.size());
    s.groups = p.groups;
    if (!p.kernels.empty() && p.kernelLead > 0) {
        s.lead = p.kernelLead;
        s.inner = static_cast<int>(p.kernels.size()) / p.kernelLead;
    }
    s.out = p.op == Op::ConvTranspose2d ? s.inner * s.groups : s.lead;
    return s;
}

const Grid &inputChannel(const Problem &problem, int channel)
{
    return problem.inputs.empty() ? problem.input : problem.inputs[static_cast<size_t>(channel)];
}

std::array<int, 2> weightIndex(const Problem &problem, int out, int in)
{
    const ChannelShape s = channelShape(problem);
    if (problem.op == Op::ConvTranspose2d)
        return {in, out % s.outPerGroup()};
    return {out, in % s.inPerGroup()};
}

namespace {

// Where kernel W[out, in] is in `kernels`, row-major over the weight's two channel axes.
size_t weightSlot(const Problem &problem, int out, int in)
{
    const auto [lead, inner] = weightIndex(problem, out, in);
    const size_t inners = problem.kernels.size() / static_cast<size_t>(problem.kernelLead);
    return static_cast<size_t>(lead) * inners + static_cast<size_t>(inner);
}

} // namespace

const Grid &weightOf(const Problem &problem, int out, int in)
{
    if (problem.kernels.empty())
        return problem.kernel;
    return problem.kernels[weightSlot(problem, out, in)];
}

double biasOf(const Problem &problem, int out)
{
    return problem.biases.empty() ? problem.bias : problem.biases[static_cast<size_t>(out)];
}

bool hasPair(const Problem &problem, ChannelPair pair)
{
    if (validate(problem))
        return false;
    const ChannelShape s = channelShape(problem);
    return pair.out >= 0 && pair.out < s.out && pair.in >= 0 && pair.in < s.in
        && s.groupOfOut(pair.out) == s.groupOfIn(pair.in);
}

void setInputValue(Problem &problem, int channel, Cell cell, double value)
{
    if (!problem.inputs.empty())
        problem.inputs[static_cast<size_t>(channel)](cell.row, cell.col) = value;
    if (problem.inputs.empty() || channel == 0)
        problem.input(cell.row, cell.col) = value;
}

void setWeightValue(Problem &problem, ChannelPair pair, Cell element, double value)
{
    const size_t slot = problem.kernels.empty() ? 0 : weightSlot(problem, pair.out, pair.in);
    if (!problem.kernels.empty())
        problem.kernels[slot](element.row, element.col) = value;
    if (slot == 0)
        problem.kernel(element.row, element.col) = value;
}

void setChannels(Problem &problem, std::vector<Grid> inputs, std::vector<Grid> kernels, int lead)
{
    problem.inputs = std::move(inputs);
    problem.kernels = std::move(kernels);
    problem.kernelLead = problem.kernels.empty() ? 0 : lead;
    if (!problem.inputs.empty())
        problem.input = problem.inputs.front();
    if (!problem.kernels.empty())
        problem.kernel = problem.kernels.front();
}

Problem pairProblem(const Problem &problem, int out, int in)
{
    Problem pair;
    pair.op = problem.op;
    pair.input = inputChannel(problem, in);
    pair.kernel = weightOf(problem, out, in);
    pair.stride = problem.stride;
    pair.dilation = problem.dilation;
    pair.paddingMode = problem.paddingMode;
    pair.padding = problem.padding;
    pair.outputPadding = problem.outputPadding;
    return pair;
}

std::optional<ProblemError> checkChannels(const Problem &p)
{
    if (!hasChannels(p) && p.groups == 1 && p.biases.empty())
        return std::nullopt;
    if (!hasChannels(p) && !p.biases.empty())
        return problemError("bias",
                            {CONVSTEP_TR("Problem",
                                         "a list gives one bias per output channel, but the input "
                                         "and the kernel have no channel axes; write one number")});
    if (!p.inputs.empty()) {
        if (auto e = checkCount(
                "input", CONVSTEP_TR("Problem", "the input must have 1 to %1 channels, got %2"),
                static_cast<int>(p.inputs.size())))
            return e;
        if (auto e = checkGrids(
                "input",
                CONVSTEP_TR("Problem", "channel %1 is %2; every one must be %3 like the first"),
                CONVSTEP_TR("Problem",
                            "values must be finite numbers; channel %1, row %2, column %3 is not"),
                p.inputs, sizeOf(p.input)))
            return e;
    }
    const long long inputValues =
        static_cast<long long>(p.inputs.empty() ? 1 : p.inputs.size()) * p.input.size();
    if (inputValues > limits::maxInputValues)
        return problemError("input",
                            {CONVSTEP_TR("Problem",
                                         "has %1 values (channels × rows × columns); the limit is "
                                         "%2"),
                             {grouped(inputValues), grouped(limits::maxInputValues)}});
    if (!p.kernels.empty()) {
        const int lead = p.kernelLead;
        if (auto e = checkCount("kernel",
                                CONVSTEP_TR("Problem",
                                            "the weight's first axis must have 1 to %1 channels, "
                                            "got %2"),
                                lead))
            return e;
        if (p.kernels.size() % static_cast<size_t>(lead) != 0)
            return problemError("kernel",
                                {CONVSTEP_TR("Problem",
                                             "must be a 4-D array of equally many kernels per row, "
                                             "got %1 kernels in %2 rows"),
                                 {std::to_string(p.kernels.size()), std::to_string(lead)}});
        if (auto e = checkCount("kernel",
                                CONVSTEP_TR("Problem",
                                            "the weight's second axis must have 1 to %1 channels, "
                                            "got %2"),
                                static_cast<int>(p.kernels.size()) / lead))
            return e;
        if (auto e = checkGrids(
                "kernel",
                CONVSTEP_TR("Problem", "kernel %1 is %2; every one must be %3 like the first"),
                CONVSTEP_TR("Problem",
                            "values must be finite numbers; kernel %1, row %2, column %3 is not"),
                p.kernels, sizeOf(p.kernel)))
            return e;
        const long long weights = static_cast<long long>(p.kernels.size()) * p.kernel.size();
        if (weights > limits::maxWeights)
            return problemError("kernel",
                                {CONVSTEP_TR("Problem", "has %1 weights; the limit is %2"),
                                 {grouped(weights), grouped(limits::maxWeights)}});
    }
    const ChannelShape s = channelShape(p);
    if (p.groups < 1 || p.groups > limits::maxChannels)
        return problemError("groups",
                            {CONVSTEP_TR("Problem", "must be between 1 and %1, got %2"),
                             {std::to_string(limits::maxChannels), std::to_string(p.groups)}});
    if (s.in % p.groups != 0)
        return problemError("groups",
                            {CONVSTEP_TR_N("Problem", "must divide the input's %n channels, got %1",
                                           "must divide the input's %n channel, got %1"),
                             s.in,
                             {std::to_string(p.groups)}});
    if (auto e = checkKernelAxes(p, s))
        return e;
    if (s.out > limits::maxChannels)
        return problemError("kernel",
                            {CONVSTEP_TR("Problem", "gives %1 output channels; the limit is %2"),
                             {std::to_string(s.out), std::to_string(limits::maxChannels)}});
    if (s.out % p.groups != 0)
        return problemError(
            "groups",
            {CONVSTEP_TR_N("Problem",
                           "must divide the %n output channels (the weight's first axis), got %1",
                           "must divide the %n output channel (the weight's first axis), got %1"),
             s.out,
             {std::to_string(p.groups)}});
    if (!p.biases.empty()) {
        if (static_cast<int>(p.biases.size()) != s.out)
            return problemError("bias",
                                {CONVSTEP_TR("Problem",
                                             "a list needs one number per output channel, %1, got "
                                             "%2"),
                                 {std::to_string(s.out), std::to_string(p.biases.size())}});
        for (size_t i = 0; i < p.biases.size(); ++i)
            if (!std::isfinite(p.biases[i]))
                return problemError(
                    "bias",
                    {CONVSTEP_TR("Problem", "must be finite numbers; entry %1 is not"),
                     {std::to_string(i)}});
    }
    if (p.op == Op::ConvTranspose2d && p.groups > 1 && p.paddingMode != PaddingMode::Explicit)
        return problemError(
            "groups",
            {CONVSTEP_TR("Problem",
                         "Keras's Conv2DTranspose has no groups, so padding \"%1\" "
                         "needs groups 1; use integer padding (PyTorch), got "
                         "groups %2"),
             {std::string(paddingModeName(p.paddingMode)), std::to_string(p.groups)}});
    return checkMagnitude(p, s);
}

std::optional<ProblemError> checkChannelOutput(const Problem &p)
{
    if (!hasChannels(p))
        return std::nullopt;
    const Pair out = geometryOf(p).outputSize();
    const long long values = static_cast<long long>(channelShape(p).out) * out.h * out.w;
    if (values > limits::maxOutputValues)
        return problemError("input",
                            {CONVSTEP_TR("Problem",
                                         "the output would have %1 values (channels × rows × "
                                         "columns); the limit is %2"),
                             {grouped(values), grouped(limits::maxOutputValues)}});
    return std::nullopt;
}

Problem withChannels(const Problem &problem, int in, int out, int groups)
{
    const ChannelShape old = channelShape(problem);
    Problem p = problem;
    p.groups = groups;
    if (in == 1 && out == 1 && groups == 1) {
        p.input = inputChannel(problem, 0);
        p.kernel = weightOf(problem, 0, 0);
        if (!problem.biases.empty())
            p.bias = problem.biases.front();
        setChannels(p, {}, {}, 0);
        p.biases.clear();
        return p;
    }
    std::vector<Grid> inputs;
    for (int c = 0; c < in; ++c)
        inputs.push_back(inputChannel(problem, std::min(c, old.in - 1)));
    ChannelShape s = old;
    s.in = in;
    s.out = out;
    s.groups = groups;
    const bool transposed = problem.op == Op::ConvTranspose2d;
    s.lead = transposed ? in : out;
    s.inner = transposed ? out / groups : in / groups;
    std::vector<Grid> kernels(static_cast<size_t>(s.lead * s.inner), weightOf(problem, 0, 0));
    for (int o = 0; o < out; ++o) {
        const int first = s.groupOfOut(o) * s.inPerGroup();
        for (int i = first; i < first + s.inPerGroup(); ++i) {
            const bool existed = o < old.out && i < old.in && old.groupOfOut(o) == old.groupOfIn(i);
            const int lead = transposed ? i : o;
            const int inner = transposed ? o % s.outPerGroup() : i % s.inPerGroup();
            if (existed)
                kernels[static_cast<size_t>(lead * s.inner + inner)] = weightOf(problem, o, i);
        }
    }
    setChannels(p, std::move(inputs), std::move(kernels), s.lead);
    if (!p.biases.empty())
        p.biases.resize(static_cast<size_t>(out), p.biases.back());
    return p;
}

std::string shapeText(const std::vector<int> &shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

} // namespace convstep
