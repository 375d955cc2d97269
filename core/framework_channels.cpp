#include "core/channels.h"
#include "core/framework_script.h"

#include <algorithm>

// The scripts of a problem with channels: the input [C_in][H][W] and the weight in PyTorch's
// layout as literals, then the layer with its channel counts and groups. The Keras script moves
// the channel axes last (the input to (1, H, W, C_in), the weight to Keras's kernel layout) and
// says so.
namespace convstep::script {
namespace {

std::string n(int v)
{
    return std::to_string(v);
}

bool above1(Pair p)
{
    return p.h > 1 || p.w > 1;
}

std::string rowsLiteral(const Grid &grid, const std::string &indent)
{
    std::string text = indent + "[\n";
    for (Eigen::Index r = 0; r < grid.rows(); ++r) {
        text += indent + "    [";
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            text += (c ? ", " : "") + number(grid(r, c));
        text += "],\n";
    }
    return text + indent + "],\n";
}

std::string inputLiteral(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    std::string text = "[\n";
    for (int c = 0; c < s.in; ++c)
        text += rowsLiteral(inputChannel(p, c), "    ");
    return text + "]";
}

std::string weightLiteral(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    std::string text = "[\n";
    for (int a = 0; a < s.lead; ++a) {
        text += "    [\n";
        for (int b = 0; b < s.inner; ++b)
            text += rowsLiteral(p.kernels.empty() ? p.kernel
                                                  : p.kernels[static_cast<size_t>(a * s.inner + b)],
                                "        ");
        text += "    ],\n";
    }
    return text + "]";
}

std::string biasLiteral(const Problem &p)
{
    std::string text = "[";
    for (int o = 0; o < channelShape(p).out; ++o)
        text += (o ? ", " : "") + number(biasOf(p, o));
    return text + "]";
}

std::string shapeOf(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    return "[" + n(s.lead) + ", " + n(s.inner) + ", " + n(static_cast<int>(p.kernel.rows())) + ", "
        + n(static_cast<int>(p.kernel.cols())) + "]";
}

std::string layoutComment(const Problem &p)
{
    return p.op == Op::Conv2d
        ? "# PyTorch's Conv2d weight is [C_out, C_in/groups, kh, kw] = " + shapeOf(p) + ".\n"
        : "# PyTorch's ConvTranspose2d weight is [C_in, C_out/groups, kh, "
          "kw] = "
            + shapeOf(p) + ": input channels first.\n";
}

std::string channelHeader(const Problem &p, Framework framework)
{
    const ChannelShape s = channelShape(p);
    std::string settings = std::string(opName(p.op)) + ", " + n(s.in) + " -> " + n(s.out)
        + " channels, groups " + n(s.groups) + ", kernel " + n(static_cast<int>(p.kernel.rows()))
        + "x" + n(static_cast<int>(p.kernel.cols())) + ", stride " + tuple(p.stride) + ", dilation "
        + tuple(p.dilation) + ", padding "
        + (usesKerasPadding(p) ? std::string("'") + paddingModeName(p.paddingMode) + "' (Keras)"
                               : tuple(p.padding) + " (PyTorch)");
    if (p.op == Op::ConvTranspose2d)
        settings += ", output_padding " + tuple(p.outputPadding);
    return "# ConvStep problem: " + settings + ", bias " + biasLiteral(p) + ".\n# Reproduced in "
        + (framework == Framework::PyTorch ? "PyTorch (float64)" : "Keras")
        + "; prints the output as nested lists, channel by channel, row by row.\n";
}

std::string torchLayer(const Problem &p, const char *name, Pair padding, bool withBias,
                       const char *result)
{
    const ChannelShape s = channelShape(p);
    const bool transposed = p.op == Op::ConvTranspose2d;
    std::string text = std::string("layer = torch.nn.") + name + "(" + n(s.in) + ", " + n(s.out)
        + ", kernel_size=" + tuple(sizeOf(p.kernel)) + ", stride=" + tuple(p.stride)
        + ", padding=" + tuple(padding) + ",\n    "
        + (transposed ? "output_padding="
                   + tuple(usesKerasPadding(p) ? Pair{0, 0} : p.outputPadding) + ", "
                      : std::string())
        + "dilation=" + tuple(p.dilation) + ", groups=" + n(s.groups)
        + ", bias=" + (withBias ? "True" : "False") + ", dtype=torch.float64)\n"
        + "with torch.no_grad():\n    layer.weight.copy_(weight)\n";
    if (withBias)
        text += "    layer.bias.copy_(bias)\n";
    return text + "    " + result + " = layer(x)\n";
}

std::string torchConvolution(const Problem &p, const Geometry &g, bool &usesF)
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
                + " right of every channel (TensorFlow puts the\n# odd zero after); PyTorch pads "
                  "both sides alike, so pad with F.pad and let the layer add none.\n"
                + "x = F.pad(x, (" + n(c.padBefore) + ", " + n(c.padAfter) + ", " + n(r.padBefore)
                + ", " + n(r.padAfter) + "))\n";
            padding = {0, 0};
            usesF = true;
        }
    }
    return text + torchLayer(p, "Conv2d", padding, true, "y");
}

