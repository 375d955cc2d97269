#include "core/framework_script.h"

#include <algorithm>

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

// Builds `layer` for `input` and sets its weights: the kernel (rotated when `rotated`), then
// the bias when the layer has one.
std::string setWeights(const Problem &p, const char *input, bool withBias, bool rotated = false)
{
    return std::string("layer.build(") + input + ".shape)\nlayer.set_weights([kernel"
        + (rotated ? "[::-1, ::-1, None, None]" : "[:, :, None, None]")
        + (withBias ? ", np.array([" + number(p.bias) + "])" : "") + "])\n";
}

std::string useBias(bool on)
{
    return on ? "True" : "False";
}

std::string convolution(const Problem &p)
{
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
    // Only PyTorch problems get here with both: Keras's own rules are checked by validate().
    const bool subsample = above1(p.stride) && above1(p.dilation);
    if (subsample)
        text += "# Keras does not allow a stride above 1 together with a dilation above 1: "
                "convolve with\n# stride 1 and keep every "
            + tuple(p.stride) + "-th output, which is the same.\n";
    text += "layer = tf.keras.layers.Conv2D(1, " + tuple(sizeOf(p.kernel))
        + ", strides=" + tuple(subsample ? Pair{1, 1} : p.stride) + ", padding=" + padding
        + ",\n                               dilation_rate=" + tuple(p.dilation)
        + ", use_bias=" + useBias(p.bias != 0.0) + ", dtype=\"float64\")\n"
        + setWeights(p, "x", p.bias != 0.0) + "y = layer(x).numpy()";
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
    return text + "y = y.numpy() + " + number(p.bias)
        + "  # the bias last, so the cells output_padding adds get it too\n";
}

std::string transposed(const Problem &p, const Geometry &g)
{
    const std::string kernelSize = tuple(sizeOf(p.kernel));
    if (usesKerasPadding(p)) {
        const std::string outputPadding =
            hasKerasOutputPadding(p) ? tuple(p.outputPadding) : std::string("None");
        return "layer = tf.keras.layers.Conv2DTranspose(1, " + kernelSize
            + ", strides=" + tuple(p.stride) + ", padding=\"" + paddingModeName(p.paddingMode)
            + "\",\n                                        output_padding=" + outputPadding
            + ", dilation_rate=" + tuple(p.dilation) + ",\n                                  "
            + "      use_bias=" + useBias(p.bias != 0.0) + ", dtype=\"float64\")\n"
            + setWeights(p, "x", p.bias != 0.0) + "y = layer(x).numpy()\n";
    }
    const bool layerFits =
        !(above1(p.stride) && above1(p.dilation)) && p.dilation.h == p.dilation.w;
    std::string text;
    Pair length{g.rows.full, g.cols.full};
    if (layerFits) {
        // Keras's 'valid' length with output_padding None: i·s + max(d(k−1) + 1 − s, 0).
        length = {std::max(g.rows.full, g.rows.in * g.rows.stride),
                  std::max(g.cols.full, g.cols.in * g.cols.stride)};
        text = "# Keras has no integer padding for Conv2DTranspose: take its 'valid' output (the "
               "whole\n# canvas, zeros past its end), then crop PyTorch's padding and add "
               "output_padding's cells.\nlayer = tf.keras.layers.Conv2DTranspose(1, "
            + kernelSize + ", strides=" + tuple(p.stride)
            + ", padding=\"valid\",\n                                        dilation_rate="
            + tuple(p.dilation) + ", use_bias=False, dtype=\"float64\")\n"
            + setWeights(p, "x", false) + "canvas = layer(x)\n";
    } else {
        text = "# Keras's Conv2DTranspose cannot take this stride and dilation: build the "
               "transposed convolution\n# as a plain one (the zero-insertion view): "
               "stride − 1 zeros between inputs, d(k−1) zeros\n# around them, and the kernel "
               "rotated by 180°.\nz = np.zeros((1, "
            + n(g.rows.dilatedInput) + ", " + n(g.cols.dilatedInput) + ", 1))\nz[:, ::"
            + n(p.stride.h) + ", ::" + n(p.stride.w) + ", :] = x\nz = np.pad(z, ((0, 0), ("
            + n(g.rows.span - 1) + ", " + n(g.rows.span - 1) + "), (" + n(g.cols.span - 1) + ", "
            + n(g.cols.span - 1) + "), (0, 0)))\nlayer = tf.keras.layers.Conv2D(1, " + kernelSize
            + ", padding=\"valid\", dilation_rate=" + tuple(p.dilation)
            + ", use_bias=False,\n                               dtype=\"float64\")\n"
            + setWeights(p, "z", false, true) + "canvas = layer(z)\n";
    }
    return text + cropToPyTorch(p, g, length);
}

