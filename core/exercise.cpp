#include "core/exercise.h"

#include "core/compute.h"
#include "core/geometry.h"
#include "core/narration.h"

#include <algorithm>
#include <stdexcept>

namespace convstep {
namespace {

// Grids small enough to work through by hand and to draw on a worksheet.
constexpr int maxOutputSide = 10;
constexpr int maxCanvasSide = 12;
// Every level accepts a good share of its draws; this only stops a broken generator.
constexpr int maxAttempts = 100000;

Grid randomGrid(SplitMix64 &random, Pair size, int lo, int hi)
{
    Grid grid(size.h, size.w);
    for (int r = 0; r < size.h; ++r)
        for (int c = 0; c < size.w; ++c)
            grid(r, c) = random.between(lo, hi);
    return grid;
}

Problem drawLevel1(SplitMix64 &random)
{
    Problem p;
    const int n = random.between(3, 5);
    const int k = random.between(2, 3);
    p.input = randomGrid(random, {n, n}, 0, 4);
    p.kernel = randomGrid(random, {k, k}, -1, 2);
    return p;
}

Problem drawLevel2(SplitMix64 &random, Op op)
{
    Problem p;
    p.op = op;
    const int n = op == Op::Conv2d ? random.between(3, 6) : random.between(2, 4);
    const int k = random.between(2, 3);
    const int s = random.between(1, 3);
    const int pad = random.between(0, k - 1);
    p.stride = {s, s};
    p.padding = {pad, pad};
    p.input = randomGrid(random, {n, n}, -1, 3);
    p.kernel = randomGrid(random, {k, k}, -1, 2);
    return p;
}

Problem drawLevel3(SplitMix64 &random, Op op)
{
    Problem p;
    p.op = op;
    const bool transposed = op == Op::ConvTranspose2d;
    const int lo = transposed ? 2 : 3;
    const int hi = transposed ? 4 : 7;
    const Pair in{random.between(lo, hi), random.between(lo, hi)};
    const Pair k{random.between(1, 3), random.between(1, 3)};
    const int mode = random.between(0, 4); // explicit, same, valid: 2 : 2 : 1
    p.paddingMode = mode < 2 ? PaddingMode::Explicit
        : mode < 4           ? PaddingMode::Same
                             : PaddingMode::Valid;
    p.stride = {random.between(1, 2), random.between(1, 2)};
    p.dilation = {random.between(1, 2), random.between(1, 2)};
    const bool keras = p.paddingMode != PaddingMode::Explicit;
    if (keras && transposed)
        p.dilation.w = p.dilation.h; // Keras's Conv2DTranspose dilates both axes alike
    if (keras && (p.dilation.h > 1 || p.dilation.w > 1))
        p.stride = {1, 1}; // Keras takes a stride or a dilation, not both
    if (!keras)
        p.padding = {random.between(0, k.h - 1), random.between(0, k.w - 1)};
    if (transposed && random.chance(1, 2)) {
        const auto extra = [&](Axis axis) {
            const int bound = keras ? p.stride[axis] : std::max(p.stride[axis], p.dilation[axis]);
            return random.between(0, bound - 1);
        };
        p.outputPadding = {extra(Axis::Rows), extra(Axis::Cols)};
    }
    p.input = randomGrid(random, in, -2, 3);
    p.kernel = randomGrid(random, k, -2, 2);
    return p;
}

bool isRectangular(const Problem &p)
{
    return p.input.rows() != p.input.cols() || p.kernel.rows() != p.kernel.cols()
        || p.stride.h != p.stride.w || p.dilation.h != p.dilation.w || p.padding.h != p.padding.w;
}

// Something the level adds to the one before.
bool showsLevel(const Problem &p, int level)
{
    if (level == 2)
        return p.op == Op::ConvTranspose2d || p.stride.h > 1 || p.padding.h > 0;
    if (level == 3)
        return isRectangular(p) || p.dilation.h > 1 || p.dilation.w > 1
            || p.paddingMode == PaddingMode::Same || p.outputPadding != Pair{0, 0};
    return true;
}

bool acceptable(const Problem &p, int level)
{
    if (validate(p) || !showsLevel(p, level) || p.kernel.size() < 2)
        return false;
    if (p.input.isZero() || p.kernel.isZero())
        return false;
    const Geometry g = geometryOf(p);
    const int outSide = std::max(g.rows.out, g.cols.out);
    const int canvasSide = std::max(g.rows.full, g.cols.full);
    return outSide <= maxOutputSide && canvasSide <= maxCanvasSide;
}

Message settingsText(const Problem &p)
{
    std::vector<Message> parts{Message{CONVSTEP_TR("Exercise", "stride %1"), {pairText(p.stride)}}};
    if (p.dilation != Pair{1, 1})
        parts.push_back({CONVSTEP_TR("Exercise", "dilation %1"), {pairText(p.dilation)}});
    if (usesKerasPadding(p))
        parts.push_back({CONVSTEP_TR("Exercise", "padding '%1' (Keras)"),
                         {std::string(paddingModeName(p.paddingMode))}});
    else if (p.padding == Pair{0, 0})
        parts.push_back({CONVSTEP_TR("Exercise", "no padding")});
    else
        parts.push_back({CONVSTEP_TR("Exercise", "padding %1"), {pairText(p.padding)}});
    if (p.outputPadding != Pair{0, 0})
        parts.push_back(
            {CONVSTEP_TR("Exercise", "output padding %1"), {pairText(p.outputPadding)}});
    if (p.bias != 0.0)
        parts.push_back({CONVSTEP_TR("Exercise", "bias %1"), {formatNumber(p.bias)}});
    return joinedMessages(parts, CONVSTEP_TR_C("Exercise", "%1, %2", "a list of settings"));
}

std::string cellList(const std::vector<Cell> &cells)
{
    std::string text;
    for (const Cell &cell : cells)
        text += (text.empty() ? "" : ", ") + cellText(cell);
    return text;
}

std::optional<ExerciseAnswer> answerFor(const Problem &p, ExerciseKind kind, SplitMix64 &random)
{
    const Pair out = geometryOf(p).outputSize();
    switch (kind) {
    case ExerciseKind::Value: {
        const Cell cell{random.between(0, out.h - 1), random.between(0, out.w - 1)};
        const double value = computeOutput(p)(cell.row, cell.col);
        return ValueAnswer{cell, value == 0.0 ? 0.0 : value}; // no -0 in the answer
    }
    case ExerciseKind::Reach: {
        std::vector<Cell> reaching;
        for (int r = 0; r < p.input.rows(); ++r)
            for (int c = 0; c < p.input.cols(); ++c)
                if (!reachOf(p, {r, c}).empty())
                    reaching.push_back({r, c});
        if (reaching.empty())
            return std::nullopt;
        const Cell in =
            reaching[static_cast<size_t>(random.between(0, static_cast<int>(reaching.size()) - 1))];
        return ReachAnswer{in, reachOf(p, in)};
    }
    case ExerciseKind::Shape:
        return ShapeAnswer{out};
    case ExerciseKind::Recipe:
        if (auto recipe = recipeOf(p))
            return *recipe;
        return std::nullopt;
    }
    return std::nullopt;
}

Message questionFor(const Problem &p, const ExerciseAnswer &answer)
{
    const Message summary = problemSummaryMessage(p);
    switch (kindOf(answer)) {
    case ExerciseKind::Value:
        return {CONVSTEP_TR("Exercise",
                            "A %1: what is output cell %2? Rows and columns count "
                            "from 0."),
                {summary, cellText(std::get<ValueAnswer>(answer).cell)}};
    case ExerciseKind::Reach:
        return {CONVSTEP_TR("Exercise",
                            "A %1: which output cells receive a product of input cell "
                            "%2? Rows and columns count from 0."),
                {summary, cellText(std::get<ReachAnswer>(answer).inputCell)}};
    case ExerciseKind::Shape:
        return {CONVSTEP_TR("Exercise", "A %1: what is the output's shape, rows × columns?"),
                {summary}};
    case ExerciseKind::Recipe:
        return {CONVSTEP_TR("Exercise",
                            "A %1: rewrite it as a stride-1 convolution with the kernel turned "
                            "180°. How many zeros go between neighbouring input rows, and between "
                            "columns? How many rows or columns of zeros pad the top, bottom, left "
                            "and right?"),
                {summary}};
    }
    return summary;
}

} // namespace

ExerciseKind kindOf(const ExerciseAnswer &answer)
{
    return static_cast<ExerciseKind>(answer.index());
}

const char *exerciseKindName(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::Value:
        return "value";
    case ExerciseKind::Reach:
        return "reach";
    case ExerciseKind::Shape:
        return "shape";
    case ExerciseKind::Recipe:
        return "recipe";
    }
    return "";
}

