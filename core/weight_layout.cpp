#include "core/weight_layout.h"

#include <algorithm>

namespace convstep {
namespace {

using Axis = WeightAxis;

// The size and name of each axis by meaning, in this layer's framework-neutral terms.
struct AxisSizes
{
    std::array<int, 4> size{}; // by WeightAxis
    std::array<std::string, 4> name{};
};

AxisSizes sizesOf(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    const bool transposed = p.op == Op::ConvTranspose2d;
    AxisSizes a;
    a.size = {transposed ? s.outPerGroup() : s.out, transposed ? s.in : s.inPerGroup(),
              static_cast<int>(p.kernel.rows()), static_cast<int>(p.kernel.cols())};
    a.name = {transposed ? "C_out/groups" : "C_out", transposed ? "C_in" : "C_in/groups", "kh",
              "kw"};
    if (s.groups == 1)
        a.name = {"C_out", "C_in", "kh", "kw"};
    return a;
}

std::array<Axis, 4> axesOf(Op op, WeightFramework framework)
{
    const bool transposed = op == Op::ConvTranspose2d;
    switch (framework) {
    case WeightFramework::PyTorch:
    case WeightFramework::Onnx:
        return transposed ? std::array{Axis::In, Axis::Out, Axis::Rows, Axis::Cols}
                          : std::array{Axis::Out, Axis::In, Axis::Rows, Axis::Cols};
    case WeightFramework::Keras:
    case WeightFramework::TensorFlow:
        break;
    }
    return transposed ? std::array{Axis::Rows, Axis::Cols, Axis::Out, Axis::In}
                      : std::array{Axis::Rows, Axis::Cols, Axis::In, Axis::Out};
}

std::string apiOf(Op op, WeightFramework framework)
{
    const bool transposed = op == Op::ConvTranspose2d;
    switch (framework) {
    case WeightFramework::PyTorch:
        return transposed ? "torch.nn.ConvTranspose2d.weight" : "torch.nn.Conv2d.weight";
    case WeightFramework::Keras:
        return transposed ? "keras.layers.Conv2DTranspose kernel" : "keras.layers.Conv2D kernel";
    case WeightFramework::TensorFlow:
        return transposed ? "tf.nn.conv2d_transpose filters" : "tf.nn.conv2d filters";
    case WeightFramework::Onnx:
        return transposed ? "ONNX ConvTranspose W" : "ONNX Conv W";
    }
    return {};
}

std::string axisList(const std::array<int, 4> &order)
{
    std::string text = "(";
    for (size_t i = 0; i < order.size(); ++i)
        text += (i ? ", " : "") + std::to_string(order[i]);
    return text + ")";
}

} // namespace

const char *weightFrameworkName(WeightFramework framework)
{
    switch (framework) {
    case WeightFramework::PyTorch:
        return "PyTorch";
    case WeightFramework::Keras:
        return "Keras";
    case WeightFramework::TensorFlow:
        return "TensorFlow (tf.nn)";
    case WeightFramework::Onnx:
        return "ONNX";
    }
    return "";
}

const std::array<WeightFramework, 4> &weightFrameworks()
{
    static const std::array<WeightFramework, 4> all{
        WeightFramework::PyTorch, WeightFramework::Keras, WeightFramework::TensorFlow,
        WeightFramework::Onnx};
    return all;
}

WeightLayout weightLayout(const Problem &problem, WeightFramework framework)
{
    const AxisSizes sizes = sizesOf(problem);
    WeightLayout layout;
    layout.framework = framework;
    layout.api = apiOf(problem.op, framework);
    layout.axes = axesOf(problem.op, framework);
    for (size_t i = 0; i < 4; ++i) {
        const auto axis = static_cast<size_t>(layout.axes[i]);
        layout.shape[i] = sizes.size[axis];
        layout.names[i] = sizes.name[axis];
    }
    const bool channelsLast =
        framework == WeightFramework::Keras || framework == WeightFramework::TensorFlow;
    if (problem.op == Op::ConvTranspose2d && channelsLast && channelShape(problem).groups > 1)
        layout.refusal = layout.api + " has no groups: split the channels into "
            + std::to_string(channelShape(problem).groups) + " layers and join their outputs";
    return layout;
}

std::array<int, 4> permutation(const WeightLayout &from, const WeightLayout &to)
{
    std::array<int, 4> order{};
    for (size_t i = 0; i < 4; ++i)
        order[i] = static_cast<int>(std::find(from.axes.begin(), from.axes.end(), to.axes[i])
                                    - from.axes.begin());
    return order;
}

std::string shapeTuple(const std::array<int, 4> &shape)
{
    return axisList(shape);
}

std::vector<WeightFramework> frameworksForShape(const Problem &problem,
                                                const std::array<int, 4> &shape)
{
    std::vector<WeightFramework> matches;
    for (WeightFramework framework : weightFrameworks())
        if (weightLayout(problem, framework).shape == shape)
            matches.push_back(framework);
    return matches;
}

std::string shapeVerdict(const Problem &problem, const std::array<int, 4> &shape)
{
    const ChannelShape s = channelShape(problem);
    const WeightLayout pytorch = weightLayout(problem, WeightFramework::PyTorch);
    const std::vector<WeightFramework> matches = frameworksForShape(problem, shape);
    if (matches.empty())
        return shapeTuple(shape) + " is no framework's layout for this layer (" + opName(problem.op)
            + ", " + std::to_string(s.in) + " channels in, " + std::to_string(s.out)
            + " out, groups " + std::to_string(s.groups) + ", "
            + std::to_string(problem.kernel.rows()) + "×" + std::to_string(problem.kernel.cols())
            + " kernels): PyTorch expects " + shapeTuple(pytorch.shape) + ", Keras "
            + shapeTuple(weightLayout(problem, WeightFramework::Keras).shape) + ".";
    std::string who;
    for (size_t i = 0; i < matches.size(); ++i)
        who += (i == 0                        ? ""
                    : i + 1 == matches.size() ? " and "
                                              : ", ")
            + weightLayout(problem, matches[i]).api;
    std::string text = shapeTuple(shape) + " is the layout of " + who;
    const bool channelsFirst =
        std::find(matches.begin(), matches.end(), WeightFramework::PyTorch) != matches.end();
    const bool channelsLast =
        std::find(matches.begin(), matches.end(), WeightFramework::Keras) != matches.end();
    if (channelsFirst && channelsLast)
        return text
            + ": the sizes cannot tell the axes apart here, so check where it came "
              "from before you load it.";
    if (channelsFirst)
        return text + ": load it into PyTorch as it is.";
    const WeightLayout from = weightLayout(problem, matches.front());
    return text + ": for PyTorch's " + shapeTuple(pytorch.shape) + " permute it with "
        + axisList(permutation(from, pytorch)) + ".";
}

} // namespace convstep