std::string torchTransposed(const Problem &p, const Geometry &g, bool &usesF)
{
    if (!usesKerasPadding(p))
        return torchLayer(p, "ConvTranspose2d", p.padding, true, "y");
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    std::string text = "# Keras '" + std::string(paddingModeName(p.paddingMode)) + "'"
        + (hasKerasOutputPadding(p) ? " with output_padding " + tuple(p.outputPadding) : "")
        + ": each output channel is the " + n(r.out) + "x" + n(c.out) + " window, from row "
        + n(r.cropBefore) + ", column " + n(c.cropBefore) + ", of the " + n(r.full) + "x"
        + n(c.full)
        + "\n# canvas that PyTorch's padding 0 gives. Take the whole canvas, slice "
          "the window, then add the bias.\n";
    text += torchLayer(p, "ConvTranspose2d", {0, 0}, false, "canvas");
    const int extraRows = std::max(r.cropBefore + r.out - r.full, 0);
    const int extraCols = std::max(c.cropBefore + c.out - c.full, 0);
    if (extraRows > 0 || extraCols > 0) {
        text += "# The window runs past the canvas: Keras's extra cells hold zeros.\ncanvas = "
                "F.pad(canvas, (0, "
            + n(extraCols) + ", 0, " + n(extraRows) + "))\n";
        usesF = true;
    }
    return text + "y = canvas[:, :, " + n(r.cropBefore) + ":" + n(r.cropBefore + r.out) + ", "
        + n(c.cropBefore) + ":" + n(c.cropBefore + c.out) + "] + bias[None, :, None, None]\n";
}

std::string kerasConvolution(const Problem &p)
{
    const ChannelShape s = channelShape(p);
    std::string text;
    std::string padding = std::string("\"") + paddingModeName(p.paddingMode) + "\"";
    if (!usesKerasPadding(p)) {
        padding = "\"valid\"";
        if (p.padding != Pair{0, 0})
            text += "# Keras has no integer padding: ZeroPadding2D adds PyTorch's zeros on each "
                    "side first.\nx = tf.keras.layers.ZeroPadding2D((("
                + n(p.padding.h) + ", " + n(p.padding.h) + "), (" + n(p.padding.w) + ", "
                + n(p.padding.w) + ")), dtype=\"float64\")(x)\n";
    }
    const bool subsample = above1(p.stride) && above1(p.dilation);
    if (subsample)
        text += "# Keras does not allow a stride above 1 together with a dilation above 1: "
                "convolve with\n# stride 1 and keep every "
            + tuple(p.stride) + "-th output, which is the same.\n";
    text += "layer = tf.keras.layers.Conv2D(" + n(s.out) + ", " + tuple(sizeOf(p.kernel))
        + ", strides=" + tuple(subsample ? Pair{1, 1} : p.stride) + ", padding=" + padding
        + ",\n    dilation_rate=" + tuple(p.dilation) + ", groups=" + n(s.groups)
        + ", use_bias=True, dtype=\"float64\")\nlayer.build(x.shape)\n"
          "layer.set_weights([kernel, bias])\ny = layer(x).numpy()";
    return text + (subsample ? "[:, ::" + n(p.stride.h) + ", ::" + n(p.stride.w) + ", :]\n" : "\n");
}