std::optional<ExerciseKind> exerciseKindFromName(std::string_view name)
{
    for (ExerciseKind kind :
         {ExerciseKind::Value, ExerciseKind::Reach, ExerciseKind::Shape, ExerciseKind::Recipe})
        if (name == exerciseKindName(kind))
            return kind;
    return std::nullopt;
}

bool kindFitsLevel(ExerciseKind kind, int level)
{
    if (level < minExerciseLevel || level > maxExerciseLevel)
        return false;
    return level > 1 || kind == ExerciseKind::Value || kind == ExerciseKind::Shape;
}

std::vector<ExerciseKind> kindsOfLevel(int level)
{
    std::vector<ExerciseKind> kinds;
    for (ExerciseKind kind :
         {ExerciseKind::Value, ExerciseKind::Reach, ExerciseKind::Shape, ExerciseKind::Recipe})
        if (kindFitsLevel(kind, level))
            kinds.push_back(kind);
    return kinds;
}

Exercise makeExercise(int level, ExerciseKind kind, SplitMix64 &random)
{
    if (!kindFitsLevel(kind, level))
        throw std::invalid_argument(std::string(exerciseKindName(kind))
                                    + " exercises need level 2 or 3, got level "
                                    + std::to_string(level));
    const bool transposedOnly = kind == ExerciseKind::Reach || kind == ExerciseKind::Recipe;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        const Op op = level == 1                    ? Op::Conv2d
            : transposedOnly || random.chance(1, 2) ? Op::ConvTranspose2d
                                                    : Op::Conv2d;
        const Problem p = level == 1 ? drawLevel1(random)
            : level == 2             ? drawLevel2(random, op)
                                     : drawLevel3(random, op);
        if (!acceptable(p, level))
            continue;
        if (auto answer = answerFor(p, kind, random)) {
            Message question = questionFor(p, *answer);
            std::string english = question.str();
            return {p, std::move(english), std::move(*answer), std::move(question)};
        }
    }
    throw std::logic_error("no acceptable exercise problem was drawn");
}

