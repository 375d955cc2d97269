#include "tests/widgets/problem_panel_fixture.h"
#include "ui/widgets/pair_editor.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

using namespace convstep;
using convstep::test::counting;
using convstep::test::ProblemPanelFixture;

class TestProblemPanel final : public QObject, private ProblemPanelFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheLoadedProblem();
    void spinBoxEditIsOneUndoEntry();
    void steppingOneSpinBoxTwiceMerges();
    void typingIntoASpinBoxMerges();
    void undoReturnsToTheLastValidValue();
    void steppingDownAndUpKeepsTheValues();
    void differentControlsDoNotMerge();
    void unlinkedPairEditsOneAxis();
    void linkingMakesThePairSquare();
    void undoAndRedoRestoreTheControls();
    void loadingUpdatesControlsWithoutEditing();
    void resizeKeepsValuesAndSeedsNewCells();
    void fillActionsGiveTheDocumentedValues();
    void randomFillStaysInRange();
    void biasEdit();
};

void TestProblemPanel::init()
{
    setUpPanel();
}

void TestProblemPanel::cleanup()
{
    tearDownPanel();
}

void TestProblemPanel::showsTheLoadedProblem()
{
    Problem p = basicProblem();
    p.op = Op::ConvTranspose2d;
    p.input = counting(4, 6);
    p.stride = {2, 2};
    p.padding = {1, 0};
    p.outputPadding = {1, 1};
    p.bias = -1.5;
    load(p);
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(Op::ConvTranspose2d));
    QCOMPARE(m_panel->inputSize()->value(), (Pair{4, 6}));
    QCOMPARE(m_panel->kernelSize()->value(), (Pair{3, 3}));
    QCOMPARE(m_panel->stride()->value(), (Pair{2, 2}));
    QCOMPARE(m_panel->padding()->value(), (Pair{1, 0}));
    QCOMPARE(m_panel->outputPadding()->value(), (Pair{1, 1}));
    QCOMPARE(m_panel->bias()->value(), -1.5);
    // Square pairs start linked, the others not.
    QVERIFY(!m_panel->inputSize()->isLinked());
    QVERIFY(m_panel->kernelSize()->isLinked());
    QVERIFY(m_panel->stride()->isLinked());
    QVERIFY(!m_panel->padding()->isLinked());
    QCOMPARE(undoCount(), 0);
    QVERIFY(m_panel->errorText().isEmpty());
    const auto *output = m_panel->findChild<QLabel *>(QStringLiteral("outputSize"));
    QVERIFY(output);
    QCOMPARE(output->text(), QStringLiteral("8×14")); // (4-1)·2 − 2 + 3 + 1, (6-1)·2 + 3 + 1
}

void TestProblemPanel::spinBoxEditIsOneUndoEntry()
{
    m_panel->stride()->rows()->setValue(2);
    QCOMPARE(m_document->problem().stride, (Pair{2, 2})); // linked: both axes
    QCOMPARE(m_panel->stride()->cols()->value(), 2);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set stride to 2"));
    QVERIFY(m_model->trace());
    QCOMPARE(m_model->trace()->problem.stride, (Pair{2, 2})); // re-traced at once
}

void TestProblemPanel::steppingOneSpinBoxTwiceMerges()
{
    m_panel->stride()->rows()->stepBy(1);
    m_panel->stride()->rows()->stepBy(1);
    QCOMPARE(m_document->problem().stride, (Pair{3, 3}));
    QCOMPARE(undoCount(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->problem().stride, (Pair{1, 1}));
    QCOMPARE(m_panel->stride()->value(), (Pair{1, 1}));
}

void TestProblemPanel::typingIntoASpinBoxMerges()
{
    QSpinBox *rows = m_panel->inputSize()->rows();
    rows->selectAll();
    QTest::keyClicks(rows, QStringLiteral("12"));
    QCOMPARE(sizeOf(m_document->problem().input), (Pair{12, 12}));
    QCOMPARE(undoCount(), 1);
    QCOMPARE(rows->text(), QStringLiteral("12"));
    // Passing through 1×1 on the way to 12 did not cost the 5×5 values.
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input.topLeftCorner(5, 5), counting(5, 5), 0.0);
    QCOMPARE(m_document->problem().input(11, 11), (11 + 11) % 9 + 1.0);
    m_document->undoStack()->undo();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input, counting(5, 5), 0.0);
}

