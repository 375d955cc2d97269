#include "core/compute.h"
#include "core/counterpart.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/session/transpose_animation.h"
#include "ui/widgets/matrix_explorer.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"
#include "ui/window/matrix_controls.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

Problem convolution(int side)
{
    Problem p;
    p.input = test::counting(side, side);
    p.kernel = test::gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    return p;
}

std::shared_ptr<const Trace> matrixTrace(const Problem &p)
{
    return std::make_shared<const Trace>(makeTrace(p, View::Matrix));
}

QImage render(const StageFrame &frame, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame);
    return image;
}

} // namespace

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
    void upsamplingHasNoMatrix();
    void screenshots();

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
    QTest::qWait(50);
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
    QTest::qWait(50); // the dock settles at its height
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

// The upsampling ops have no kernel matrix: no matrix view, no Transpose, an empty explorer.
void TestMatrixWindow::upsamplingHasNoMatrix()
{
    QTest::keyClick(m_window.get(), Qt::Key_4);
    Problem p;
    p.op = Op::UpsampleNearest;
    p.input = test::counting(3, 3);
    p.kernel = Grid(0, 0);
    p.scale = {2, 2};
    QVERIFY(!validate(p));
    setProblem(p);
    QCOMPARE(m_window->model()->view(), View::Direct);
    QVERIFY(!m_window->mainActions().viewMatrix->isEnabled());
    QVERIFY(!m_window->matrixControls()->transposeAction()->isEnabled());
    m_window->matrixControls()->explorerAction()->trigger();
    auto *explorer = m_window->findChild<MatrixExplorer *>();
    QTRY_VERIFY(explorer->isVisible());
    QCOMPARE(explorer->matrixRows(), 0);
    QCOMPARE(explorer->highlightedRow(), -1);
}

// Pictures to look at: CONVSTEP_MATRIX_SHOTS=<folder> saves them there.
void TestMatrixWindow::screenshots()
{
    const QString folder = qEnvironmentVariable("CONVSTEP_MATRIX_SHOTS");
    if (folder.isEmpty())
        QSKIP("set CONVSTEP_MATRIX_SHOTS to a folder to save screenshots");
    QDir().mkpath(folder);
    const auto save = [&](const StageFrame &frame, const QString &name, QSize size) {
        QVERIFY(render(frame, size).save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    };
    const auto article = matrixTrace(convolution(4));
    save(frameAt(article, 1, StageStyle{}), QStringLiteral("article-4x4"), {1920, 1080});
    save(frameAt(article, 1, StageStyle{}), QStringLiteral("article-4x4-small"), {900, 520});
    save(frameAt(article, 1, StageStyle{}), QStringLiteral("article-4x4-749"), {749, 486});
    StageFrame dark = frameAt(article, 2, StageStyle{Theme::Dark});
    save(dark, QStringLiteral("article-4x4-dark"), {1280, 720});
    StageFrame hovered = frameAt(article, 1, StageStyle{});
    hovered.hover = StageCell{GridRole::Source, {1, 1}};
    hovered.links = linksOf(hovered, *hovered.hover);
    save(hovered, QStringLiteral("article-hover-input"), {1920, 1080});
    const auto transposed = matrixTrace(*transposedCounterpart(convolution(4)));
    for (double t : {0.0, 0.3, 0.5, 0.7, 1.0}) {
        StageFrame turning = frameAt(transposed, 0, StageStyle{});
        turning.transpose = t;
        save(turning, QStringLiteral("transpose-%1").arg(int(t * 100)), {1920, 1080});
    }
    for (int side : {8, 16, 64}) {
        const auto trace = matrixTrace(convolution(side));
        save(frameAt(trace, side + 3, StageStyle{}), QStringLiteral("heat-%1").arg(side),
             {1920, 1080});
        StageFrame turning =
            frameAt(matrixTrace(*transposedCounterpart(convolution(side))), 0, StageStyle{});
        turning.transpose = 0.35;
        save(turning, QStringLiteral("heat-%1-turning").arg(side), {1920, 1080});
        StageFrame hovered = frameAt(trace, side + 3, StageStyle{Theme::Dark});
        hovered.hover = StageCell{GridRole::Kernel, {0, 1}};
        hovered.links = linksOf(hovered, *hovered.hover);
        save(hovered, QStringLiteral("heat-%1-dark-kernel-hover").arg(side), {1920, 1080});
    }
    StageFrame caption = frameAt(article, 1, StageStyle{});
    caption.caption = true;
    save(caption, QStringLiteral("article-caption"), {1280, 720});

    // The window with the explorer beside a 64×64 input's heat map, and the explorer zoomed.
    m_window->resize(1600, 1000);
    Problem large = convolution(64);
    large.kernel = test::gridOf({{1, 0, -1}, {2, 0, -2}, {1, 0, -1}});
    setProblem(large);
    QTest::keyClick(m_window.get(), Qt::Key_4);
    m_window->model()->setStep(200);
    auto *explorer = m_window->findChild<MatrixExplorer *>();
    QTRY_VERIFY(explorer->isVisible());
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("window-64.png"))));
    explorer->showRange(180, 229, 180, 329);
    QTest::qWait(100);
    QVERIFY(explorer->grab().save(QDir(folder).filePath(QStringLiteral("explorer-zoom.png"))));
}

QTEST_MAIN(TestMatrixWindow)
#include "tst_matrix_window.moc"