std::optional<Message> exerciseOptionsError(const ExerciseOptions &options)
{
    if (options.level < minExerciseLevel || options.level > maxExerciseLevel)
        return Message{CONVSTEP_TR("Exercise", "level must be 1, 2 or 3, got %1"),
                       {std::to_string(options.level)}};
    if (options.count < 1 || options.count > maxExerciseCount)
        return Message{CONVSTEP_TR("Exercise", "count must be 1 to %1, got %2"),
                       {std::to_string(maxExerciseCount), std::to_string(options.count)}};
    for (size_t i = 0; i < options.kinds.size(); ++i) {
        const ExerciseKind kind = options.kinds[i];
        if (std::find(options.kinds.begin(), options.kinds.begin() + static_cast<long>(i), kind)
            != options.kinds.begin() + static_cast<long>(i))
            return Message{CONVSTEP_TR("Exercise", "kinds lists %1 twice"),
                           {std::string(exerciseKindName(kind))}};
        if (!kindFitsLevel(kind, options.level))
            return Message{CONVSTEP_TR("Exercise",
                                       "kinds: %1 is about transposed convolutions, "
                                       "which level %2 does not have (use level 2 or "
                                       "3)"),
                           {std::string(exerciseKindName(kind)), std::to_string(options.level)}};
    }
    return std::nullopt;
}

std::optional<std::string> checkExerciseOptions(const ExerciseOptions &options)
{
    if (auto error = exerciseOptionsError(options))
        return error->str();
    return std::nullopt;
}

std::uint64_t exerciseSeed(std::uint64_t seed, int index)
{
    SplitMix64 mixer(seed ^ (0xd1b54a32d192ed03ULL * (static_cast<std::uint64_t>(index) + 1)));
    return mixer.next();
}

std::vector<Exercise> makeExercises(const ExerciseOptions &options)
{
    if (auto error = checkExerciseOptions(options))
        throw std::invalid_argument(*error);
    const std::vector<ExerciseKind> kinds =
        options.kinds.empty() ? kindsOfLevel(options.level) : options.kinds;
    std::vector<Exercise> exercises;
    exercises.reserve(static_cast<size_t>(options.count));
    for (int i = 0; i < options.count; ++i) {
        SplitMix64 random(exerciseSeed(options.seed, i));
        exercises.push_back(
            makeExercise(options.level, kinds[static_cast<size_t>(i) % kinds.size()], random));
    }
    return exercises;
}

std::vector<int> reachAlong(const AxisGeometry &axis, int in)
{
    std::vector<int> outs;
    for (int tap = 0; tap < axis.kernel; ++tap) {
        const int out = in * axis.stride + tap * axis.dilation - axis.cropBefore;
        if (out >= 0 && out < axis.out)
            outs.push_back(out);
    }
    return outs;
}

