#pragma once

#include "core/geometry.h"
#include "core/random.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace convstep {

// value: an output cell's value; reach: the output cells an input of a transposed convolution
// reaches; shape: the output's size; recipe: a transposed convolution as zero insertion,
// padding and a stride-1 convolution with the kernel turned 180°.
enum class ExerciseKind { Value, Reach, Shape, Recipe };

struct ValueAnswer
{
    Cell cell; // output cell
    double value = 0.0;

    friend bool operator==(const ValueAnswer &, const ValueAnswer &) = default;
};

struct ReachAnswer
{
    Cell inputCell;
    std::vector<Cell> cells; // output cells receiving a product of inputCell, row-major

    friend bool operator==(const ReachAnswer &, const ReachAnswer &) = default;
};

struct ShapeAnswer
{
    Pair outputShape;

    friend bool operator==(const ShapeAnswer &, const ShapeAnswer &) = default;
};

// Zeros added around the zero-inserted input, per side.
struct Sides
{
    int top = 0;
    int bottom = 0;
    int left = 0;
    int right = 0;

    friend bool operator==(const Sides &, const Sides &) = default;
};

struct RecipeAnswer
{
    Pair zerosBetween; // between neighbouring input rows, columns: stride − 1
    Sides pad;

    friend bool operator==(const RecipeAnswer &, const RecipeAnswer &) = default;
};

// In the order of ExerciseKind.
using ExerciseAnswer = std::variant<ValueAnswer, ReachAnswer, ShapeAnswer, RecipeAnswer>;

struct Exercise
{
    Problem problem; // always validates
    std::string question; // English: questionMessage.str()
    ExerciseAnswer answer;
    Message questionMessage{}; // the question, for translation
};

ExerciseKind kindOf(const ExerciseAnswer &answer);
inline ExerciseKind kindOf(const Exercise &exercise)
{
    return kindOf(exercise.answer);
}
const char *exerciseKindName(ExerciseKind kind); // "value", "reach", "shape", "recipe"
std::optional<ExerciseKind> exerciseKindFromName(std::string_view name);

// Levels: 1 conv2d, stride 1, no padding, at most 5×5; 2 adds strides, padding and
// transposed convolutions; 3 adds dilation, Keras's 'same', output padding and rectangles.
inline constexpr int minExerciseLevel = 1;
inline constexpr int maxExerciseLevel = 3;
// Reach and recipe are about transposed convolutions, which level 1 does not have.
bool kindFitsLevel(ExerciseKind kind, int level);
std::vector<ExerciseKind> kindsOfLevel(int level); // every kind that fits, in enum order

// A fresh problem of the level with the kind's question and answer, drawn from `random` alone:
// the same generator state gives the same exercise. Precondition: kindFitsLevel(kind, level).
Exercise makeExercise(int level, ExerciseKind kind, SplitMix64 &random);

struct ExerciseOptions
{
    std::uint64_t seed = 1;
    int count = 10;
    int level = 2;
    std::vector<ExerciseKind> kinds; // empty: kindsOfLevel(level)
};

inline constexpr int maxExerciseCount = 1000;

// Why the options cannot make exercises (level or count out of range, a kind listed twice or
// not fitting the level), or nullopt.
std::optional<std::string> checkExerciseOptions(const ExerciseOptions &options);
std::optional<Message>
exerciseOptionsError(const ExerciseOptions &options); // the same, translatable

// The seed of exercise `index` of a set: each exercise has its own generator, so a longer set
// begins with the exercises of a shorter one.
std::uint64_t exerciseSeed(std::uint64_t seed, int index);

// Exercise i is makeExercise(level, kinds[i % kinds.size()], SplitMix64(exerciseSeed(seed, i))).
// Precondition: checkExerciseOptions passed.
std::vector<Exercise> makeExercises(const ExerciseOptions &options);

// The answers, from the problem's geometry (also what the generator uses).
// Output indices on one axis of a transposed convolution that input index `in` reaches: kernel
// tap a lands on canvas index in·s + a·d, which the crop moves to in·s + a·d − cropBefore.
std::vector<int> reachAlong(const AxisGeometry &axis, int in);
// Output cells input `in` of a transposed convolution reaches after the crop, row-major.
std::vector<Cell> reachOf(const Problem &problem, Cell in);
// Canvas indices on one axis that input index `in` reaches before the crop: in·s + a·d.
std::vector<int> canvasReachAlong(const AxisGeometry &axis, int in);
// Cells of the scatter canvas (the scatter view's target, before the crop) that input `in` of
// a transposed convolution reaches, row-major; every tap lands on the canvas.
std::vector<Cell> canvasReachOf(const Problem &problem, Cell in);
// A transposed convolution's zero-insertion recipe; nullopt for conv2d or where a pad would
// be negative (the zero-inserted input would have to be cropped instead).
std::optional<RecipeAnswer> recipeOf(const Problem &problem);

// The problem's settings in words: "conv2d (stride 1, no padding) of the 4×4 input with the
// 3×3 kernel".
std::string problemSummary(const Problem &problem);
Message problemSummaryMessage(const Problem &problem);
// The answer in words, as an answer key gives it: "output (1, 2) = 7".
std::string answerText(const Exercise &exercise);
Message answerMessage(const Exercise &exercise);
// "insert 1 zero between rows and 1 between columns; pad top 1, bottom 1, left 1, right 1"
std::string recipeText(const RecipeAnswer &recipe);
Message recipeMessage(const RecipeAnswer &recipe);

} // namespace convstep
