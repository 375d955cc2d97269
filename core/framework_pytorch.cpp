#include "core/framework_script.h"

namespace convstep::script {
namespace {

std::string n(int v)
{
    return std::to_string(v);
}

// `tracked`: the layer runs outside no_grad, so autograd records it (the gradient script).
std::string weightsAndRun(const Problem &p, const char *result, bool tracked)
{
    std::string text = "with torch.no_grad():\n    layer.weight.copy_(kernel[None, None])\n";
    if (p.bias != 0.0)
        text += "    layer.bias.fill_(" + number(p.bias) + ")\n";
    return text + (tracked ? "" : "    ") + result + " = layer(x)\n";
}

std::string bias(const Problem &p)
{
    return p.bias != 0.0 ? "True" : "False";
}

std::string convolution(const Problem &p, const Geometry &g, bool &usesF, bool tracked)
{
    std::string text;
    Pair padding = p.padding;
    if (p.paddingMode == PaddingMode::Valid) {
        text += "# Keras 'valid' adds no zeros: PyTorch's padding 0.\n";
        padding = {0, 0};
    } else if (p.paddingMode == PaddingMode::Same) {
        const AxisGeometry &r = g.rows;
        const AxisGeometry &c = g.cols;
        if (r.padBefore == r.padAfter && c.padBefore == c.padAfter) {
            text += "# Keras 'same' here adds as many zeros before as after, so PyTorch's padding "
                    "does it.\n";
            padding = {r.padBefore, c.padBefore};
        } else {
            text += "# Keras 'same' pads " + n(r.padBefore) + " rows above, " + n(r.padAfter)
                + " below, " + n(c.padBefore) + " columns left and " + n(c.padAfter)
                + " right (TensorFlow puts the odd\n# zero after); PyTorch pads both sides "
                  "alike, so pad with F.pad and let the layer add none.\n"
                + "x = F.pad(x, (" + n(c.padBefore) + ", " + n(c.padAfter) + ", " + n(r.padBefore)
                + ", " + n(r.padAfter) + "))\n";
            padding = {0, 0};
            usesF = true;
        }
    }
    return text + "layer = torch.nn.Conv2d(1, 1, kernel_size=" + tuple(sizeOf(p.kernel))
        + ", stride=" + tuple(p.stride) + ", padding=" + tuple(padding)
        + ",\n                        dilation=" + tuple(p.dilation) + ", bias=" + bias(p)
        + ", dtype=torch.float64)\n" + weightsAndRun(p, "y", tracked);
}

std::string transposed(const Problem &p, const Geometry &g, bool &usesF, bool tracked)
{
    const std::string layer = "layer = torch.nn.ConvTranspose2d(1, 1, kernel_size="
        + tuple(sizeOf(p.kernel)) + ", stride=" + tuple(p.stride);
    const std::string rest = ",\n                                 dilation=" + tuple(p.dilation)
        + ", bias=" + bias(p) + ", dtype=torch.float64)\n";
    if (!usesKerasPadding(p))
        return layer + ", padding=" + tuple(p.padding)
            + ", output_padding=" + tuple(p.outputPadding) + rest + weightsAndRun(p, "y", tracked);

    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    std::string text = "# Keras '" + std::string(paddingModeName(p.paddingMode)) + "'"
        + (hasKerasOutputPadding(p) ? " with output_padding " + tuple(p.outputPadding) : "")
        + ": the output is the " + n(r.out) + "x" + n(c.out) + " window, from row "
        + n(r.cropBefore) + ", column " + n(c.cropBefore) + ", of the " + n(r.full) + "x"
        + n(c.full) + " canvas\n# that PyTorch's padding 0 gives"
        + (p.paddingMode == PaddingMode::Same ? " (TensorFlow crops the odd cell at the end)" : "")
        + ". PyTorch's padding crops both ends\n# alike, so take the whole canvas and slice "
          "the window.\n";
    text += layer + rest + weightsAndRun(p, "canvas", tracked);
    const int extraRows = std::max(r.cropBefore + r.out - r.full, 0);
    const int extraCols = std::max(c.cropBefore + c.out - c.full, 0);
    if (extraRows > 0 || extraCols > 0) {
        text += "# The window runs past the canvas: Keras's extra cells hold zeros plus the "
                "bias.\ncanvas = F.pad(canvas, (0, "
            + n(extraCols) + ", 0, " + n(extraRows) + "), value=" + number(p.bias) + ")\n";
        usesF = true;
    }
    return text + "y = canvas[:, :, " + n(r.cropBefore) + ":" + n(r.cropBefore + r.out) + ", "
        + n(c.cropBefore) + ":" + n(c.cropBefore + c.out) + "]\n";
}

std::string upsampling(const Problem &p, const Geometry &g, bool &usesF)
{
    const std::string scale = "(" + number(p.scale.h) + ".0, " + number(p.scale.w) + ".0)";
    switch (p.op) {
    case Op::UpsampleNearest:
        usesF = true;
        return "y = F.interpolate(x, scale_factor=" + scale + ", mode=\"nearest\")\n";
    case Op::UpsampleBilinear:
        usesF = true;
        return "y = F.interpolate(x, scale_factor=" + scale
            + ", mode=\"bilinear\", align_corners=" + (p.alignCorners ? "True" : "False") + ")\n";
    case Op::BedOfNails:
        return "# PyTorch has no bed-of-nails layer: it is a transposed convolution with stride = "
               "scale\n# whose kernel is 1 at the top-left and 0 elsewhere.\nkernel = torch.zeros("
            + n(p.scale.h) + ", " + n(p.scale.w)
            + ", dtype=torch.float64)\nkernel[0, 0] = 1\n"
              "layer = torch.nn.ConvTranspose2d(1, 1, kernel_size="
            + tuple(p.scale) + ", stride=" + tuple(p.scale)
            + ", bias=False,\n                                 dtype=torch.float64)\n"
            + weightsAndRun(p, "y", false);
    default:
        break;
    }
    std::string text;
    if (g.rows.out != g.rows.in || g.cols.out != g.cols.in)
        text = "# max_pool2d leaves out what fills no whole block, and max_unpool2d reads the "
               "indices as\n# positions in its own (pooled x scale) output: crop the input to "
               "whole blocks first.\nx = x[:, :, :"
            + n(g.rows.out) + ", :" + n(g.cols.out) + "]\n";
    return text + "pool = torch.nn.MaxPool2d(kernel_size=" + tuple(p.scale) + ", stride="
        + tuple(p.scale) + ", return_indices=True)\nunpool = torch.nn.MaxUnpool2d(kernel_size="
        + tuple(p.scale) + ", stride=" + tuple(p.scale)
        + ")\npooled, indices = pool(x)  # ties: the first maximum in row-major order\n"
          "y = unpool(pooled, indices)\n";
}

} // namespace

std::string pytorchScript(const Problem &p, const Geometry &g)
{
    bool usesF = false;
    std::string body;
    if (isUpsampling(p.op))
        body = upsampling(p, g, usesF);
    else if (p.op == Op::Conv2d)
        body = convolution(p, g, usesF, false);
    else
        body = transposed(p, g, usesF, false);
    std::string text = header(p, Framework::PyTorch) + "import torch\n"
        + (usesF ? "import torch.nn.functional as F\n" : "") + "\n# batch 1, channel 1\nx = "
        + "torch.tensor(" + listLiteral(p.input) + ", dtype=torch.float64)[None, None]\n";
    if (!isUpsampling(p.op))
        text += "kernel = torch.tensor(" + listLiteral(p.kernel) + ", dtype=torch.float64)\n";
    return text + "\n" + body + "print(y[0, 0].tolist())\n";
}

std::string pytorchGradientScript(const Problem &p, const Geometry &g, const Grid &upstream,
                                  bool kernelGradient)
{
    bool usesF = false;
    const std::string body =
        p.op == Op::Conv2d ? convolution(p, g, usesF, true) : transposed(p, g, usesF, true);
    const bool ones = (upstream.array() == 1.0).all();
    std::string head = header(p, Framework::PyTorch);
    const std::string printed = "prints the output";
    head.replace(head.find(printed), printed.size(), "prints the gradient");
    std::string text = head + "# The backward pass: autograd gives "
        + (kernelGradient ? "dL/dW" : "dL/dx") + " for the upstream gradient g = dL/dy"
        + (ones ? " of all ones (L = the sum of the outputs)" : "") + ".\nimport torch\n"
        + (usesF ? "import torch.nn.functional as F\n" : "")
        + "\n# batch 1, channel 1; x_leaf keeps its gradient\nx_leaf = torch.tensor("
        + listLiteral(p.input)
        + ", dtype=torch.float64,\n                      requires_grad=True)\n"
        + "x = x_leaf[None, None]\nkernel = torch.tensor(" + listLiteral(p.kernel)
        + ", dtype=torch.float64)\n\n" + body;
    text += ones
        ? std::string("g = torch.ones_like(y)\n")
        : "g = torch.tensor(" + listLiteral(upstream) + ", dtype=torch.float64)[None, None]\n";
    text += "y.backward(g)  # L = (g * y).sum()\n";
    return text
        + (kernelGradient ? "print(layer.weight.grad[0, 0].tolist())  # dL/dW\n"
                          : "print(x_leaf.grad.tolist())  # dL/dx\n");
}

} // namespace convstep::script
