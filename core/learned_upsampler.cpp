#include "core/learned_upsampler.h"

#include "core/compute.h"
#include "core/random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace convstep {
namespace {

Grid upsampledMeans(const Grid &image, int scale, Op op)
{
    Problem p;
    p.op = op;
    p.input = blockMeans(image, scale);
    p.scale = {scale, scale};
    return computeOutput(p);
}

} // namespace

int learnedKernelSide(LearnedVariant variant, int scale)
{
    switch (variant) {
    case LearnedVariant::UnevenTransposed:
        return scale + 1;
    case LearnedVariant::EvenTransposed:
        return 2 * scale;
    case LearnedVariant::ResizeConv:
        break;
    }
    return 3;
}

Grid croppedToScale(const Grid &image, int scale)
{
    return image.topLeftCorner(image.rows() / scale * scale, image.cols() / scale * scale);
}

TrainingSpec learnedSpec(const Grid &image, LearnedVariant variant, const LearnSettings &settings)
{
    TrainingSpec spec;
    spec.image = image;
    spec.scale = settings.scale;
    spec.learningRate = settings.learningRate;
    spec.momentum = settings.momentum;
    const int k = learnedKernelSide(variant, settings.scale);
    if (variant == LearnedVariant::ResizeConv) {
        spec.model = UpsamplerModel::ResizeConv;
    } else {
        // k − 2p + output_padding = s, with 0 ≤ output_padding < s.
        const int excess = k - settings.scale;
        const int padding = (excess + 1) / 2;
        spec.padding = {padding, padding};
        spec.outputPadding = {2 * padding - excess, 2 * padding - excess};
    }
    SplitMix64 random(settings.seed * learnedVariantCount + static_cast<std::uint64_t>(variant));
    spec.kernel = Grid(k, k);
    for (double &w : spec.kernel.reshaped<Eigen::RowMajor>())
        w = (2.0 * random.unit() - 1.0) * initialKernelSpread;
    return spec;
}

Grid nearestBaseline(const Grid &image, int scale)
{
    return upsampledMeans(image, scale, Op::UpsampleNearest);
}

Grid bilinearBaseline(const Grid &image, int scale)
{
    return upsampledMeans(image, scale, Op::UpsampleBilinear);
}

Grid impulseResponse(Op op, int scale)
{
    Problem p;
    p.op = op;
    p.input = Grid::Zero(5, 5); // the impulse two cells from every edge: no border effect
    p.input(2, 2) = 1.0;
    p.scale = {scale, scale};
    const Grid out = computeOutput(p);
    Eigen::Index top = out.rows(), left = out.cols(), bottom = -1, right = -1;
    for (Eigen::Index r = 0; r < out.rows(); ++r)
        for (Eigen::Index c = 0; c < out.cols(); ++c)
            if (out(r, c) != 0.0) {
                top = std::min(top, r);
                left = std::min(left, c);
                bottom = std::max(bottom, r);
                right = std::max(right, c);
            }
    return out.block(top, left, bottom - top + 1, right - left + 1);
}

double psnr(const Grid &picture, const Grid &original)
{
    const double mse = (picture - original).squaredNorm() / static_cast<double>(original.size());
    if (mse == 0.0)
        return std::numeric_limits<double>::infinity();
    return -10.0 * std::log10(mse);
}

double checkerboardEnergy(const Grid &picture, int period)
{
    const double mean = picture.mean();
    double energy = 0.0;
    for (int i = 0; i < period; ++i) {
        for (int j = 0; j < period; ++j) {
            double sum = 0.0;
            int count = 0;
            for (Eigen::Index r = i; r < picture.rows(); r += period)
                for (Eigen::Index c = j; c < picture.cols(); c += period, ++count)
                    sum += picture(r, c);
            // A picture smaller than the period has phases with no cells: they show no pattern.
            if (count > 0)
                energy += (sum / count - mean) * (sum / count - mean);
        }
    }
    return energy / (period * period);
}

} // namespace convstep
