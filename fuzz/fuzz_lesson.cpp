// libFuzzer target for the lesson/problem JSON loader and everything a valid lesson reaches.
//
// Any input: parseLessonFile must return a lesson (or a sequence of them) or a ProblemError,
// never crash. A valid file must survive lessonFileToBytes → parseLessonFile unchanged, and
// each of its lessons small enough has every view that applies traced and probed: first,
// middle and last steps, states, links, the convolution matrix and the narration. Each consistency
// rule that fails calls abort() with a message, so the fuzzer keeps the input as a crash.

#include "core/calculation.h"
#include "core/channels.h"
#include "core/compute.h"
#include "core/conv_matrix.h"
#include "core/links.h"
#include "core/shape_formula.h"
#include "core/trace.h"
#include "io/lesson_json.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace {

using namespace convstep;

// Tracing is cheap per step but some probes walk every cell or every step: keep them bounded
// so the fuzzer spends its time on many inputs rather than a few huge ones.
constexpr int maxTracedInputSide = 64;
constexpr int maxTracedOutputSide = 256;
constexpr long long maxWalkedMacs = 1 << 20;

[[noreturn]] void inconsistent(const std::string &what)
{
    std::fprintf(stderr, "fuzz_lesson: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

void require(bool condition, const std::string &what)
{
    if (!condition)
        inconsistent(what);
}

std::string where(const Trace &trace, const char *what)
{
    return std::string(what) + " (view " + viewName(trace.view) + ", op " + opName(trace.problem.op)
        + ")";
}

// |a − b| small against the magnitude of the terms that were summed; overflowed sums are not
// compared.
bool close(double a, double b, double magnitude)
{
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(magnitude))
        return true;
    return std::fabs(a - b) <= 1e-9 * (magnitude + 1.0);
}

// Sum of products (+ bias) of a list of multiply-accumulates, with the sum of magnitudes.
void sumOf(const std::vector<Mac> &macs, double bias, double &sum, double &magnitude)
{
    sum = bias;
    magnitude = std::fabs(bias);
    for (const Mac &mac : macs) {
        sum += mac.product;
        magnitude += std::fabs(mac.product);
    }
}

void checkMacs(const Trace &trace, const Step &step)
{
    const Pair in = sizeOf(trace.problem.input);
    // The upsampling ops have no kernel: `kernel` is a place in the scale-sized block (bilinear:
    // one of the 2×2 neighbours) and the weight is the op's own.
    const bool upsampling = isUpsampling(trace.problem.op);
    const Pair k = trace.problem.op == Op::UpsampleBilinear ? Pair{2, 2}
        : upsampling ? Pair{trace.geometry.rows.scale, trace.geometry.cols.scale}
                     : sizeOf(trace.problem.kernel);
    const Pair out = trace.geometry.outputSize();
    const bool channels = hasChannels(trace.problem);
    const ChannelShape shape = channelShape(trace.problem);
    for (const Mac &mac : step.macs) {
        require(channels == (mac.inChannel && mac.outChannel),
                where(trace, "a multiply-accumulate's channels do not match the problem's"));
        if (channels)
            require(*mac.inChannel >= 0 && *mac.inChannel < shape.in && *mac.outChannel >= 0
                        && *mac.outChannel < shape.out
                        && shape.groupOfIn(*mac.inChannel) == shape.groupOfOut(*mac.outChannel),
                    where(trace, "a multiply-accumulate joins channels of different groups"));
        const Grid &kernel = channels ? weightOf(trace.problem, *mac.outChannel, *mac.inChannel)
                                      : trace.problem.kernel;
        const Grid &input =
            channels ? inputChannel(trace.problem, *mac.inChannel) : trace.problem.input;
        require(mac.kernel.row >= 0 && mac.kernel.row < k.h && mac.kernel.col >= 0
                    && mac.kernel.col < k.w,
                where(trace, "a multiply-accumulate names a kernel cell outside the kernel"));
        require(upsampling || mac.weight == kernel(mac.kernel.row, mac.kernel.col),
                where(trace, "a multiply-accumulate's weight is not its kernel cell's value"));
        if (mac.input) {
            require(mac.input->row >= 0 && mac.input->row < in.h && mac.input->col >= 0
                        && mac.input->col < in.w,
                    where(trace, "a multiply-accumulate names an input cell outside the input"));
            require(mac.value == input(mac.input->row, mac.input->col),
                    where(trace, "a multiply-accumulate's value is not its input cell's value"));
        } else {
            require(mac.value == 0.0,
                    where(trace, "padding or an inserted zero has a non-zero value"));
        }
        if (mac.out)
            require(mac.out->row >= 0 && mac.out->row < out.h && mac.out->col >= 0
                        && mac.out->col < out.w,
                    where(trace, "a multiply-accumulate names an output cell outside the output"));
        const SourceCell source = sourceCell(trace, mac.source);
        require(source.input == mac.input,
                where(trace, "a multiply-accumulate's source cell is not its input cell"));
    }
}

void checkStep(const Trace &trace, int index)
{
    const Step step = stepAt(trace, index);
    require(step.index == index, where(trace, "stepAt returned another index"));
    require(step.phase == phaseOf(trace, index), where(trace, "stepAt and phaseOf disagree"));
    require(!step.text.empty(), where(trace, "a step has no narration"));
    checkMacs(trace, step);
    if (step.phase == Phase::Slide || step.phase == Phase::Row
        || step.phase == Phase::Interpolate) {
        require(step.focus && step.value, where(trace, "a slide/row step has no focus or value"));
        const Cell out = *step.focus;
        const bool channels = hasChannels(trace.problem);
        require(channels == step.focusChannel.has_value(),
                where(trace, "a step's focus channel does not match the problem"));
        const int channel = step.focusChannel.value_or(0);
        const Grid &output = channels ? trace.outputs[static_cast<size_t>(channel)] : trace.output;
        require(*step.value == output(out.row, out.col),
                where(trace, "a step's value is not the output cell it writes"));
        double sum = 0.0, magnitude = 0.0;
        sumOf(step.macs, channels ? biasOf(trace.problem, channel) : trace.problem.bias, sum,
              magnitude);
        require(close(sum, *step.value, magnitude),
                where(trace, "a step's products and bias do not add up to its value"));
        if (channels) {
            (void)calculationText(trace, step);
            return;
        }
        const auto writer = stepWritingOutput(trace, out);
        require(writer && *writer == index,
                where(trace, "stepWritingOutput does not name the step that writes the cell"));
    }
    if (hasChannels(trace.problem) && step.phase == Phase::Scatter) {
        require(step.focus && step.focusChannel, where(trace, "a scatter step has no focus"));
    } else if (step.phase == Phase::Scatter || step.phase == Phase::Copy
               || step.phase == Phase::Place) {
        require(step.focus.has_value(), where(trace, "a scatter step has no focus"));
        const auto scatterer = stepScatteringInput(trace, *step.focus);
        require(scatterer && *scatterer == index,
                where(trace, "stepScatteringInput does not name the step that scatters the cell"));
    }
    (void)calculationText(trace, step);
}

// Every output channel's state after the last step is that channel.
void checkChannelStates(const Trace &trace)
{
    const std::vector<GridState> states = channelStates(trace, trace.stepCount - 1);
    require(states.size() == trace.outputs.size(), where(trace, "a state per output channel"));
    for (size_t o = 0; o < states.size(); ++o) {
        const Grid &output = trace.outputs[o];
        require(states[o].offset == Cell{0, 0} && sizeOf(states[o].values) == sizeOf(output),
                where(trace, "a channel's last state is not the output's size"));
        const double bias = std::fabs(biasOf(trace.problem, static_cast<int>(o)));
        for (Eigen::Index r = 0; r < output.rows(); ++r)
            for (Eigen::Index c = 0; c < output.cols(); ++c)
                require(close(states[o].values(r, c), output(r, c), std::fabs(output(r, c)) + bias),
                        where(trace, "a channel's last state is not the output channel"));
    }
    (void)channelStates(trace, -1);
    (void)channelStates(trace, trace.stepCount / 2);
}

void checkStates(const Trace &trace)
{
    if (hasChannels(trace.problem)) {
        checkChannelStates(trace);
        return;
    }
    const int last = trace.stepCount - 1;
    for (int index : {-1, last / 2, last}) {
        const GridState state = stateAfter(trace, index);
        require(state.counts.rows() == state.values.rows()
                    && state.counts.cols() == state.values.cols()
                    && state.written.rows() == state.values.rows()
                    && state.written.cols() == state.values.cols(),
                where(trace, "a state's grids differ in size"));
    }
    const GridState done = stateAfter(trace, last);
    require(done.offset == Cell{0, 0} && done.values.rows() == trace.output.rows()
                && done.values.cols() == trace.output.cols(),
            where(trace, "the state after the last step is not the output's size"));
    for (Eigen::Index r = 0; r < trace.output.rows(); ++r)
        for (Eigen::Index c = 0; c < trace.output.cols(); ++c)
            require(close(done.values(r, c), trace.output(r, c),
                          std::fabs(trace.output(r, c)) + std::fabs(trace.problem.bias)),
                    where(trace, "the state after the last step is not the output"));
}

void checkLinks(const Trace &trace, long long walk)
{
    const Pair out = trace.geometry.outputSize();
    const Pair in = sizeOf(trace.problem.input);
    for (Cell cell : {Cell{0, 0}, Cell{out.h - 1, out.w - 1}, Cell{out.h / 2, out.w / 2}}) {
        const std::vector<Mac> macs = macsIntoOutput(trace, cell);
        double sum = 0.0, magnitude = 0.0;
        sumOf(macs, trace.problem.bias, sum, magnitude);
        require(close(sum, trace.output(cell.row, cell.col), magnitude),
                where(trace, "macsIntoOutput does not add up to the output cell"));
    }
    for (Cell cell : {Cell{0, 0}, Cell{in.h - 1, in.w - 1}})
        for (const Mac &mac : macsFromInput(trace, cell))
            require(mac.input == cell, where(trace, "macsFromInput returned another input cell"));
    if (walk <= maxWalkedMacs) {
        const Cell corner{static_cast<int>(trace.problem.kernel.rows()) - 1,
                          static_cast<int>(trace.problem.kernel.cols()) - 1};
        for (const Mac &mac : macsOfKernel(trace, corner))
            require(mac.kernel == corner,
                    where(trace, "macsOfKernel returned another kernel cell"));
    }
    const Pair source = sourceSize(trace);
    require(source.h >= 1 && source.w >= 1, where(trace, "the source canvas is empty"));
    (void)sourceCell(trace, {source.h - 1, source.w - 1});
    (void)sourceCell(trace, {-1, source.w});
}

// The matrix form must give the same result as the direct computation.
void checkMatrix(const Problem &problem)
{
    const ConvMatrix matrix = convolutionMatrix(problem);
    const ChannelShape shape = channelShape(problem);
    const std::vector<Grid> outputs = computeOutputs(problem);
    Eigen::VectorXd x(static_cast<Eigen::Index>(shape.in) * problem.input.size());
    for (int c = 0; c < shape.in; ++c)
        x.segment(c * problem.input.size(), problem.input.size()) =
            inputChannel(problem, c).reshaped<Eigen::RowMajor>();
    Eigen::VectorXd output(static_cast<Eigen::Index>(shape.out) * outputs.front().size());
    Eigen::VectorXd bias(output.size());
    for (int o = 0; o < shape.out; ++o) {
        const Eigen::Index cells = outputs.front().size();
        output.segment(o * cells, cells) =
            outputs[static_cast<size_t>(o)].reshaped<Eigen::RowMajor>();
        bias.segment(o * cells, cells).setConstant(biasOf(problem, o));
    }
    const Eigen::VectorXd y = problem.op == Op::Conv2d ? Eigen::VectorXd(matrix.c * x)
                                                       : Eigen::VectorXd(matrix.c.transpose() * x);
    require(y.size() == output.size(), "the convolution matrix has the wrong shape");
    const Eigen::VectorXd magnitudes = problem.op == Op::Conv2d
        ? Eigen::VectorXd(matrix.c.cwiseAbs() * x.cwiseAbs())
        : Eigen::VectorXd(matrix.c.cwiseAbs().transpose() * x.cwiseAbs());
    for (Eigen::Index i = 0; i < y.size(); ++i)
        require(close(y(i) + bias(i), output(i), magnitudes(i) + std::fabs(bias(i))),
                "the convolution matrix disagrees with computeOutput");
}

// A lone surrogate cannot be written as UTF-8, so only well-formed text must come back.
void requireSameText(const QString &before, const QString &after, const char *what)
{
    if (before.isValidUtf16())
        require(before == after,
                std::string("the ") + what + " changed in a round trip: \"" + before.toStdString()
                    + "\" became \"" + after.toStdString() + "\"");
}

void checkRoundTrip(const Lesson &lesson, const Lesson &back, const QByteArray &bytes)
{
    require(lesson.problem == back.problem,
            "the problem changed in a lessonToBytes round trip:\n" + bytes.toStdString());
    require(lesson.view == back.view && lesson.step == back.step,
            "the view or step changed in a lessonToBytes round trip");
    require(lesson.originalInput.rows() == back.originalInput.rows()
                && lesson.originalInput.cols() == back.originalInput.cols()
                && lesson.originalInput == back.originalInput,
            "the original input changed in a round trip");
    requireSameText(lesson.title, back.title, "title");
    requireSameText(lesson.note, back.note, "note");
}

void checkRoundTrip(const LessonFile &file)
{
    const QByteArray bytes = lessonFileToBytes(file);
    const auto again = parseLessonFile(bytes);
    if (!again.ok())
        inconsistent("lessonFileToBytes wrote a file that parseLessonFile rejects: "
                     + again.error().text() + "\n" + bytes.toStdString());
    const LessonFile &back = again.value();
    require(back.isSequence == file.isSequence && back.lessons.size() == file.lessons.size(),
            "a round trip changed the number of lessons");
    requireSameText(file.title, back.title, "sequence's title");
    requireSameText(file.note, back.note, "sequence's note");
    for (size_t i = 0; i < file.lessons.size(); ++i)
        checkRoundTrip(file.lessons[i], back.lessons[i], bytes);
    if (!file.isSequence)
        require(lessonToBytes(file.lessons.front()) == bytes,
                "lessonToBytes and lessonFileToBytes disagree about a single lesson");
}

void checkTraces(const Lesson &lesson)
{
    const Problem &problem = lesson.problem;
    const Geometry geometry = geometryOf(problem);
    const Pair out = geometry.outputSize();
    const Grid output = computeOutput(problem);
    require(sizeOf(output) == out, "computeOutput's size is not the geometry's");
    (void)shapeFormulas(problem);

    const ChannelShape shape = channelShape(problem);
    require(static_cast<int>(computeOutputs(problem).size()) == shape.out,
            "computeOutputs does not give every output channel");
    const long long kernelCells = problem.kernel.size() * shape.inPerGroup();
    const long long outCells = static_cast<long long>(out.h) * out.w * shape.out;
    if (!isUpsampling(problem.op) && outCells * kernelCells <= maxWalkedMacs)
        checkMatrix(problem);

    std::vector<View> views{View::Direct};
    if (!isUpsampling(problem.op))
        views.push_back(View::Matrix);
    if (problem.op == Op::ConvTranspose2d)
        views.push_back(View::ZeroInsertion);
    for (View view : views) {
        if (auto error = checkView(problem, view))
            inconsistent(std::string("checkView refused view ") + viewName(view)
                         + " of a valid problem: " + error->text());
        const Trace trace = makeTrace(problem, view);
        require(trace.stepCount >= 1, where(trace, "a trace has no steps"));
        require(trace.output == output, where(trace, "the trace's output is not computeOutput"));
        require(!trace.phases.empty() && trace.phases.front().first == 0,
                where(trace, "the phases do not start at step 0"));
        for (size_t i = 1; i < trace.phases.size(); ++i)
            require(trace.phases[i].first == trace.phases[i - 1].first + trace.phases[i - 1].count,
                    where(trace, "the phases are not laid end to end"));
        const int last = trace.stepCount - 1;
        for (int index : {0, last / 2, last, std::min(lesson.step, last)})
            checkStep(trace, index);
        checkStates(trace);
        if (!hasChannels(problem))
            checkLinks(trace, static_cast<long long>(trace.stepCount) * kernelCells);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = parseLessonFile(json);
    if (!parsed.ok()) {
        require(!parsed.error().message.empty(), "parseLessonFile failed without a message");
        require(!parseLesson(json).ok(), "parseLesson accepted what parseLessonFile rejects");
        return 0;
    }
    const LessonFile &file = parsed.value();
    require(!file.lessons.empty(), "parseLessonFile accepted a file without a lesson");
    require(file.title.size() <= limits::maxTitleLength
                && file.note.size() <= limits::maxNoteLength,
            "parseLessonFile accepted a sequence's title or note over its cap");
    checkRoundTrip(file);

    for (const Lesson &lesson : file.lessons) {
        if (validate(lesson.problem))
            inconsistent("parseLessonFile accepted a problem that validate() rejects");
        require(lesson.title.size() <= limits::maxTitleLength
                    && lesson.note.size() <= limits::maxNoteLength,
                "parseLessonFile accepted a title or note over its cap");
        const Pair in = sizeOf(lesson.problem.input);
        const Pair out = geometryOf(lesson.problem).outputSize();
        if (in.h > maxTracedInputSide || in.w > maxTracedInputSide || out.h > maxTracedOutputSide
            || out.w > maxTracedOutputSide)
            continue;
        // A channel state adds up a 2-D state per (out, in) pair of a group.
        const ChannelShape shape = channelShape(lesson.problem);
        if (static_cast<long long>(shape.out) * shape.inPerGroup()
                * (static_cast<long long>(in.h) * in.w + static_cast<long long>(out.h) * out.w)
            > maxWalkedMacs)
            continue;
        try {
            checkTraces(lesson);
        } catch (const std::exception &e) {
            inconsistent(std::string("exception while tracing a valid problem: ") + e.what());
        }
    }
    return 0;
}