void TestProblemPanel::undoReturnsToTheLastValidValue()
{
    Problem p = basicProblem();
    p.op = Op::ConvTranspose2d;
    p.stride = {3, 3}; // output padding 0, 1 and 2 are valid; 3 and 4 are not
    load(p);
    QUndoStack *undo = m_document->undoStack();
    QSpinBox *rows = m_panel->outputPadding()->rows();
    for (int i = 0; i < 4; ++i)
        rows->stepBy(1);
    QCOMPARE(m_document->problem().outputPadding, (Pair{4, 4}));
    QCOMPARE(m_panel->errorField(), QStringLiteral("output_padding"));
    QCOMPARE(undoCount(), 2); // 0 → 2 while valid, then 2 → 4

    undo->undo(); // back to the valid 2 the user saw, not past it
    QCOMPARE(m_document->problem().outputPadding, (Pair{2, 2}));
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(rows->value(), 2);
    undo->undo();
    QCOMPARE(m_document->problem().outputPadding, (Pair{0, 0}));
    undo->redo();
    undo->redo();
    QCOMPARE(m_document->problem().outputPadding, (Pair{4, 4}));

    // Stepping back down: the invalid 3 is passed over, and returning to 2 cancels the detour.
    rows->stepBy(-1);
    QCOMPARE(undoCount(), 2);
    undo->undo();
    QCOMPARE(m_document->problem().outputPadding, (Pair{2, 2}));
    undo->redo();
    rows->stepBy(-1);
    QCOMPARE(m_document->problem().outputPadding, (Pair{2, 2}));
    QCOMPARE(undoCount(), 1);
    undo->undo();
    QCOMPARE(m_document->problem().outputPadding, (Pair{0, 0}));

    // Typing an invalid value over a valid one is undone to the valid one.
    undo->redo();
    rows->selectAll();
    QTest::keyClicks(rows, QStringLiteral("7"));
    QCOMPARE(m_document->problem().outputPadding, (Pair{7, 7}));
    undo->undo();
    QCOMPARE(m_document->problem().outputPadding, (Pair{2, 2}));
}

void TestProblemPanel::steppingDownAndUpKeepsTheValues()
{
    QSpinBox *rows = m_panel->kernelSize()->rows();
    m_panel->fillAction(GridTarget::Kernel, Fill::Counting)->trigger();
    rows->stepBy(-1);
    QCOMPARE(sizeOf(m_document->problem().kernel), (Pair{2, 2}));
    rows->stepBy(1);
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, counting(3, 3), 0.0);
    QCOMPARE(undoCount(), 1); // the fill; the resize came back to where it began

    // Anything in between ends the run: a cell edit, then a shrink and grow, reseeds.
    rows->stepBy(-1);
    m_document->setKernelValue({0, 0}, 7);
    rows->stepBy(1);
    const Grid &kernel = m_document->problem().kernel;
    QCOMPARE(kernel(0, 0), 7.0);
    QCOMPARE(kernel(2, 2), (2 + 2) % 2 + 1.0);
}

void TestProblemPanel::differentControlsDoNotMerge()
{
    m_panel->stride()->rows()->stepBy(1);
    m_panel->padding()->rows()->stepBy(1);
    m_panel->stride()->rows()->stepBy(1);
    QCOMPARE(undoCount(), 3);
}

void TestProblemPanel::unlinkedPairEditsOneAxis()
{
    m_panel->stride()->linkButton()->click();
    QVERIFY(!m_panel->stride()->isLinked());
    QCOMPARE(undoCount(), 0); // unlinking is not an edit
    m_panel->stride()->cols()->setValue(2);
    QCOMPARE(m_document->problem().stride, (Pair{1, 2}));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set stride to [1, 2]"));
}

void TestProblemPanel::linkingMakesThePairSquare()
{
    Problem p = basicProblem();
    p.padding = {2, 0};
    load(p);
    QVERIFY(!m_panel->padding()->isLinked());
    m_panel->padding()->linkButton()->click();
    QVERIFY(m_panel->padding()->isLinked());
    QCOMPARE(m_document->problem().padding, (Pair{2, 2}));
    QCOMPARE(undoCount(), 1);
    // Undo brings back unequal values, which cannot stay linked.
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->padding()->value(), (Pair{2, 0}));
    QVERIFY(!m_panel->padding()->isLinked());
}

void TestProblemPanel::undoAndRedoRestoreTheControls()
{
    m_panel->operation()->setCurrentIndex(1);
    m_panel->kernelSize()->rows()->setValue(2);
    m_panel->paddingMode()->setCurrentIndex(2);
    m_panel->bias()->setValue(3);
    QCOMPARE(undoCount(), 4);
    QUndoStack *undo = m_document->undoStack();
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(Op::Conv2d));
    QCOMPARE(m_panel->kernelSize()->value(), (Pair{3, 3}));
    QCOMPARE(m_panel->paddingMode()->currentData().toInt(),
             static_cast<int>(PaddingMode::Explicit));
    QCOMPARE(m_panel->bias()->value(), 0.0);
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, Grid::Ones(3, 3), 0.0);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(Op::ConvTranspose2d));
    QCOMPARE(m_panel->kernelSize()->value(), (Pair{2, 2}));
    QCOMPARE(m_panel->paddingMode()->currentData().toInt(), static_cast<int>(PaddingMode::Same));
    QCOMPARE(m_panel->bias()->value(), 3.0);
    QCOMPARE(undoCount(), 4); // showing the document never pushed anything
}

