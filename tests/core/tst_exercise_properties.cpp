#include "core/compute.h"
#include "core/exercise.h"
#include "core/links.h"
#include "core/random.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <limits>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::ExerciseKind)

namespace {

// Seeds per level and kind: together thirty thousand exercises.
constexpr int seedsPerCase = 3000;

QString described(const Exercise &e)
{
    return QString::fromStdString(e.question) + " input "
        + QString::fromUtf8(gridText(e.problem.input)) + " kernel "
        + QString::fromUtf8(gridText(e.problem.kernel));
}

bool integral(const Grid &grid, int bound)
{
    return (grid.array() == grid.array().round()).all() && grid.cwiseAbs().maxCoeff() <= bound;
}

// The transposed convolution rebuilt from the recipe alone: stride − 1 zeros between inputs,
// the padding, then a stride-1 convolution with the kernel turned 180° and the dilation.
Grid fromRecipe(const Problem &p, const RecipeAnswer &recipe)
{
    const Pair step{recipe.zerosBetween.h + 1, recipe.zerosBetween.w + 1};
    const Pair in = sizeOf(p.input);
    const Pair spread{(in.h - 1) * step.h + 1, (in.w - 1) * step.w + 1};
    Grid canvas = Grid::Zero(recipe.pad.top + spread.h + recipe.pad.bottom,
                             recipe.pad.left + spread.w + recipe.pad.right);
    for (int r = 0; r < in.h; ++r)
        for (int c = 0; c < in.w; ++c)
            canvas(recipe.pad.top + r * step.h, recipe.pad.left + c * step.w) = p.input(r, c);
    const Pair k = sizeOf(p.kernel);
    const Pair d = p.dilation;
    const int rows = static_cast<int>(canvas.rows()) - d.h * (k.h - 1);
    const int cols = static_cast<int>(canvas.cols()) - d.w * (k.w - 1);
    Grid out = Grid::Constant(std::max(rows, 0), std::max(cols, 0), p.bias);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            for (int a = 0; a < k.h; ++a)
                for (int b = 0; b < k.w; ++b)
                    out(i, j) +=
                        canvas(i + a * d.h, j + b * d.w) * p.kernel(k.h - 1 - a, k.w - 1 - b);
    return out;
}

// Each property returns an empty string when it holds, else what went wrong.
QString checkAnswer(const Exercise &e)
{
    const Problem &p = e.problem;
    if (auto error = validate(p))
        return "invalid problem: " + QString::fromStdString(error->text());
    const Grid output = computeOutput(p);
    switch (kindOf(e)) {
    case ExerciseKind::Value: {
        const auto &a = std::get<ValueAnswer>(e.answer);
        if (a.cell.row < 0 || a.cell.row >= output.rows() || a.cell.col < 0
            || a.cell.col >= output.cols())
            return "cell outside the output";
        // The trace's own products, the way the stage adds them up.
        const Trace trace = makeTrace(p, View::Direct);
        double sum = p.bias;
        for (const Mac &mac : macsIntoOutput(trace, a.cell))
            sum += mac.product;
        if (a.value != output(a.cell.row, a.cell.col) || a.value != sum)
            return QStringLiteral("value %1, computeOutput %2, trace's products %3")
                .arg(a.value)
                .arg(output(a.cell.row, a.cell.col))
                .arg(sum);
        return {};
    }
    case ExerciseKind::Reach: {
        const auto &a = std::get<ReachAnswer>(e.answer);
        const Trace trace = makeTrace(p, View::Direct);
        std::vector<Cell> linked;
        for (const Mac &mac : macsFromInput(trace, a.inputCell))
            if (mac.out)
                linked.push_back(*mac.out);
        std::sort(linked.begin(), linked.end());
        linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
        if (p.op != Op::ConvTranspose2d || a.cells != linked || a.cells.empty())
            return QStringLiteral("reach has %1 cells, the trace's links %2")
                .arg(a.cells.size())
                .arg(linked.size());
        return {};
    }
    case ExerciseKind::Shape: {
        const Pair shape = std::get<ShapeAnswer>(e.answer).outputShape;
        if (shape != sizeOf(output) || shape != geometryOf(p).outputSize())
            return QStringLiteral("shape %1×%2, output %3×%4")
                .arg(shape.h)
                .arg(shape.w)
                .arg(output.rows())
                .arg(output.cols());
        return {};
    }
    case ExerciseKind::Recipe: {
        const auto &a = std::get<RecipeAnswer>(e.answer);
        if (p.op != Op::ConvTranspose2d || a.pad.top < 0 || a.pad.bottom < 0 || a.pad.left < 0
            || a.pad.right < 0)
            return "a recipe with a negative pad, or not of a transposed convolution";
        if (a.zerosBetween != Pair{p.stride.h - 1, p.stride.w - 1})
            return "zeros between are not stride − 1";
        const Grid rebuilt = fromRecipe(p, a);
        if (rebuilt.rows() != output.rows() || rebuilt.cols() != output.cols() || rebuilt != output)
            return "the recipe gives " + QString::fromUtf8(gridText(rebuilt)) + ", the output is "
                + QString::fromUtf8(gridText(output));
        return {};
    }
    }
    return "unknown kind";
}

QString checkLevel(const Exercise &e, int level)
{
    const Problem &p = e.problem;
    const Pair out = geometryOf(p).outputSize();
    if (!integral(p.input, 4) || !integral(p.kernel, 2) || p.bias != 0.0)
        return "values are not small integers";
    if (std::max(out.h, out.w) > 10 || p.input.isZero() || p.kernel.isZero())
        return "too big an output, or an all-zero grid";
    const bool square = p.input.rows() == p.input.cols() && p.kernel.rows() == p.kernel.cols()
        && p.stride.h == p.stride.w && p.padding.h == p.padding.w;
    switch (level) {
    case 1:
        if (p.op != Op::Conv2d || p.stride != Pair{1, 1} || p.dilation != Pair{1, 1}
            || p.paddingMode != PaddingMode::Explicit || p.padding != Pair{0, 0} || !square
            || p.input.rows() > 5)
            return "not a level-1 problem";
        return {};
    case 2:
        if (!square || p.dilation != Pair{1, 1} || p.paddingMode != PaddingMode::Explicit
            || p.outputPadding != Pair{0, 0})
            return "not a level-2 problem";
        if (p.op == Op::Conv2d && p.stride.h == 1 && p.padding.h == 0)
            return "a level-1 problem at level 2";
        return {};
    default:
        if (square && p.dilation == Pair{1, 1} && p.paddingMode != PaddingMode::Same
            && p.outputPadding == Pair{0, 0})
            return "no level-3 feature";
        return {};
    }
}

bool sameExercise(const Exercise &a, const Exercise &b)
{
    const Problem &p = a.problem;
    const Problem &q = b.problem;
    return a.question == b.question && a.answer == b.answer && p.op == q.op && p.input == q.input
        && p.kernel == q.kernel && p.stride == q.stride && p.dilation == q.dilation
        && p.paddingMode == q.paddingMode && p.padding == q.padding
        && p.outputPadding == q.outputPadding && p.bias == q.bias;
}

} // namespace

