#include "core/prediction.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;

namespace {

Grid counting(int rows, int cols)
{
    Grid grid(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            grid(r, c) = r * cols + c + 1;
    return grid;
}

// 3×3 input, 3×3 kernel, stride 2, padding 1, output padding 1, bias 1: scatter, crop, output
// padding and bias in the direct view; insert, pad, turn and slide in zero insertion.
Problem transposed()
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = counting(3, 3);
    p.kernel = counting(3, 3);
    p.stride = {2, 2};
    p.padding = {1, 1};
    p.outputPadding = {1, 1};
    p.bias = 1;
    return p;
}

Problem paddedConv()
{
    Problem p;
    p.input = counting(4, 4);
    p.kernel = counting(3, 3);
    p.padding = {1, 1};
    return p;
}

std::vector<PredictionKind> kindsOf(const Trace &trace)
{
    std::vector<PredictionKind> kinds;
    for (int i = 0; i < trace.stepCount; ++i)
        kinds.push_back(predictionBefore(trace, i).kind);
    return kinds;
}

} // namespace

Q_DECLARE_METATYPE(convstep::Problem)
Q_DECLARE_METATYPE(convstep::View)

// What predict mode asks before each step, and how it marks the answers.
class TestPrediction final : public QObject
{
    Q_OBJECT

private slots:
    void theShapeComesFirst();
    void eachStepAsksWhatItShows_data();
    void eachStepAsksWhatItShows();
    void questionsNameTheirCell();
    void zeroInsertionAsksForPaddingOnlyWhereNoneIsNegative();
    void answersOfAnotherTypeAreWrong();
    void expectedAnswersAreRightForRandomExercises();
};

void TestPrediction::theShapeComesFirst()
{
    const Trace trace = makeTrace(paddedConv(), View::Direct);
    const Prediction shape = predictionBefore(trace, -1);
    QCOMPARE(shape.kind, PredictionKind::Shape);
    QCOMPARE(shape.step, -1);
    QVERIFY(std::holds_alternative<Pair>(expectedAnswer(trace, shape)));
    QCOMPARE(std::get<Pair>(expectedAnswer(trace, shape)), (Pair{4, 4}));
    QVERIFY(checkPrediction(trace, shape, Pair{4, 4}).right);
    const Verdict wrong = checkPrediction(trace, shape, Pair{2, 2});
    QVERIFY(!wrong.right);
    QVERIFY(wrong.explanation.find("the output has 4 rows, not 2") != std::string::npos);
}

void TestPrediction::eachStepAsksWhatItShows_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<QString>("kinds"); // one letter a step, in order

    // N none, V value, R reach, I inserted size, P padding, K kept.
    QTest::newRow("sliding window")
        << paddedConv() << View::Direct << "N" + QString(16, QLatin1Char('V'));
    QTest::newRow("matrix") << paddedConv() << View::Matrix << QString(16, QLatin1Char('V'));
    QTest::newRow("scatter") << transposed() << View::Direct
                             << QString(9, QLatin1Char('R')) + "KKN";
    QTest::newRow("zero insertion")
        << transposed() << View::ZeroInsertion << "IPN" + QString(36, QLatin1Char('V'));
    Problem upsample;
    upsample.op = Op::UpsampleNearest;
    upsample.input = counting(2, 2);
    upsample.kernel = Grid();
    upsample.scale = {2, 2};
    QTest::newRow("upsampling") << upsample << View::Direct << QString(4, QLatin1Char('N'));
}

void TestPrediction::eachStepAsksWhatItShows()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(QString, kinds);
    const Trace trace = makeTrace(problem, view);
    QString letters;
    for (PredictionKind kind : kindsOf(trace)) {
        switch (kind) {
        case PredictionKind::None:
            letters += QLatin1Char('N');
            break;
        case PredictionKind::Value:
            letters += QLatin1Char('V');
            break;
        case PredictionKind::CanvasReach:
            letters += QLatin1Char('R');
            break;
        case PredictionKind::InsertedSize:
            letters += QLatin1Char('I');
            break;
        case PredictionKind::Padding:
            letters += QLatin1Char('P');
            break;
        case PredictionKind::Kept:
            letters += QLatin1Char('K');
            break;
        case PredictionKind::Shape:
            letters += QLatin1Char('S');
            break;
        }
    }
    QCOMPARE(letters, kinds);
}

