#include "core/training.h"

#include "core/compute.h"
#include "core/narration.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace convstep {
namespace {

Grid nearestUpsampled(const Grid &x, int scale)
{
    Grid up(x.rows() * scale, x.cols() * scale);
    for (Eigen::Index r = 0; r < up.rows(); ++r)
        for (Eigen::Index c = 0; c < up.cols(); ++c)
            up(r, c) = x(r / scale, c / scale);
    return up;
}

// The padding and output_padding that make a stride-s transposed convolution with a k-long
// kernel turn n cells into n·s: k − 2p + op = s with 0 ≤ op < s.
Pair fittingPadding(int kernel, int scale, int &outputPadding)
{
    const int excess = kernel - scale;
    const int padding = excess > 0 ? (excess + 1) / 2 : 0;
    outputPadding = 2 * padding - excess;
    return {padding, padding};
}

std::optional<ProblemError> checkTransposedShape(const TrainingSpec &spec)
{
    const Pair out = geometryOf(modelProblem(spec, spec.kernel, spec.bias)).outputSize();
    const Pair image = sizeOf(spec.image);
    if (out == image)
        return std::nullopt;
    int rowsOp = 0, colsOp = 0;
    const Pair rows = fittingPadding(static_cast<int>(spec.kernel.rows()), spec.scale, rowsOp);
    const Pair cols = fittingPadding(static_cast<int>(spec.kernel.cols()), spec.scale, colsOp);
    return ProblemError{
        "padding",
        "the transposed model makes a " + sizeText(out) + " output, not the image's "
            + sizeText(image) + " (kernel " + sizeText(sizeOf(spec.kernel)) + ", scale "
            + std::to_string(spec.scale) + "); padding " + pairText({rows.h, cols.w})
            + " with output_padding " + pairText({rowsOp, colsOp}) + " would fit"};
}

std::optional<ProblemError> checkNumber(const char *field, double value)
{
    if (!std::isfinite(value) || value < 0.0)
        return ProblemError{field,
                            "must be a finite number, 0 or more, got " + formatNumber(value)};
    return std::nullopt;
}

// A stride-s transposed convolution splits into s × s phases: canvas cell t = s·q + φ (per
// axis) only receives kernel elements a = φ + s·m, from input q − m. So each phase is a
// stride-1 correlation of the input with every s-th weight, contiguous blocks that vectorise,
// and the output interleaves the phases. On one axis, output cells first, first + s, …
// (count of them) are cells from `canvas` on of phase φ.
struct PhaseRun
{
    int first = 0;
    int canvas = 0;
    int count = 0;
};

PhaseRun phaseRun(int phase, int crop, int scale, int out)
{
    const int first = ((phase - crop) % scale + scale) % scale;
    return {first, (first + crop) / scale, first < out ? (out - first + scale - 1) / scale : 0};
}

using Stride2 = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;

// The output cells of one phase: every s-th row and column.
Eigen::Map<Grid, Eigen::Unaligned, Stride2> phaseCells(Grid &grid, PhaseRun rows, PhaseRun cols,
                                                       int scale)
{
    return {grid.data() + rows.first * grid.cols() + cols.first, rows.count, cols.count,
            Stride2(scale * grid.cols(), scale)};
}

// Calls visit(phase, rows, cols) for each of the s × s phases that holds output cells.
template<typename Visit> void forEachPhase(Training &t, Visit visit)
{
    const int s = t.model.stride.h;
    for (int pr = 0; pr < s; ++pr) {
        for (int pc = 0; pc < s; ++pc) {
            const PhaseRun rows = phaseRun(pr, t.model.padding.h, s, int(t.output.rows()));
            const PhaseRun cols = phaseRun(pc, t.model.padding.w, s, int(t.output.cols()));
            if (rows.count > 0 && cols.count > 0)
                visit(t.phases[size_t(pr * s + pc)], pr, pc, rows, cols);
        }
    }
}

void evaluateTransposed(Training &t)
{
    const int s = t.model.stride.h;
    const Grid &x = t.model.input;
    forEachPhase(t, [&](Grid &canvas, int pr, int pc, PhaseRun rows, PhaseRun cols) {
        canvas.setZero();
        for (int a = pr, m = 0; a < t.kernel.rows(); a += s, ++m)
            for (int b = pc, n = 0; b < t.kernel.cols(); b += s, ++n)
                canvas.block(m, n, x.rows(), x.cols()) += t.kernel(a, b) * x;
        phaseCells(t.output, rows, cols, s) =
            canvas.block(rows.canvas, cols.canvas, rows.count, cols.count).array() + t.bias;
    });
}

void differentiateTransposed(Training &t)
{
    const int s = t.model.stride.h;
    const Grid &x = t.model.input;
    forEachPhase(t, [&](Grid &canvas, int pr, int pc, PhaseRun rows, PhaseRun cols) {
        canvas.setZero();
        canvas.block(rows.canvas, cols.canvas, rows.count, cols.count) =
            phaseCells(t.outputGradient, rows, cols, s);
        for (int a = pr, m = 0; a < t.kernel.rows(); a += s, ++m)
            for (int b = pc, n = 0; b < t.kernel.cols(); b += s, ++n)
                t.kernelGradient(a, b) =
                    canvas.block(m, n, x.rows(), x.cols()).cwiseProduct(x).sum();
    });
}

// Resize-convolution reads the padded, upsampled picture: every tap is a plain block.
void evaluateResize(Training &t)
{
    t.output.setConstant(t.bias);
    for (Eigen::Index a = 0; a < t.kernel.rows(); ++a)
        for (Eigen::Index b = 0; b < t.kernel.cols(); ++b)
            t.output +=
                t.kernel(a, b) * t.model.input.block(a, b, t.output.rows(), t.output.cols());
}

void differentiateResize(Training &t)
{
    for (Eigen::Index a = 0; a < t.kernel.rows(); ++a)
        for (Eigen::Index b = 0; b < t.kernel.cols(); ++b)
            t.kernelGradient(a, b) =
                t.outputGradient
                    .cwiseProduct(t.model.input.block(a, b, t.output.rows(), t.output.cols()))
                    .sum();
}

void evaluate(Training &t)
{
    if (t.model.op == Op::Conv2d)
        evaluateResize(t);
    else
        evaluateTransposed(t);
    t.loss = (t.output - t.target).squaredNorm() / static_cast<double>(t.target.size());
}

// ∂L/∂output = 2(output − image)/N, then ∂L/∂W.
void differentiate(Training &t)
{
    t.outputGradient = (2.0 / static_cast<double>(t.target.size())) * (t.output - t.target);
    if (t.model.op == Op::Conv2d)
        differentiateResize(t);
    else
        differentiateTransposed(t);
}

} // namespace