// Thousands of random exercises per level and kind: each answer is what the core itself
// computes, the same seed always gives the same exercise, and the generator is splitmix64.
class TestExerciseProperties final : public QObject
{
    Q_OBJECT

private slots:
    void splitMixMatchesTheReference();
    void betweenIsUniformAndInRange();
    void answersMatchTheCore_data();
    void answersMatchTheCore();
    void sameSeedSameExercise();
    void longerSetsBeginWithShorterOnes();
    void kindsTakeTurns();
    void optionsAreChecked_data();
    void optionsAreChecked();
};

void TestExerciseProperties::splitMixMatchesTheReference()
{
    // The reference implementation's first outputs for seed 1234567.
    SplitMix64 random(1234567);
    const std::array<std::uint64_t, 5> expected{6457827717110365317ULL, 3203168211198807973ULL,
                                                9817491932198370423ULL, 4593380528125082431ULL,
                                                16408922859458223821ULL};
    for (std::uint64_t value : expected)
        QCOMPARE(random.next(), value);
}

void TestExerciseProperties::betweenIsUniformAndInRange()
{
    SplitMix64 random(7);
    std::array<int, 7> counts{};
    for (int i = 0; i < 70000; ++i) {
        const int v = random.between(-3, 3);
        QVERIFY(v >= -3 && v <= 3);
        ++counts[static_cast<size_t>(v + 3)];
    }
    for (int count : counts)
        QVERIFY2(count > 9500 && count < 10500, qPrintable(QString::number(count)));
    constexpr int lo = std::numeric_limits<int>::min();
    constexpr int hi = std::numeric_limits<int>::max();
    bool negative = false, positive = false;
    for (int i = 0; i < 64; ++i) {
        const int v = random.between(lo, hi);
        negative |= v < 0;
        positive |= v > 0;
    }
    QVERIFY(negative && positive);
    QCOMPARE(random.between(5, 5), 5);
}