void TestPrediction::questionsNameTheirCell()
{
    const Trace scatter = makeTrace(transposed(), View::Direct);
    const Prediction fifth = predictionBefore(scatter, 4);
    QCOMPARE(fifth.kind, PredictionKind::CanvasReach);
    QCOMPARE(fifth.cell, (Cell{1, 1}));
    QCOMPARE(fifth.step, 4);
    const auto cells = std::get<std::vector<Cell>>(expectedAnswer(scatter, fifth));
    QCOMPARE(cells.size(), size_t(9));
    QCOMPARE(cells.front(), (Cell{2, 2}));
    QCOMPARE(cells.back(), (Cell{4, 4}));
    const Prediction crop = predictionBefore(scatter, 9);
    QCOMPARE(crop.phase, Phase::Crop);
    QCOMPARE(std::get<KeptCells>(expectedAnswer(scatter, crop)), (KeptCells{{1, 5}, {1, 5}}));
    const Prediction padding = predictionBefore(scatter, 10);
    QCOMPARE(padding.phase, Phase::OutputPadding);
    QCOMPARE(std::get<KeptCells>(expectedAnswer(scatter, padding)), (KeptCells{{1, 6}, {1, 6}}));

    const Trace sliding = makeTrace(paddedConv(), View::Direct);
    const Prediction value = predictionBefore(sliding, 6); // the sixth output cell
    QCOMPARE(value.kind, PredictionKind::Value);
    QCOMPARE(value.cell, (Cell{1, 1}));
    const double truth = sliding.output(1, 1);
    QCOMPARE(std::get<double>(expectedAnswer(sliding, value)), truth);
    QVERIFY(checkPrediction(sliding, value, truth * (1 + 1e-12)).right);
    QVERIFY(!checkPrediction(sliding, value, truth + 1).right);

    const Trace zeros = makeTrace(transposed(), View::ZeroInsertion);
    QCOMPARE(std::get<Pair>(expectedAnswer(zeros, predictionBefore(zeros, 0))), (Pair{5, 5}));
    QCOMPARE(std::get<Sides>(expectedAnswer(zeros, predictionBefore(zeros, 1))),
             (Sides{1, 2, 1, 2}));
    const Verdict pads = checkPrediction(zeros, predictionBefore(zeros, 1), Sides{1, 1, 1, 1});
    QVERIFY(!pads.right);
    QCOMPARE(QString::fromStdString(pads.explanation),
             QStringLiteral("Not right: pad bottom: o + d(k−1) − zero-inserted rows − pad top = "
                            "6 + 2 − 5 − 1 = 2, not 1; pad right: o + d(k−1) − zero-inserted "
                            "columns − pad left = 6 + 2 − 5 − 1 = 2, not 1."));
}

void TestPrediction::zeroInsertionAsksForPaddingOnlyWhereNoneIsNegative()
{
    Problem p = transposed();
    p.outputPadding = {0, 0};
    p.padding = {2, 2}; // d(k−1) − padding = 0: nothing added, nothing cropped
    QCOMPARE(predictionBefore(makeTrace(p, View::ZeroInsertion), 0).kind,
             PredictionKind::InsertedSize);
    p.padding = {2, 2};
    p.kernel = counting(2, 2); // d(k−1) − padding = −1: the sides are cropped
    const Trace cropped = makeTrace(p, View::ZeroInsertion);
    QCOMPARE(phaseOf(cropped, 1), Phase::Pad);
    QCOMPARE(predictionBefore(cropped, 1).kind, PredictionKind::None);
}

void TestPrediction::answersOfAnotherTypeAreWrong()
{
    const Trace trace = makeTrace(transposed(), View::Direct);
    const Verdict verdict = checkPrediction(trace, predictionBefore(trace, 0), 7.0);
    QVERIFY(!verdict.right);
    QCOMPARE(QString::fromStdString(verdict.explanation),
             QStringLiteral("Not right: that answer does not fit this question."));
    const Prediction none = predictionBefore(trace, 11); // the bias
    QCOMPARE(none.kind, PredictionKind::None);
    QVERIFY(!checkPrediction(trace, none, std::vector<Cell>{}).right);
}

// Every question of every view of many random exercises: its own answer is right.
void TestPrediction::expectedAnswersAreRightForRandomExercises()
{
    int asked = 0;
    for (int level = minExerciseLevel; level <= maxExerciseLevel; ++level) {
        for (std::uint64_t seed = 1; seed <= 120; ++seed) {
            SplitMix64 random(seed * 7919 + static_cast<std::uint64_t>(level));
            const Exercise e = makeExercise(level, ExerciseKind::Value, random);
            for (View view : {View::Direct, View::ZeroInsertion, View::Matrix}) {
                if (checkView(e.problem, view))
                    continue;
                const Trace trace = makeTrace(e.problem, view);
                for (int i = -1; i < trace.stepCount; ++i) {
                    const Prediction q = predictionBefore(trace, i);
                    if (q.kind == PredictionKind::None)
                        continue;
                    ++asked;
                    const Verdict verdict = checkPrediction(trace, q, expectedAnswer(trace, q));
                    QVERIFY2(verdict.right, verdict.explanation.c_str());
                }
            }
        }
    }
    QVERIFY(asked > 5000);
}

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
