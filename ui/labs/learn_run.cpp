#include "ui/labs/learn_run.h"

#include "core/overlap.h"

#include <algorithm>
#include <cmath>

namespace convstep {
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
    return sameConvolutionOverlapCounts(static_cast<int>(training.output.rows()),
                                        static_cast<int>(training.output.cols()),
                                        static_cast<int>(training.kernel.rows()));
}

CountGrid overlapMap(Baseline baseline, int rows, int cols, int scale)
{
    if (baseline == Baseline::Nearest)
        return CountGrid::Ones(rows, cols);
    return bilinearOverlapCounts(rows, cols, scale);
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