// PyTorch's crop by `padding` and growth by `output_padding`, from a canvas `length` long.
std::string cropToPyTorch(const Problem &p, const Geometry &g, Pair length)
{
    const Pair top{p.padding.h, p.padding.w};
    const Pair cut{std::max(length.h - top.h - g.rows.out, 0),
                   std::max(length.w - top.w - g.cols.out, 0)};
    const Pair grow{std::max(top.h + g.rows.out - length.h, 0),
                    std::max(top.w + g.cols.out - length.w, 0)};
    std::string text = "y = canvas\n";
    if (top != Pair{0, 0} || cut != Pair{0, 0})
        text += "y = tf.keras.layers.Cropping2D(((" + n(top.h) + ", " + n(cut.h) + "), (" + n(top.w)
            + ", " + n(cut.w) + ")), dtype=\"float64\")(y)\n";
    if (grow != Pair{0, 0})
        text += "y = tf.keras.layers.ZeroPadding2D(((0, " + n(grow.h) + "), (0, " + n(grow.w)
            + ")), dtype=\"float64\")(y)\n";
    return text
        + "y = np.asarray(y) + bias  # one per channel, last, so output_padding's cells "
          "get it too\n";
}

std::string kerasTransposed(const Problem &p, const Geometry &g)
{
    const ChannelShape s = channelShape(p);
    const std::string kernelSize = tuple(sizeOf(p.kernel));
    if (usesKerasPadding(p)) {
        const std::string outputPadding =
            hasKerasOutputPadding(p) ? tuple(p.outputPadding) : std::string("None");
        return "layer = tf.keras.layers.Conv2DTranspose(" + n(s.out) + ", " + kernelSize
            + ", strides=" + tuple(p.stride) + ", padding=\"" + paddingModeName(p.paddingMode)
            + "\",\n    output_padding=" + outputPadding + ", dilation_rate=" + tuple(p.dilation)
            + ", use_bias=True, dtype=\"float64\")\nlayer.build(x.shape)\n"
              "layer.set_weights([kernel, bias])\ny = layer(x).numpy()\n";
    }
    const bool layerFits =
        !(above1(p.stride) && above1(p.dilation)) && p.dilation.h == p.dilation.w;
    Pair length{g.rows.full, g.cols.full};
    std::string text;
    if (!layerFits) {
        text = "# Keras's Conv2DTranspose cannot take this stride and dilation: build the "
               "transposed convolution\n# as a plain one (the zero-insertion view): stride − 1 "
               "zeros between inputs, d(k−1) zeros\n# around them, and each kernel rotated by "
               "180° with its in and out axes swapped back\n# (Conv2D's kernel is (kh, kw, "
               "C_in/groups, C_out)).\nz = np.zeros((1, "
            + n(g.rows.dilatedInput) + ", " + n(g.cols.dilatedInput) + ", " + n(s.in)
            + "))\nz[:, ::" + n(p.stride.h) + ", ::" + n(p.stride.w)
            + ", :] = x\nz = np.pad(z, ((0, 0), (" + n(g.rows.span - 1) + ", " + n(g.rows.span - 1)
            + "), (" + n(g.cols.span - 1) + ", " + n(g.cols.span - 1)
            + "), (0, 0)))\nrotated = np.concatenate([weight[g * " + n(s.inPerGroup())
            + ":(g + 1) * " + n(s.inPerGroup())
            + ", :, ::-1, ::-1].transpose(2, 3, 0, 1)\n                          for g in range("
            + n(s.groups) + ")], axis=3)\nlayer = tf.keras.layers.Conv2D(" + n(s.out) + ", "
            + kernelSize + ", padding=\"valid\", dilation_rate=" + tuple(p.dilation)
            + ", groups=" + n(s.groups)
            + ",\n    use_bias=False, dtype=\"float64\")\nlayer.build(z.shape)\n"
              "layer.set_weights([rotated])\ncanvas = layer(z)\n";
        return text + cropToPyTorch(p, g, length);
    }
    // Keras's 'valid' length with output_padding None: i·s + max(d(k−1) + 1 − s, 0).
    length = {std::max(g.rows.full, g.rows.in * g.rows.stride),
              std::max(g.cols.full, g.cols.in * g.cols.stride)};
    text = "# Keras has no integer padding for Conv2DTranspose: take its 'valid' output (the "
           "whole\n# canvas, zeros past its end), then crop PyTorch's padding and add "
           "output_padding's cells.\n";
    const std::string layer = "tf.keras.layers.Conv2DTranspose(" + n(s.outPerGroup()) + ", "
        + kernelSize + ", strides=" + tuple(p.stride)
        + ", padding=\"valid\",\n        dilation_rate=" + tuple(p.dilation)
        + ", use_bias=False, dtype=\"float64\")\n";
    if (s.groups == 1)
        return text + "layer = " + layer
            + "layer.build(x.shape)\nlayer.set_weights([kernel])\ncanvas = layer(x)\n"
            + cropToPyTorch(p, g, length);
    return text
        + "# Keras's Conv2DTranspose has no groups: one layer per group on its own channels, "
          "joined.\nparts = []\nfor g in range("
        + n(s.groups) + "):\n    part = x[..., g * " + n(s.inPerGroup()) + ":(g + 1) * "
        + n(s.inPerGroup()) + "]\n    layer = " + layer
        + "    layer.build(part.shape)\n    layer.set_weights([kernel[..., g * " + n(s.inPerGroup())
        + ":(g + 1) * " + n(s.inPerGroup())
        + "]])\n    parts.append(np.asarray(layer(part)))\ncanvas = np.concatenate(parts, "
          "axis=3)\n"
        + cropToPyTorch(p, g, length);
}

} // namespace