std::string upsampling(const Problem &p, const Geometry &g)
{
    const std::string size = tuple(p.scale);
    switch (p.op) {
    case Op::UpsampleNearest:
        return "y = tf.keras.layers.UpSampling2D(size=" + size
            + ", interpolation=\"nearest\", dtype=\"float64\")(x).numpy()\n";
    case Op::UpsampleBilinear:
        if (p.alignCorners)
            return "# Keras's UpSampling2D has no align_corners; TensorFlow's v1 resize has "
                   "(it works in float32).\ny = tf.compat.v1.image.resize_bilinear(x, "
                + tuple(g.outputSize()) + ", align_corners=True).numpy()\n";
        return "# UpSampling2D's bilinear is half-pixel, as PyTorch's align_corners=False; "
               "TensorFlow resizes in\n# float32, so expect agreement to about 1e-6.\ny = "
               "tf.keras.layers.UpSampling2D(size="
            + size + ", interpolation=\"bilinear\", dtype=\"float64\")(x).numpy()\n";
    case Op::BedOfNails:
        return "# Keras has no bed-of-nails layer: it is a transposed convolution with stride = "
               "scale\n# whose kernel is 1 at the top-left and 0 elsewhere.\nkernel = np.zeros("
            + size + ")\nkernel[0, 0] = 1\nlayer = tf.keras.layers.Conv2DTranspose(1, " + size
            + ", strides=" + size
            + ", padding=\"valid\", use_bias=False,\n                                        "
              "dtype=\"float64\")\n"
            + setWeights(p, "x", false) + "y = layer(x).numpy()\n";
    default:
        break;
    }
    const std::string rows = n(g.rows.pooled);
    const std::string cols = n(g.cols.pooled);
    return "# Keras has no max-unpooling layer: MaxPooling2D gives the maxima (it leaves out what "
           "fills no\n# whole block) and numpy finds where they came from; argmax takes the "
           "first of equal values.\nx = x[:, :"
        + n(g.rows.out) + ", :" + n(g.cols.out)
        + ", :]\npooled = tf.keras.layers.MaxPooling2D(pool_size=" + size
        + ", dtype=\"float64\")(x).numpy()\nblocks = x[0, :, :, 0].reshape(" + rows + ", "
        + n(p.scale.h) + ", " + cols + ", " + n(p.scale.w) + ").transpose(0, 2, 1, 3).reshape("
        + rows + ", " + cols + ", -1)\nfirst = blocks.argmax(axis=2)\ny = np.zeros_like(x)\n"
        + "for r in range(" + rows + "):\n    for c in range(" + cols
        + "):\n        a, b = divmod(int(first[r, c]), " + n(p.scale.w) + ")\n        y[0, r * "
        + n(p.scale.h) + " + a, c * " + n(p.scale.w) + " + b, 0] = pooled[0, r, c, 0]\n";
}

} // namespace

std::string kerasScript(const Problem &p, const Geometry &g)
{
    std::string body;
    if (isUpsampling(p.op))
        body = upsampling(p, g);
    else if (p.op == Op::Conv2d)
        body = convolution(p);
    else
        body = transposed(p, g);
    std::string text = header(p, Framework::Keras)
        + "import numpy as np\nimport tensorflow as tf\n\n# batch 1, channels last\nx = "
          "np.array("
        + listLiteral(p.input) + ", dtype=np.float64)[None, :, :, None]\n";
    if (!isUpsampling(p.op))
        text += "kernel = np.array(" + listLiteral(p.kernel) + ", dtype=np.float64)\n";
    return text + "\n" + body + "print(y[0, :, :, 0].tolist())\n";
}

} // namespace convstep::script
