#include "core/compute.h"
#include "core/counterpart.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/render/matrix_layout.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/session/transpose_animation.h"
#include "ui/widgets/matrix_explorer.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"
#include "ui/window/matrix_controls.h"

#include <QAction>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

// The matrix view as the window offers it: key 4, Transpose (T), the explorer dock (E) and
// hovering the stage's matrix.
class TestMatrixWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyFourSwitchesToTheMatrixView();
    void transposeTurnsAConvolutionIntoCTransposedTimesY();
    void transposeOfATransposedProblemKeepsIt();
    void hoveringAnEntryLinksItsCells();
    void largeMatrixOpensTheExplorer();
    void upsamplingHasAFixedMatrix();

private:
    void setProblem(const Problem &problem);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMatrixWindow::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_matrix_window"));
    QVERIFY(m_dir.isValid());
}

void TestMatrixWindow::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMatrixWindow::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestMatrixWindow::setProblem(const Problem &problem)
{
    m_window->document()->editProblem(problem, QStringLiteral("test"));
    QCOMPARE(m_window->model()->problem()->input, problem.input);
}

void TestMatrixWindow::keyFourSwitchesToTheMatrixView()
{
    PlaybackModel *model = m_window->model();
    QCOMPARE(model->view(), View::Direct);
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QCOMPARE(model->view(), View::Matrix);
    QVERIFY(m_window->mainActions().viewMatrix->isChecked());
    QVERIFY(m_window->mainActions().viewMatrix->isEnabled());
    QVERIFY(m_window->stage()->stageLayout().matrix);
    QCOMPARE(m_window->stage()->frame().step.phase, Phase::Row);
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QCOMPARE(model->view(), View::Direct);
    QVERIFY(!m_window->stage()->stageLayout().matrix);
}

// T on the default convolution: the lesson becomes the transposed problem with the same C
// applied to the output y; C turns into Cᵀ, then Cᵀ·y replays; Ctrl+Z goes back.
void TestMatrixWindow::transposeTurnsAConvolutionIntoCTransposedTimesY()
{
    PlaybackModel *model = m_window->model();
    const Problem conv = *model->problem();
    QCOMPARE(conv.op, Op::Conv2d);
    auto *animation = m_window->findChild<TransposeAnimation *>();
    QVERIFY(animation);
    animation->setDuration(300);
    model->setSpeed(4.0); // the replay below, quickly
    QTest::keyClick(m_window.get(), Qt::Key_T);
    QVERIFY(animation->isRunning());
    QCOMPARE(model->view(), View::Matrix);
    const Problem &now = m_window->document()->problem();
    QCOMPARE(now.op, Op::ConvTranspose2d);
    QCOMPARE(now.input, computeOutput(conv));
    QVERIFY(model->transpose() < 1.0);
    QVERIFY(m_window->mainActions().viewMatrix->isChecked());
    QTRY_VERIFY(!animation->isRunning());
    QCOMPARE(model->transpose(), 1.0);
    QVERIFY(model->isPlaying()); // the replay of Cᵀ·y
    QTRY_VERIFY_WITH_TIMEOUT(!model->isPlaying(), 20000);
    // The replay ends on the scatter view's output.
    CONVSTEP_COMPARE_GRIDS(model->state().values, makeTrace(now, View::Direct).output, 1e-12);

    m_window->mainActions().undo->trigger();
    QCOMPARE(m_window->document()->problem().op, Op::Conv2d);
    QCOMPARE(model->problem()->input, conv.input);
}

void TestMatrixWindow::transposeOfATransposedProblemKeepsIt()
{
    Problem conv = *m_window->model()->problem();
    conv.stride = {2, 2};
    const Problem transposed = *transposedCounterpart(conv);
    setProblem(transposed);
    auto *animation = m_window->findChild<TransposeAnimation *>();
    animation->setPlaysAfter(false);
    m_window->matrixControls()->transposeAction()->trigger();
    QVERIFY(animation->isRunning());
    QCOMPARE(m_window->document()->problem().input, transposed.input);
    QCOMPARE(m_window->model()->view(), View::Matrix);
    QTRY_VERIFY(!animation->isRunning());
    QCOMPARE(m_window->model()->step(), 0);
    QVERIFY(!m_window->model()->isPlaying());
}