std::optional<ProblemError> validate(const TrainingSpec &spec)
{
    if (spec.scale < limits::minTrainScale || spec.scale > limits::maxTrainScale)
        return ProblemError{"scale",
                            "must be " + std::to_string(limits::minTrainScale) + " to "
                                + std::to_string(limits::maxTrainScale) + ", got "
                                + std::to_string(spec.scale)};
    const Pair image = sizeOf(spec.image);
    if (image.h < 1 || image.w < 1 || image.h > limits::maxInputSide
        || image.w > limits::maxInputSide)
        return ProblemError{"image",
                            "must have 1 to " + std::to_string(limits::maxInputSide)
                                + " rows and columns, got " + sizeText(image)};
    if (image.h % spec.scale != 0 || image.w % spec.scale != 0)
        return ProblemError{"image",
                            "rows and columns must be multiples of the scale "
                                + std::to_string(spec.scale) + ", got " + sizeText(image)};
    if (!spec.image.allFinite())
        return ProblemError{"image", "values must be finite numbers"};
    if (auto error = checkNumber("learning_rate", spec.learningRate))
        return error;
    if (auto error = checkNumber("momentum", spec.momentum))
        return error;
    if (spec.steps < 1 || spec.steps > limits::maxTrainSteps)
        return ProblemError{"steps",
                            "must be 1 to " + std::to_string(limits::maxTrainSteps) + ", got "
                                + std::to_string(spec.steps)};
    if (spec.model == UpsamplerModel::ResizeConv
        && (spec.padding != Pair{0, 0} || spec.outputPadding != Pair{0, 0}))
        return ProblemError{spec.padding != Pair{0, 0} ? "padding" : "output_padding",
                            "applies only to the transposed model; resize-conv pads 'same'"};
    // The rules of the problem itself: kernel size and values, padding ranges, output_padding
    // below the stride, no overflow.
    if (auto error = validate(modelProblem(spec, spec.kernel, spec.bias)))
        return error;
    if (spec.model == UpsamplerModel::Transposed)
        return checkTransposedShape(spec);
    return std::nullopt;
}

