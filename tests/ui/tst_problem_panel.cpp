#include "lesson_document.h"
#include "pair_editor.h"
#include "playback_model.h"
#include "problem_panel.h"
#include "test_support.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace convstep;
using convstep::test::counting;

class TestProblemPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheLoadedProblem();
    void everyControlHasAStableNameAndAnAccessibleName();
    void tabOrderRunsTopToBottom();
    void spinBoxEditIsOneUndoEntry();
    void steppingOneSpinBoxTwiceMerges();
    void typingIntoASpinBoxMerges();
    void differentControlsDoNotMerge();
    void unlinkedPairEditsOneAxis();
    void linkingMakesThePairSquare();
    void undoAndRedoRestoreTheControls();
    void loadingUpdatesControlsWithoutEditing();
    void resizeKeepsValuesAndSeedsNewCells();
    void fillActionsGiveTheDocumentedValues();
    void randomFillStaysInRange();
    void biasEdit();
    void invalidKernelShowsTheCoreMessageAndKeepsTheTrace();
    void kerasSameWithStrideAndDilationIsReportedOnDilation();
    void outputPaddingOnlyForTransposedConvolution();
    void paddingSpinBoxesDisabledForKerasModes();

private:
    void load(const Problem &problem);
    int undoCount() { return m_document->undoStack()->count(); }

    std::unique_ptr<LessonDocument> m_document;
    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<ProblemPanel> m_panel;
};

namespace {

Problem basicProblem()
{
    Problem p;
    p.input = counting(5, 5);
    p.kernel = Grid::Ones(3, 3);
    return p;
}

} // namespace

void TestProblemPanel::init()
{
    m_document = std::make_unique<LessonDocument>();
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    // The main window's wiring: every document change is traced at once.
    QObject::connect(m_document.get(), &LessonDocument::problemChanged, m_model.get(),
                     [this] { m_model->setProblem(m_document->problem()); });
    load(basicProblem());
    m_panel = std::make_unique<ProblemPanel>(m_document.get(), m_model.get());
    m_panel->resize(300, 600);
}

void TestProblemPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
    m_document.reset();
}