void TestProblemPanel::loadingUpdatesControlsWithoutEditing()
{
    m_panel->stride()->rows()->setValue(3);
    Problem p = basicProblem();
    p.dilation = {2, 1};
    load(p);
    QCOMPARE(undoCount(), 0);
    QCOMPARE(m_panel->stride()->value(), (Pair{1, 1}));
    QCOMPARE(m_panel->dilation()->value(), (Pair{2, 1}));
    QVERIFY(!m_document->isModified());
}

void TestProblemPanel::resizeKeepsValuesAndSeedsNewCells()
{
    m_panel->inputSize()->linkButton()->click(); // unlink
    m_panel->inputSize()->rows()->setValue(7);
    const Grid &input = m_document->problem().input;
    QCOMPARE(sizeOf(input), (Pair{7, 5}));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Resize input to 7×5"));
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 5; ++c) // kept values, then (r + c) % 9 + 1
            QCOMPARE(input(r, c), r < 5 ? 1.0 + r * 5 + c : (r + c) % 9 + 1.0);

    m_panel->kernelSize()->rows()->setValue(4); // linked: 4×4
    const Grid &kernel = m_document->problem().kernel;
    QCOMPARE(sizeOf(kernel), (Pair{4, 4}));
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) // kept ones, then the 1/2 checkerboard
            QCOMPARE(kernel(r, c), r < 3 && c < 3 ? 1.0 : (r + c) % 2 + 1.0);

    // Shrinking keeps the overlap.
    m_panel->kernelSize()->rows()->setValue(2);
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, Grid::Ones(2, 2), 0.0);
}

void TestProblemPanel::fillActionsGiveTheDocumentedValues()
{
    m_panel->fillAction(GridTarget::Input, Fill::Zeros)->trigger();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input, Grid::Zero(5, 5), 0.0);
    QCOMPARE(undoCount(), 1);
    m_panel->fillAction(GridTarget::Input, Fill::Ones)->trigger();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input, Grid::Ones(5, 5), 0.0);
    QCOMPARE(undoCount(), 2);
    m_panel->fillAction(GridTarget::Input, Fill::Counting)->trigger();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input, counting(5, 5), 0.0);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Fill input with 1 to 25"));
    QCOMPARE(undoCount(), 3);

    m_panel->kernelSize()->linkButton()->click();
    m_panel->kernelSize()->cols()->setValue(2); // 3×2, so row-major order shows
    m_panel->findChild<QAction *>(QStringLiteral("fillKernelCounting"))->trigger();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, counting(3, 2), 0.0);
    m_panel->fillAction(GridTarget::Kernel, Fill::Zeros)->trigger();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, Grid::Zero(3, 2), 0.0);
    m_document->undoStack()->undo();
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, counting(3, 2), 0.0);
}

void TestProblemPanel::randomFillStaysInRange()
{
    for (const GridTarget target : {GridTarget::Input, GridTarget::Kernel}) {
        const IntRange range = randomRange(target);
        for (int round = 0; round < 20; ++round) {
            m_panel->fillAction(target, Fill::Random)->trigger();
            const Grid &grid = target == GridTarget::Input ? m_document->problem().input
                                                           : m_document->problem().kernel;
            QCOMPARE(sizeOf(grid), target == GridTarget::Input ? (Pair{5, 5}) : (Pair{3, 3}));
            QVERIFY(!(grid.array() == 0.0).all());
            for (Eigen::Index i = 0; i < grid.size(); ++i) {
                const double v = grid(i / grid.cols(), i % grid.cols());
                QCOMPARE(v, std::round(v));
                QVERIFY(v >= range.lo && v <= range.hi);
            }
        }
    }
    QCOMPARE(randomRange(GridTarget::Input).lo, 0);
    QCOMPARE(randomRange(GridTarget::Input).hi, 9);
    QCOMPARE(undoCount(), 40); // each roll is its own entry
}

void TestProblemPanel::biasEdit()
{
    m_panel->bias()->setValue(0.5);
    QCOMPARE(m_document->problem().bias, 0.5);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set bias to 0.5"));
    QCOMPARE(m_panel->bias()->text(), QStringLiteral("0.5"));
    QCOMPARE(m_model->trace()->output(0, 0), 9.0 * 7 + 0.5); // window sum 63 plus the bias
}

QTEST_MAIN(TestProblemPanel)
#include "tst_problem_panel.moc"
