#include "core/links.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "ui/session/playback_model.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace convstep;
using convstep::test::counting;
using convstep::test::describe;

// Switching view keeps the moment: the step shown next concerns the output cell the last one
// did (the cells a scatter step finishes show as finished), or else the same phase.
class TestViewSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void lastScatterStepShowsTheFinishedOutput();
    void everyStepOfEveryViewPair_data();
    void everyStepOfEveryViewPair();
};

namespace {

using Cells = std::set<Cell>;

// 0 before the per-cell steps (pad, insert zeros, rotate), 1 the cells, 2 after (crop, ...).
int rank(Phase phase)
{
    switch (phase) {
    case Phase::Pad:
    case Phase::InsertZeros:
    case Phase::RotateKernel:
        return 0;
    case Phase::Crop:
    case Phase::OutputPadding:
    case Phase::Bias:
        return 2;
    default:
        return 1;
    }
}

// The output cells a step is about: the cell a gather step writes, the cells a scatter step
// adds into, the cells the output-padding step adds.
Cells cellsOf(const Trace &trace, int index)
{
    const Step step = stepAt(trace, index);
    Cells cells;
    switch (step.phase) {
    case Phase::Slide:
    case Phase::Row:
        cells.insert(*step.focus);
        break;
    case Phase::Scatter:
        for (const Mac &mac : step.macs)
            if (mac.out)
                cells.insert(*mac.out);
        break;
    case Phase::OutputPadding: {
        const Geometry &g = trace.geometry;
        for (int r = 0; r < g.rows.out; ++r)
            for (int c = 0; c < g.cols.out; ++c)
                if (r >= g.rows.croppedLength() || c >= g.cols.croppedLength())
                    cells.insert({r, c});
        break;
    }
    default:
        break;
    }
    return cells;
}

bool meets(const Cells &a, const Cells &b)
{
    return std::any_of(a.begin(), a.end(), [&b](const Cell &cell) { return b.count(cell) > 0; });
}

// The scatter step after which each output cell holds its final sum.
std::map<Cell, int> lastScatterTouch(const Trace &scatter)
{
    std::map<Cell, int> last;
    for (int i = 0; i < scatter.stepCount; ++i)
        if (phaseOf(scatter, i) == Phase::Scatter)
            for (const Cell &cell : cellsOf(scatter, i))
                last[cell] = i;
    return last;
}

bool hasPhaseOfRank(const Trace &trace, int wanted)
{
    return std::any_of(trace.phases.begin(), trace.phases.end(),
                       [wanted](const PhaseSpan &span) { return rank(span.phase) == wanted; });
}

Problem transposed(const Grid &input, int kernel, int stride, PaddingMode mode, int padding,
                   int outputPadding)
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = input;
    p.kernel = counting(kernel, kernel);
    p.stride = {stride, stride};
    p.paddingMode = mode;
    p.padding = {padding, padding};
    p.outputPadding = {outputPadding, outputPadding};
    return p;
}

} // namespace

void TestViewSwitch::lastScatterStepShowsTheFinishedOutput()
{
    // Lesson 03: scatter 4/4 has finished every output cell, so zero insertion shows 11/11.
    PlaybackModel model;
    model.setAnimated(false);
    QVERIFY(
        model.setProblem(findBuiltInLesson(QStringLiteral("article-transposed"))->lesson.problem));
    model.setStep(3);
    QVERIFY(model.setView(View::ZeroInsertion));
    QCOMPARE(model.stepCount(), 11);
    QCOMPARE(model.step(), 10);
    QVERIFY(model.setView(View::Direct));
    QCOMPARE(model.step(), 3);
}

