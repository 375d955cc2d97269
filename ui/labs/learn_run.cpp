#include "ui/labs/learn_run.h"

#include "core/overlap.h"

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

// Per axis: how many source cells bilinear interpolation (half-pixel centres, clamped at the
// edges) mixes into output index o.
int bilinearReads(int o, int inputSide, int scale)
{
    const double source = (o + 0.5) / scale - 0.5;
    if (source <= 0.0 || source >= inputSide - 1)
        return 1;
    return source == std::floor(source) ? 1 : 2;
}

// Per axis: how many taps of a centred 3-long window at index o fall on a side of n cells.
int windowReads(int o, int side)
{
    return std::min(o + 1, side - 1) - std::max(o - 1, 0) + 1;
}

} // namespace

LearnRun startLearnRun(const Grid &image, const LearnSettings &settings)
{
    LearnRun run;
    run.settings = settings;
    run.image = croppedToScale(image, settings.scale);
    for (int v = 0; v < learnedVariantCount; ++v)
        run.trainings[static_cast<size_t>(v)] =
            startTraining(learnedSpec(run.image, LearnedVariant(v), settings));
    return run;
}

LearnRecord recordOf(const LearnRun &run)
{
    LearnRecord record;
    record.step = run.step;
    for (size_t v = 0; v < run.trainings.size(); ++v) {
        record.loss[v] = run.trainings[v].loss;
        record.energy[v] = checkerboardEnergy(run.trainings[v].output, run.settings.scale);
    }
    return record;
}

std::vector<LearnRecord> advanceRun(LearnRun &run, int steps, double learningRate,
                                    const std::atomic<bool> &stop)
{
    std::vector<LearnRecord> records;
    for (int i = 0; i < steps && run.step < limits::maxTrainSteps && !stop.load(); ++i) {
        for (size_t v = 0; v < run.trainings.size(); ++v) {
            if (run.diverged[v])
                continue;
            Training next = run.trainings[v];
            next.learningRate = learningRate;
            advance(next);
            if (std::isfinite(next.loss) && next.output.allFinite())
                run.trainings[v] = std::move(next);
            else
                run.diverged[v] = true;
        }
        ++run.step;
        records.push_back(recordOf(run));
    }
    return records;
}

int stepsPerTick(int step)
{
    if (step < 40)
        return 1;
    if (step < 200)
        return 8;
    return 25;
}

Op baselineOp(Baseline baseline)
{
    return baseline == Baseline::Nearest ? Op::UpsampleNearest : Op::UpsampleBilinear;
}

CountGrid overlapMap(const Training &training)
{
    if (training.model.op == Op::ConvTranspose2d)
        return outputOverlapCounts(training.model);
    const int rows = static_cast<int>(training.output.rows());
    const int cols = static_cast<int>(training.output.cols());
    CountGrid counts(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            counts(r, c) = windowReads(r, rows) * windowReads(c, cols);
    return counts;
}

CountGrid overlapMap(Baseline baseline, int rows, int cols, int scale)
{
    if (baseline == Baseline::Nearest)
        return CountGrid::Ones(rows, cols);
    CountGrid counts(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            counts(r, c) =
                bilinearReads(r, rows / scale, scale) * bilinearReads(c, cols / scale, scale);
    return counts;
}

CountGrid overlapWindow(const CountGrid &map, int scale)
{
    const int side = std::max(2 * scale, 6);
    const int start = static_cast<int>(
        std::min<Eigen::Index>(2 * scale, std::max<Eigen::Index>(map.rows() - side, 0)));
    const int startCol = static_cast<int>(
        std::min<Eigen::Index>(2 * scale, std::max<Eigen::Index>(map.cols() - side, 0)));
    return map.block(start, startCol, std::min<Eigen::Index>(side, map.rows() - start),
                     std::min<Eigen::Index>(side, map.cols() - startCol));
}

} // namespace convstep