std::vector<Cell> reachOf(const Problem &problem, Cell in)
{
    std::vector<Cell> cells;
    if (problem.op != Op::ConvTranspose2d || in.row < 0 || in.row >= problem.input.rows()
        || in.col < 0 || in.col >= problem.input.cols())
        return cells;
    const Geometry g = geometryOf(problem);
    for (int r : reachAlong(g.rows, in.row))
        for (int c : reachAlong(g.cols, in.col))
            cells.push_back({r, c});
    return cells;
}

std::vector<int> canvasReachAlong(const AxisGeometry &axis, int in)
{
    std::vector<int> canvas;
    for (int tap = 0; tap < axis.kernel; ++tap)
        canvas.push_back(in * axis.stride + tap * axis.dilation);
    return canvas;
}

std::vector<Cell> canvasReachOf(const Problem &problem, Cell in)
{
    std::vector<Cell> cells;
    if (problem.op != Op::ConvTranspose2d || in.row < 0 || in.row >= problem.input.rows()
        || in.col < 0 || in.col >= problem.input.cols())
        return cells;
    const Geometry g = geometryOf(problem);
    for (int r : canvasReachAlong(g.rows, in.row))
        for (int c : canvasReachAlong(g.cols, in.col))
            cells.push_back({r, c});
    return cells;
}

std::optional<RecipeAnswer> recipeOf(const Problem &problem)
{
    if (problem.op != Op::ConvTranspose2d)
        return std::nullopt;
    const Geometry g = geometryOf(problem);
    const RecipeAnswer recipe{
        {g.rows.stride - 1, g.cols.stride - 1},
        {g.rows.zeroPadBefore, g.rows.zeroPadAfter, g.cols.zeroPadBefore, g.cols.zeroPadAfter}};
    const Sides &pad = recipe.pad;
    if (pad.top < 0 || pad.bottom < 0 || pad.left < 0 || pad.right < 0)
        return std::nullopt;
    return recipe;
}

Message problemSummaryMessage(const Problem &problem)
{
    return {CONVSTEP_TR("Exercise", "%1 (%2) of the %3 input with the %4 kernel"),
            {std::string(opName(problem.op)), settingsText(problem),
             sizeText(sizeOf(problem.input)), sizeText(sizeOf(problem.kernel))}};
}

std::string problemSummary(const Problem &problem)
{
    return problemSummaryMessage(problem).str();
}

Message answerMessage(const Exercise &exercise)
{
    switch (kindOf(exercise)) {
    case ExerciseKind::Value: {
        const auto &a = std::get<ValueAnswer>(exercise.answer);
        return {CONVSTEP_TR("Exercise", "output %1 = %2"),
                {cellText(a.cell), formatNumber(a.value)}};
    }
    case ExerciseKind::Reach: {
        const auto &a = std::get<ReachAnswer>(exercise.answer);
        if (a.cells.empty())
            return {CONVSTEP_TR("Exercise", "input %1 reaches no output cell"),
                    {cellText(a.inputCell)}};
        return {CONVSTEP_TR("Exercise", "input %1 reaches %2"),
                {cellText(a.inputCell), cellList(a.cells)}};
    }
    case ExerciseKind::Shape:
        return {CONVSTEP_TR("Exercise", "output shape %1"),
                {sizeText(std::get<ShapeAnswer>(exercise.answer).outputShape)}};
    case ExerciseKind::Recipe:
        return recipeMessage(std::get<RecipeAnswer>(exercise.answer));
    }
    return {};
}

std::string answerText(const Exercise &exercise)
{
    return answerMessage(exercise).str();
}

Message recipeMessage(const RecipeAnswer &recipe)
{
    return {CONVSTEP_TR_N("Exercise",
                          "insert %n zeros between rows and %1 between columns; pad top %2, "
                          "bottom %3, left %4, right %5",
                          "insert %n zero between rows and %1 between columns; pad top %2, "
                          "bottom %3, left %4, right %5"),
            recipe.zerosBetween.h,
            {std::to_string(recipe.zerosBetween.w), std::to_string(recipe.pad.top),
             std::to_string(recipe.pad.bottom), std::to_string(recipe.pad.left),
             std::to_string(recipe.pad.right)}};
}

std::string recipeText(const RecipeAnswer &recipe)
{
    return recipeMessage(recipe).str();
}

} // namespace convstep