void TestProblemPanel::load(const Problem &problem)
{
    Lesson lesson;
    lesson.problem = problem;
    m_document->load(lesson);
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
    QCOMPARE(m_panel->inputSize()->value(), (Pair {4, 6}));
    QCOMPARE(m_panel->kernelSize()->value(), (Pair {3, 3}));
    QCOMPARE(m_panel->stride()->value(), (Pair {2, 2}));
    QCOMPARE(m_panel->padding()->value(), (Pair {1, 0}));
    QCOMPARE(m_panel->outputPadding()->value(), (Pair {1, 1}));
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

void TestProblemPanel::everyControlHasAStableNameAndAnAccessibleName()
{
    const char *names[] = {"operation",
                           "inputSizeRows",
                           "inputSizeCols",
                           "inputSizeLink",
                           "fillInput",
                           "kernelSizeRows",
                           "kernelSizeCols",
                           "kernelSizeLink",
                           "fillKernel",
                           "strideRows",
                           "strideCols",
                           "strideLink",
                           "paddingMode",
                           "paddingRows",
                           "paddingCols",
                           "paddingLink",
                           "dilationRows",
                           "dilationCols",
                           "dilationLink",
                           "outputPaddingRows",
                           "outputPaddingCols",
                           "outputPaddingLink",
                           "bias"};
    for (const char *name : names) {
        auto *control = m_panel->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(control, name);
        QVERIFY2(!control->accessibleName().isEmpty(), name);
        QVERIFY2(control->focusPolicy() & Qt::TabFocus, name);
    }
    for (const char *name :
         {"fillInputRandom", "fillInputOnes", "fillInputCounting", "fillInputZeros",
          "fillKernelRandom", "fillKernelOnes", "fillKernelCounting", "fillKernelZeros"})
        QVERIFY2(m_panel->findChild<QAction *>(QLatin1String(name)), name);
    // Every field label has a mnemonic and a buddy.
    int labelled = 0;
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        if (label->buddy()) {
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            ++labelled;
        }
    QCOMPARE(labelled, 8);
}

void TestProblemPanel::tabOrderRunsTopToBottom()
{
    Problem p = basicProblem();
    p.op = Op::ConvTranspose2d; // every control enabled
    load(p);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const QStringList expected {"operation",
                                "inputSizeRows",
                                "inputSizeCols",
                                "inputSizeLink",
                                "fillInput",
                                "kernelSizeRows",
                                "kernelSizeCols",
                                "kernelSizeLink",
                                "fillKernel",
                                "strideRows",
                                "strideCols",
                                "strideLink",
                                "paddingMode",
                                "paddingRows",
                                "paddingCols",
                                "paddingLink",
                                "dilationRows",
                                "dilationCols",
                                "dilationLink",
                                "outputPaddingRows",
                                "outputPaddingCols",
                                "outputPaddingLink",
                                "bias"};
    m_panel->operation()->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        // A spin box's focus lands on its line edit.
        while (focus && !expected.contains(focus->objectName()))
            focus = focus->parentWidget();
        visited << (focus ? focus->objectName() : QStringLiteral("?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);
}

void TestProblemPanel::spinBoxEditIsOneUndoEntry()
{
    m_panel->stride()->rows()->setValue(2);
    QCOMPARE(m_document->problem().stride, (Pair {2, 2})); // linked: both axes
    QCOMPARE(m_panel->stride()->cols()->value(), 2);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set stride to 2"));
    QVERIFY(m_model->trace());
    QCOMPARE(m_model->trace()->problem.stride, (Pair {2, 2})); // re-traced at once
}

void TestProblemPanel::steppingOneSpinBoxTwiceMerges()
{
    m_panel->dilation()->rows()->stepBy(1);
    m_panel->dilation()->rows()->stepBy(1);
    QCOMPARE(m_document->problem().dilation, (Pair {3, 3}));
    QCOMPARE(undoCount(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->problem().dilation, (Pair {1, 1}));
    QCOMPARE(m_panel->dilation()->value(), (Pair {1, 1}));
}

void TestProblemPanel::typingIntoASpinBoxMerges()
{
    QSpinBox *rows = m_panel->inputSize()->rows();
    rows->selectAll();
    QTest::keyClicks(rows, QStringLiteral("12"));
    QCOMPARE(sizeOf(m_document->problem().input), (Pair {12, 12}));
    QCOMPARE(undoCount(), 1);
    QCOMPARE(rows->text(), QStringLiteral("12"));
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
    QCOMPARE(m_document->problem().stride, (Pair {1, 2}));
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
    QCOMPARE(m_document->problem().padding, (Pair {2, 2}));
    QCOMPARE(undoCount(), 1);
    // Undo brings back unequal values, which cannot stay linked.
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->padding()->value(), (Pair {2, 0}));
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
    QCOMPARE(m_panel->kernelSize()->value(), (Pair {3, 3}));
    QCOMPARE(m_panel->paddingMode()->currentData().toInt(),
             static_cast<int>(PaddingMode::Explicit));
    QCOMPARE(m_panel->bias()->value(), 0.0);
    CONVSTEP_COMPARE_GRIDS(m_document->problem().kernel, Grid::Ones(3, 3), 0.0);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(Op::ConvTranspose2d));
    QCOMPARE(m_panel->kernelSize()->value(), (Pair {2, 2}));
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
    QCOMPARE(m_panel->stride()->value(), (Pair {1, 1}));
    QCOMPARE(m_panel->dilation()->value(), (Pair {2, 1}));
    QVERIFY(!m_document->isModified());
}

void TestProblemPanel::resizeKeepsValuesAndSeedsNewCells()
{
    m_panel->inputSize()->linkButton()->click(); // unlink
    m_panel->inputSize()->rows()->setValue(7);
    const Grid &input = m_document->problem().input;
    QCOMPARE(sizeOf(input), (Pair {7, 5}));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Resize input to 7×5"));
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 5; ++c) // kept values, then (r + c) % 9 + 1
            QCOMPARE(input(r, c), r < 5 ? 1.0 + r * 5 + c : (r + c) % 9 + 1.0);

    m_panel->kernelSize()->rows()->setValue(4); // linked: 4×4
    const Grid &kernel = m_document->problem().kernel;
    QCOMPARE(sizeOf(kernel), (Pair {4, 4}));
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
            QCOMPARE(sizeOf(grid), target == GridTarget::Input ? (Pair {5, 5}) : (Pair {3, 3}));
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

void TestProblemPanel::invalidKernelShowsTheCoreMessageAndKeepsTheTrace()
{
    Problem p = basicProblem();
    p.input = counting(3, 3);
    load(p);
    const auto before = m_model->trace();
    QVERIFY(before);
    const Grid output = before->output;

    m_panel->kernelSize()->rows()->setValue(5); // linked: 5×5 on a 3×3 input, padding 0
    const auto expected = validate(m_document->problem());
    QVERIFY(expected);
    QCOMPARE(QString::fromStdString(expected->field), QStringLiteral("kernel"));
    QCOMPARE(m_panel->errorText(), QString::fromStdString(expected->text()));
    QCOMPARE(m_panel->errorField(), QStringLiteral("kernel"));
    QLabel *label = m_panel->errorLabel(QStringLiteral("kernel"));
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QString::fromStdString(expected->message)));
    QVERIFY(m_panel->errorLabel(QStringLiteral("stride"))->isHidden());
    QVERIFY(m_panel->kernelSize()->isInvalid());
    QVERIFY(m_panel->kernelSize()->rows()->property("invalid").toBool());
    QVERIFY(!m_panel->inputSize()->isInvalid());
    // The stage keeps the last valid trace.
    QCOMPARE(m_model->trace(), before);
    CONVSTEP_COMPARE_GRIDS(m_model->trace()->output, output, 0.0);
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("outputSize"))->text(),
             QStringLiteral("—"));

    m_panel->paddingMode()->setCurrentIndex(m_panel->paddingMode()->findData(
        static_cast<int>(PaddingMode::Same))); // 'same' pads enough: valid again
    QVERIFY(m_panel->errorText().isEmpty());
    QVERIFY(label->isHidden());
    QVERIFY(!m_panel->kernelSize()->isInvalid());
    QVERIFY(!m_panel->kernelSize()->rows()->property("invalid").toBool());
    QVERIFY(m_model->trace() != before);
}