Grid blockMeans(const Grid &image, int scale)
{
    Grid means(image.rows() / scale, image.cols() / scale);
    const double cells = static_cast<double>(scale) * scale;
    for (Eigen::Index r = 0; r < means.rows(); ++r) {
        for (Eigen::Index c = 0; c < means.cols(); ++c) {
            double sum = 0.0;
            for (int i = 0; i < scale; ++i)
                for (int j = 0; j < scale; ++j)
                    sum += image(r * scale + i, c * scale + j);
            means(r, c) = sum / cells;
        }
    }
    return means;
}

Problem modelProblem(const TrainingSpec &spec, const Grid &kernel, double bias)
{
    Problem p;
    p.kernel = kernel;
    p.bias = bias;
    const Grid x = blockMeans(spec.image, spec.scale);
    if (spec.model == UpsamplerModel::Transposed) {
        p.op = Op::ConvTranspose2d;
        p.input = x;
        p.stride = {spec.scale, spec.scale};
        p.padding = spec.padding;
        p.outputPadding = spec.outputPadding;
    } else {
        p.op = Op::Conv2d;
        p.input = nearestUpsampled(x, spec.scale);
        p.paddingMode = PaddingMode::Same;
    }
    return p;
}

Training startTraining(const TrainingSpec &spec)
{
    Training t;
    t.kernel = spec.kernel;
    t.bias = spec.bias;
    t.learningRate = spec.learningRate;
    t.momentum = spec.momentum;
    t.target = spec.image;
    t.model = modelProblem(spec, spec.kernel, spec.bias);
    if (t.model.op == Op::Conv2d) {
        // Pad once, so that every tap reads a plain block of the padded picture.
        t.model.input = paddedInput(t.model, geometryOf(t.model));
        t.model.paddingMode = PaddingMode::Valid;
    } else {
        // Each phase canvas holds the input's cells plus ⌈k/s⌉ − 1, and reaches every output
        // cell of its phase (output padding may reach past the scattered canvas).
        const int s = spec.scale;
        Pair length{0, 0};
        for (Axis axis : {Axis::Rows, Axis::Cols}) {
            const auto in = int(axis == Axis::Rows ? t.model.input.rows() : t.model.input.cols());
            const auto k = int(axis == Axis::Rows ? spec.kernel.rows() : spec.kernel.cols());
            const auto out = int(axis == Axis::Rows ? spec.image.rows() : spec.image.cols());
            int &side = axis == Axis::Rows ? length.h : length.w;
            side = in + (k + s - 1) / s - 1;
            for (int phase = 0; phase < s; ++phase) {
                const PhaseRun run = phaseRun(phase, t.model.padding[axis], s, out);
                side = std::max(side, run.canvas + run.count);
            }
        }
        t.phases.assign(size_t(s * s), Grid::Zero(length.h, length.w));
    }
    t.output = Grid(spec.image.rows(), spec.image.cols());
    t.outputGradient = Grid(spec.image.rows(), spec.image.cols());
    t.kernelGradient = Grid::Zero(spec.kernel.rows(), spec.kernel.cols());
    evaluate(t);
    return t;
}

void advance(Training &t)
{
    differentiate(t);
    const double biasGradient = t.outputGradient.sum();
    if (t.momentum != 0.0) {
        // PyTorch: buf = grad on the first update, then buf = momentum·buf + grad.
        if (t.kernelMomentum.size() == 0) {
            t.kernelMomentum = t.kernelGradient;
            t.biasMomentum = biasGradient;
        } else {
            t.kernelMomentum = t.kernelMomentum * t.momentum + t.kernelGradient;
            t.biasMomentum = t.biasMomentum * t.momentum + biasGradient;
        }
        t.kernel += -t.learningRate * t.kernelMomentum;
        t.bias += -t.learningRate * t.biasMomentum;
    } else {
        t.kernel += -t.learningRate * t.kernelGradient;
        t.bias += -t.learningRate * biasGradient;
    }
    ++t.step;
    evaluate(t);
}

} // namespace convstep