void TestMatrixWindow::hoveringAnEntryLinksItsCells()
{
    QTest::keyClick(m_window.get(), Qt::Key_4);
    // The window offers the explorer in a queued call; run it. Nothing to wait for: a small
    // matrix must leave the explorer closed.
    QCoreApplication::processEvents();
    // A small matrix: the explorer stays closed and the stage keeps its layout.
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("matrixExplorerDock"))->isVisible());
    StageWidget *stage = m_window->stage();
    const StageLayout &layout = stage->stageLayout();
    QVERIFY(layout.matrix);
    // The default lesson: 4×4 input, 3×3 kernel, so C is 4 × 16 and C(0, 5) = kernel (1, 1).
    QCOMPARE(layout.matrix->matrix.rows, 4);
    QTest::mouseMove(stage, layout.matrix->matrix.entryRect({0, 5}).center().toPoint());
    const PlaybackModel *model = m_window->model();
    QTRY_COMPARE(model->hover(), std::optional<StageCell>({GridRole::MatrixEntry, {0, 5}}));
    QCOMPARE(model->links().size(), size_t(1));
    QCOMPARE(*model->links()[0].input, (Cell{1, 1}));
    QCOMPARE(model->links()[0].kernel, (Cell{1, 1}));
    QCOMPARE(*model->links()[0].out, (Cell{0, 0}));
    // And back from a grid: an output cell links its row.
    QTest::mouseMove(stage, layout.target.cellRect({1, 1}).center().toPoint());
    QTRY_COMPARE(model->hover(), std::optional<StageCell>({GridRole::Target, {1, 1}}));
    QCOMPARE(model->links().size(), size_t(9));
}

void TestMatrixWindow::largeMatrixOpensTheExplorer()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("matrixExplorerDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    Problem p = *m_window->model()->problem();
    p.input = test::counting(64, 64);
    setProblem(p);
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QVERIFY(!m_window->stage()->stageLayout().matrix->numbers);
    QTRY_VERIFY(dock->isVisible());
    auto *explorer = m_window->findChild<MatrixExplorer *>();
    QTRY_COMPARE(explorer->matrixRows(), 3844);
    QCOMPARE(explorer->matrixCols(), 4096);
    QCOMPARE(explorer->highlightedRow(), m_window->model()->step());
    m_window->model()->setStep(100);
    QCOMPARE(explorer->highlightedRow(), 100);
    // Hovering an entry in the explorer links it on the stage: C(2, 3) is kernel (0, 1)
    // between input (0, 3) and output (0, 2).
    // The dock settles at the third of the window the offer asked for.
    QTRY_COMPARE(dock->height(), m_window->height() / 3);
    explorer->showRange(0, 9, 0, 9);
    QTest::mouseMove(explorer->plotWidget(), explorer->pixelOf(2, 3));
    QTRY_COMPARE(m_window->model()->hover(),
                 std::optional<StageCell>({GridRole::MatrixEntry, {2, 3}}));
    QCOMPARE(m_window->model()->links().size(), size_t(1));
    QCOMPARE(m_window->model()->links()[0].kernel, (Cell{0, 1}));
    QCOMPARE(explorer->markedLinks(), 1);
    // E hides and shows it.
    QTest::keyClick(m_window.get(), Qt::Key_E);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_E);
    QVERIFY(dock->isVisible());
}

// The linear upsampling ops have a fixed matrix U: the matrix view and the explorer show it,
// but there is no C to transpose. Max unpooling is not linear: no matrix view at all.
void TestMatrixWindow::upsamplingHasAFixedMatrix()
{
    QTest::keyClick(m_window.get(), Qt::Key_4);
    Problem p;
    p.op = Op::UpsampleNearest;
    p.input = test::counting(3, 3);
    p.kernel = Grid(0, 0);
    p.scale = {2, 2};
    QVERIFY(!validate(p));
    setProblem(p);
    QCOMPARE(m_window->model()->view(), View::Matrix);
    QVERIFY(m_window->mainActions().viewMatrix->isEnabled());
    QVERIFY(!m_window->matrixControls()->transposeAction()->isEnabled());
    const StageLayout &layout = m_window->stage()->stageLayout();
    QVERIFY(layout.matrix && layout.matrix->numbers);
    QCOMPARE(layout.matrix->matrix.rows, 36);
    QCOMPARE(layout.kernel.cols, 0); // no kernel grid
    m_window->matrixControls()->explorerAction()->trigger();
    auto *explorer = m_window->findChild<MatrixExplorer *>();
    QTRY_VERIFY(explorer->isVisible());
    QCOMPARE(explorer->matrixRows(), 36);
    QCOMPARE(explorer->matrixCols(), 9);

    p.op = Op::MaxUnpool2d;
    p.input = test::counting(4, 4);
    QVERIFY(!validate(p));
    setProblem(p);
    QCOMPARE(m_window->model()->view(), View::Direct);
    QVERIFY(!m_window->mainActions().viewMatrix->isEnabled());
    QVERIFY(!m_window->matrixControls()->transposeAction()->isEnabled());
    QTRY_VERIFY(!explorer->isVisible()); // it stays with the matrix view
}

QTEST_MAIN(TestMatrixWindow)
#include "tst_matrix_window.moc"