void TestExerciseProperties::answersMatchTheCore_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<ExerciseKind>("kind");
    for (int level = minExerciseLevel; level <= maxExerciseLevel; ++level)
        for (ExerciseKind kind : kindsOfLevel(level))
            QTest::addRow("level %d %s", level, exerciseKindName(kind)) << level << kind;
}

void TestExerciseProperties::answersMatchTheCore()
{
    QFETCH(int, level);
    QFETCH(ExerciseKind, kind);
    for (int seed = 0; seed < seedsPerCase; ++seed) {
        SplitMix64 random(exerciseSeed(static_cast<std::uint64_t>(seed), level));
        const Exercise e = makeExercise(level, kind, random);
        QCOMPARE(kindOf(e), kind);
        const QString where = QStringLiteral("seed %1: ").arg(seed) + described(e) + ": ";
        const QString answer = checkAnswer(e);
        QVERIFY2(answer.isEmpty(), qPrintable(where + answer));
        const QString promise = checkLevel(e, level);
        QVERIFY2(promise.isEmpty(), qPrintable(where + promise));
    }
}

void TestExerciseProperties::sameSeedSameExercise()
{
    for (int level = minExerciseLevel; level <= maxExerciseLevel; ++level) {
        for (ExerciseKind kind : kindsOfLevel(level)) {
            for (std::uint64_t seed : {0ULL, 1ULL, 42ULL, ~0ULL}) {
                SplitMix64 first(seed), second(seed);
                QVERIFY(sameExercise(makeExercise(level, kind, first),
                                     makeExercise(level, kind, second)));
            }
        }
    }
}

void TestExerciseProperties::longerSetsBeginWithShorterOnes()
{
    ExerciseOptions options;
    options.seed = 99;
    options.count = 5;
    const auto shorter = makeExercises(options);
    options.count = 12;
    const auto longer = makeExercises(options);
    QCOMPARE(longer.size(), size_t(12));
    for (size_t i = 0; i < shorter.size(); ++i)
        QVERIFY(sameExercise(shorter[i], longer[i]));
    options.seed = 100;
    QVERIFY(!sameExercise(makeExercises(options)[0], longer[0]));
}

void TestExerciseProperties::kindsTakeTurns()
{
    ExerciseOptions options;
    options.count = 9;
    options.level = 3;
    options.kinds = {ExerciseKind::Recipe, ExerciseKind::Value};
    const auto exercises = makeExercises(options);
    for (size_t i = 0; i < exercises.size(); ++i)
        QCOMPARE(kindOf(exercises[i]), options.kinds[i % 2]);
    options.kinds.clear();
    options.level = 1; // no transposed convolutions: value and shape only
    const auto firstLevel = makeExercises(options);
    for (size_t i = 0; i < firstLevel.size(); ++i)
        QCOMPARE(kindOf(firstLevel[i]), i % 2 ? ExerciseKind::Shape : ExerciseKind::Value);
}

void TestExerciseProperties::optionsAreChecked_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("count");
    QTest::addColumn<std::vector<ExerciseKind>>("kinds");
    QTest::addColumn<QString>("error");
    using K = ExerciseKind;
    QTest::newRow("defaults") << 2 << 10 << std::vector<K>{} << QString();
    QTest::newRow("the most") << 3 << 1000 << std::vector<K>{K::Reach} << QString();
    QTest::newRow("level 0") << 0 << 10 << std::vector<K>{} << "level must be 1, 2 or 3, got 0";
    QTest::newRow("level 4") << 4 << 10 << std::vector<K>{} << "level must be 1, 2 or 3, got 4";
    QTest::newRow("no exercises") << 2 << 0 << std::vector<K>{} << "count must be 1 to 1000, got 0";
    QTest::newRow("too many") << 2 << 1001 << std::vector<K>{}
                              << "count must be 1 to 1000, got 1001";
    QTest::newRow("twice") << 2 << 3 << std::vector<K>{K::Shape, K::Value, K::Shape}
                           << "kinds lists shape twice";
    QTest::newRow("reach at level 1")
        << 1 << 3 << std::vector<K>{K::Value, K::Reach}
        << "kinds: reach is about transposed convolutions, which level 1 does not have (use "
           "level 2 or 3)";
}

void TestExerciseProperties::optionsAreChecked()
{
    QFETCH(int, level);
    QFETCH(int, count);
    QFETCH(std::vector<ExerciseKind>, kinds);
    QFETCH(QString, error);
    const auto checked = checkExerciseOptions({1, count, level, kinds});
    QCOMPARE(QString::fromStdString(checked.value_or("")), error);
}

QTEST_GUILESS_MAIN(TestExerciseProperties)
#include "tst_exercise_properties.moc"