void TestViewSwitch::everyStepOfEveryViewPair_data()
{
    QTest::addColumn<Problem>("problem");
    for (const CatalogEntry &entry : builtInLessons())
        if (!isUpsampling(entry.lesson.problem.op))
            QTest::newRow(qPrintable(entry.id)) << entry.lesson.problem;
    const auto same = PaddingMode::Same;
    const auto valid = PaddingMode::Valid;
    const auto torch = PaddingMode::Explicit;
    // Gaps between the kernel's blocks (kernel < stride), and Keras adding zero rows.
    QTest::newRow("Keras valid, kernel 2 < stride 3")
        << transposed(counting(3, 2), 2, 3, valid, 0, 0);
    QTest::newRow("Keras same, one row, stride 2") << transposed(counting(1, 3), 1, 2, same, 0, 0);
    // output_padding 2 restores one cropped canvas row and adds one of zeros.
    QTest::newRow("output padding past the canvas")
        << transposed(counting(2, 2), 3, 3, torch, 1, 2);
    // Padding 2 crops every product of the edge inputs.
    QTest::newRow("crop removes whole inputs") << transposed(counting(3, 3), 1, 1, torch, 1, 0);
    Problem biased = transposed(counting(3, 3), 3, 2, torch, 1, 1);
    biased.bias = 1.0;
    QTest::newRow("every scatter phase") << biased;
}

void TestViewSwitch::everyStepOfEveryViewPair()
{
    QFETCH(Problem, problem);
    QVERIFY2(!validate(problem), qPrintable(describe(problem)));
    PlaybackModel model;
    model.setAnimated(false);
    QVERIFY(model.setProblem(problem));
    const View views[] = {View::Direct, View::ZeroInsertion, View::Matrix};
    for (View from : views) {
        if (!model.viewApplies(from))
            continue;
        for (View to : views) {
            if (to == from || !model.viewApplies(to))
                continue;
            const Trace source = makeTrace(problem, from);
            const Trace target = makeTrace(problem, to);
            const bool scatterToGather = isScatter(source);
            const bool gatherToScatter = isScatter(target);
            const auto finishing = lastScatterTouch(scatterToGather ? source : target);
            for (int i = 0; i < source.stepCount; ++i) {
                QVERIFY(model.setView(from));
                model.setStep(i);
                QVERIFY(model.setView(to));
                const int mapped = model.step();
                const QString where = QStringLiteral("%1 step %2 → %3 step %4")
                                          .arg(viewName(from))
                                          .arg(i + 1)
                                          .arg(viewName(to))
                                          .arg(mapped + 1);
                const Phase phase = phaseOf(source, i);
                const Cells cells = cellsOf(source, i);
                const Cells shown = cellsOf(target, mapped);
                bool somewhere = false;
                for (int j = 0; j < target.stepCount && !somewhere; ++j)
                    somewhere = meets(cells, cellsOf(target, j));
                if (somewhere) {
                    QVERIFY2(meets(cells, shown), qPrintable(where + ": another output cell"));
                } else {
                    const Phase landed = phaseOf(target, mapped);
                    const int wanted = hasPhaseOfRank(target, rank(phase)) ? rank(phase) : 1;
                    QVERIFY2(rank(landed) == wanted, qPrintable(where + ": another phase"));
                    if (rank(phase) != 1 && landed != phase && rank(landed) == 1)
                        QCOMPARE(mapped, rank(phase) == 0 ? 0 : target.stepCount - 1);
                }
                if (cells.empty())
                    continue;
                if (scatterToGather && phase == Phase::Scatter) {
                    // Every cell this step finishes shows as finished.
                    for (const Cell &cell : cells)
                        if (finishing.at(cell) == i)
                            QVERIFY2(*stepWritingOutput(target, cell) <= mapped,
                                     qPrintable(where + ": a finished cell not shown"));
                }
                if (gatherToScatter && rank(phase) == 1 && finishing.count(*cells.begin()) > 0)
                    QVERIFY2(mapped == finishing.at(*cells.begin()),
                             qPrintable(where + ": not the step that finishes the cell"));
            }
        }
    }
}

QTEST_MAIN(TestViewSwitch)
#include "tst_view_switch.moc"