std::string pytorchChannelScript(const Problem &p, const Geometry &g)
{
    bool usesF = false;
    const std::string body =
        p.op == Op::Conv2d ? torchConvolution(p, g, usesF) : torchTransposed(p, g, usesF);
    return channelHeader(p, Framework::PyTorch) + "import torch\n"
        + (usesF ? "import torch.nn.functional as F\n" : "")
        + "\n# batch 1: x is [1, C_in, H, W]\nx = torch.tensor(" + inputLiteral(p)
        + ", dtype=torch.float64)[None]\n" + layoutComment(p) + "weight = torch.tensor("
        + weightLiteral(p) + ", dtype=torch.float64)\nbias = torch.tensor(" + biasLiteral(p)
        + ", dtype=torch.float64)  # one per output channel\n\n" + body + "print(y[0].tolist())\n";
}

std::string kerasChannelScript(const Problem &p, const Geometry &g)
{
    const std::string body = p.op == Op::Conv2d ? kerasConvolution(p) : kerasTransposed(p, g);
    const std::string kernelLayout = p.op == Op::Conv2d
        ? "# Keras's Conv2D kernel is (kh, kw, C_in/groups, C_out): the channel axes go last, "
          "in swapped order.\n"
        : "# Keras's Conv2DTranspose kernel is (kh, kw, C_out, C_in): the channel axes go last, "
          "in swapped\n# order, so C_in is last as it was PyTorch's first. (Keras's "
          "Conv2DTranspose has no groups.)\n";
    return channelHeader(p, Framework::Keras)
        + "import numpy as np\nimport tensorflow as tf\n\n# batch 1, channels last: [C_in, H, "
          "W] becomes (1, H, W, C_in)\nx = np.array("
        + inputLiteral(p) + ", dtype=np.float64).transpose(1, 2, 0)[None]\n" + layoutComment(p)
        + "weight = np.array(" + weightLiteral(p) + ", dtype=np.float64)\n" + kernelLayout
        + "kernel = weight.transpose(2, 3, 1, 0)\nbias = np.array(" + biasLiteral(p)
        + ", dtype=np.float64)  # one per output channel\n\n" + body
        + "print(y[0].transpose(2, 0, 1).tolist())  # back to [C_out, Ho, Wo]\n";
}

} // namespace convstep::script
