#include "core/channels.h"
#include "core/compute.h"

#include <algorithm>

namespace convstep {
namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Stride2 = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;
using ConstStridedMap = Eigen::Map<const Grid, Eigen::Unaligned, Stride2>;
using StridedMap = Eigen::Map<Grid, Eigen::Unaligned, Stride2>;

// The column matrices below are cut into runs of rows so that one never holds more than this.
constexpr long long chunkValues = 1LL << 22;

int rowsPerChunk(long long valuesPerRow, int rows)
{
    return static_cast<int>(
        std::clamp<long long>(chunkValues / std::max(valuesPerRow, 1LL), 1, std::max(rows, 1)));
}

// A group's weights as one matrix, a row per output channel and a column per (input channel,
// tap): the product with the gathered input (im2col) is every product of the group at once.
Matrix groupWeights(const Problem &p, const ChannelShape &s, int group, int taps)
{
    Matrix w(s.outPerGroup(), s.inPerGroup() * taps);
    for (int o = 0; o < s.outPerGroup(); ++o)
        for (int i = 0; i < s.inPerGroup(); ++i)
            w.row(o).segment(i * taps, taps) =
                weightOf(p, group * s.outPerGroup() + o, group * s.inPerGroup() + i)
                    .reshaped<Eigen::RowMajor>()
                    .transpose();
    return w;
}

std::vector<Grid> convolveChannels(const Problem &p, const Geometry &g, const ChannelShape &s)
{
    const int kh = g.rows.kernel, kw = g.cols.kernel, taps = kh * kw;
    const int ho = g.rows.out, wo = g.cols.out;
    std::vector<Grid> out(static_cast<size_t>(s.out), Grid(ho, wo));
    std::vector<Grid> padded;
    padded.reserve(static_cast<size_t>(s.in));
    for (int c = 0; c < s.in; ++c) {
        Problem one;
        one.input = inputChannel(p, c);
        padded.push_back(paddedInput(one, g));
    }
    const int pw = g.cols.paddedLength();
    const Stride2 stride(g.rows.stride * pw, g.cols.stride);
    const int chunk = rowsPerChunk(static_cast<long long>(s.inPerGroup()) * taps * wo, ho);
    for (int group = 0; group < s.groups; ++group) {
        const Matrix w = groupWeights(p, s, group, taps);
        for (int r0 = 0; r0 < ho; r0 += chunk) {
            const int rows = std::min(chunk, ho - r0);
            Matrix columns(s.inPerGroup() * taps, rows * wo);
            for (int i = 0; i < s.inPerGroup(); ++i) {
                const Grid &x = padded[static_cast<size_t>(group * s.inPerGroup() + i)];
                for (int a = 0; a < kh; ++a)
                    for (int b = 0; b < kw; ++b) {
                        const double *origin = x.data()
                            + (r0 * g.rows.stride + a * g.rows.dilation) * pw + b * g.cols.dilation;
                        Eigen::Map<Grid>(columns.row(i * taps + a * kw + b).data(), rows, wo) =
                            ConstStridedMap(origin, rows, wo, stride);
                    }
            }
            const Matrix products = w * columns;
            for (int o = 0; o < s.outPerGroup(); ++o) {
                const int channel = group * s.outPerGroup() + o;
                out[static_cast<size_t>(channel)].middleRows(r0, rows) =
                    Eigen::Map<const Grid>(products.row(o).data(), rows, wo).array()
                    + biasOf(p, channel);
            }
        }
    }
    return out;
}

// The transpose of the above: every (output channel, tap) row of Wᵀ·x is scattered onto its
// output channel's canvas (col2im), then each canvas is cut to the output window.
std::vector<Grid> convolveTransposedChannels(const Problem &p, const Geometry &g,
                                             const ChannelShape &s)
{
    const int kh = g.rows.kernel, kw = g.cols.kernel, taps = kh * kw;
    const int h = g.rows.in, w = g.cols.in;
    std::vector<Grid> canvases(static_cast<size_t>(s.out), Grid::Zero(g.rows.full, g.cols.full));
    const Stride2 stride(g.rows.stride * g.cols.full, g.cols.stride);
    const int chunk = rowsPerChunk(static_cast<long long>(s.outPerGroup()) * taps * w, h);
    for (int group = 0; group < s.groups; ++group) {
        const Matrix weightsT = groupWeights(p, s, group, taps).transpose();
        // weightsT is (in/group · taps) × (out/group); regroup it to (out/group · taps) × in/group.
        Matrix scatter(s.outPerGroup() * taps, s.inPerGroup());
        for (int i = 0; i < s.inPerGroup(); ++i)
            for (int o = 0; o < s.outPerGroup(); ++o)
                scatter.col(i).segment(o * taps, taps) = weightsT.col(o).segment(i * taps, taps);
        for (int r0 = 0; r0 < h; r0 += chunk) {
            const int rows = std::min(chunk, h - r0);
            Matrix x(s.inPerGroup(), rows * w);
            for (int i = 0; i < s.inPerGroup(); ++i)
                x.row(i) = Eigen::Map<const Eigen::RowVectorXd>(
                    inputChannel(p, group * s.inPerGroup() + i).data() + r0 * w, rows * w);
            const Matrix products = scatter * x;
            for (int o = 0; o < s.outPerGroup(); ++o) {
                Grid &canvas = canvases[static_cast<size_t>(group * s.outPerGroup() + o)];
                for (int a = 0; a < kh; ++a)
                    for (int b = 0; b < kw; ++b) {
                        double *origin = canvas.data()
                            + (r0 * g.rows.stride + a * g.rows.dilation) * g.cols.full
                            + b * g.cols.dilation;
                        StridedMap(origin, rows, w, stride) += Eigen::Map<const Grid>(
                            products.row(o * taps + a * kw + b).data(), rows, w);
                    }
            }
        }
    }
    std::vector<Grid> out;
    out.reserve(canvases.size());
    const int rows = std::min(g.rows.out, g.rows.full - g.rows.cropBefore);
    const int cols = std::min(g.cols.out, g.cols.full - g.cols.cropBefore);
    for (int o = 0; o < s.out; ++o) {
        Grid cut = Grid::Zero(g.rows.out, g.cols.out);
        if (rows > 0 && cols > 0)
            cut.topLeftCorner(rows, cols) = canvases[static_cast<size_t>(o)].block(
                g.rows.cropBefore, g.cols.cropBefore, rows, cols);
        cut.array() += biasOf(p, o);
        out.push_back(std::move(cut));
    }
    return out;
}

} // namespace

std::vector<Grid> computeOutputs(const Problem &problem)
{
    if (!hasChannels(problem))
        return {computeOutput(problem)};
    const Geometry g = geometryOf(problem);
    const ChannelShape s = channelShape(problem);
    return problem.op == Op::Conv2d ? convolveChannels(problem, g, s)
                                    : convolveTransposedChannels(problem, g, s);
}

} // namespace convstep