void TestProblemPanel::kerasSameWithStrideAndDilationIsReportedOnDilation()
{
    m_panel->paddingMode()->setCurrentIndex(2);
    QCOMPARE(m_document->problem().paddingMode, PaddingMode::Same);
    m_panel->stride()->rows()->setValue(2);
    QVERIFY(m_panel->errorText().isEmpty());
    const auto before = m_model->trace();
    m_panel->dilation()->rows()->setValue(2);
    const auto expected = validate(m_document->problem());
    QVERIFY(expected);
    QCOMPARE(m_panel->errorText(), QString::fromStdString(expected->text()));
    QVERIFY(m_panel->errorText().contains(QStringLiteral("Keras does not allow")));
    QCOMPARE(m_panel->errorField(), QStringLiteral("dilation"));
    QVERIFY(!m_panel->errorLabel(QStringLiteral("dilation"))->isHidden());
    QVERIFY(m_panel->dilation()->isInvalid());
    QCOMPARE(m_model->trace(), before);
    QCOMPARE(m_model->trace()->problem.dilation, (Pair {1, 1}));
    m_document->undoStack()->undo();
    QVERIFY(m_panel->errorText().isEmpty());
    QVERIFY(!m_panel->dilation()->isInvalid());
}

void TestProblemPanel::outputPaddingOnlyForTransposedConvolution()
{
    QVERIFY(!m_panel->outputPadding()->isEnabled());
    QVERIFY(!m_panel->outputPadding()->rows()->isEnabled());
    m_panel->operation()->setCurrentIndex(1);
    QCOMPARE(m_document->problem().op, Op::ConvTranspose2d);
    QVERIFY(m_panel->outputPadding()->rows()->isEnabled());
    m_panel->stride()->rows()->setValue(2);
    m_panel->outputPadding()->rows()->setValue(1);
    QCOMPARE(m_document->problem().outputPadding, (Pair {1, 1}));
    // Switching back clears the output padding in the same edit, so no error appears.
    const int count = undoCount();
    m_panel->operation()->setCurrentIndex(0);
    QCOMPARE(undoCount(), count + 1);
    QCOMPARE(m_document->problem().outputPadding, (Pair {0, 0}));
    QVERIFY(!m_panel->outputPadding()->rows()->isEnabled());
    QVERIFY(m_panel->errorText().isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->outputPadding()->value(), (Pair {1, 1}));
    QVERIFY(m_panel->outputPadding()->rows()->isEnabled());
}

void TestProblemPanel::paddingSpinBoxesDisabledForKerasModes()
{
    QVERIFY(m_panel->padding()->rows()->isEnabled());
    for (const PaddingMode mode : {PaddingMode::Valid, PaddingMode::Same}) {
        m_panel->paddingMode()->setCurrentIndex(
            m_panel->paddingMode()->findData(static_cast<int>(mode)));
        QCOMPARE(m_document->problem().paddingMode, mode);
        QVERIFY(!m_panel->padding()->rows()->isEnabled());
        QVERIFY(!m_panel->padding()->cols()->isEnabled());
        QVERIFY(!m_panel->padding()->linkButton()->isEnabled());
    }
    m_panel->paddingMode()->setCurrentIndex(0);
    QVERIFY(m_panel->padding()->rows()->isEnabled());
    QCOMPARE(undoCount(), 3);
}

QTEST_MAIN(TestProblemPanel)
#include "tst_problem_panel.moc"
