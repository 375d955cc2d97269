#include "core/compute.h"
#include "core/step_mapping.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/compare_controls.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

// View → Compare Side by Side: a second stage in step with the first, showing the other view
// of a transposed convolution, or a convolution beside its transpose.
class TestCompareLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scatterBesideZeroInsertionStepTogether();
    void aConvolutionBesideItsTranspose();
    void theOriginalInputBesideTheResult();
    void offAndUpsamplingShowOneStage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestCompareLayout::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_compare_layout"));
    QVERIFY(m_dir.isValid());
}

void TestCompareLayout::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCompareLayout::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestCompareLayout::scatterBesideZeroInsertionStepTogether()
{
    m_window->openBuiltInLesson(QStringLiteral("transposed-padding-strides"));
    CompareControls *compare = m_window->compareControls();
    QTest::keyClick(m_window.get(), Qt::Key_C);
    QVERIFY(compare->isOn());
    QVERIFY(compare->action()->isChecked());
    StageWidget *partner = compare->partnerStage();
    QTRY_VERIFY(partner->isVisible());
    QCoreApplication::processEvents();
    // Two stages side by side, the lesson's on the left, both of a size to read.
    QVERIFY(partner->x() > m_window->stage()->x());
    QVERIFY(partner->width() >= 300 && m_window->stage()->width() >= 300);
    PlaybackModel *model = m_window->model();
    PlaybackModel *other = compare->partnerModel();
    QCOMPARE(model->view(), View::Direct);
    QCOMPARE(other->view(), View::ZeroInsertion);
    QVERIFY(partner->frame().style.title.contains(QStringLiteral("zero insertion")));
    // Every step of the scatter view moves the zero-insertion stage to its counterpart, and
    // the partner never goes back while the lesson goes forward.
    int previous = 0;
    for (int step = 0; step < model->stepCount(); ++step) {
        QTest::keyClick(m_window.get(), step ? Qt::Key_Right : Qt::Key_Home);
        QCOMPARE(model->step(), step);
        QCOMPARE(other->step(), correspondingStep(*model->trace(), step, *other->trace()));
        QCOMPARE(partner->frame().step.index, other->step());
        QVERIFY(other->step() >= previous);
        previous = other->step();
    }
    QCOMPARE(other->step(), other->stepCount() - 1);
    // Key 3: the lesson shows zero insertion, its partner the scatter.
    QTest::keyClick(m_window.get(), Qt::Key_3);
    QCOMPARE(model->view(), View::ZeroInsertion);
    QCOMPARE(other->view(), View::Direct);
}

// The default convolution beside Cᵀ·y: when y(r, c) is written on the left, it is scattered
// on the right.
void TestCompareLayout::aConvolutionBesideItsTranspose()
{
    m_window->compareControls()->action()->trigger();
    PlaybackModel *model = m_window->model();
    PlaybackModel *other = m_window->compareControls()->partnerModel();
    QTRY_VERIFY(m_window->compareControls()->partnerShown());
    QCOMPARE(other->problem()->op, Op::ConvTranspose2d);
    CONVSTEP_COMPARE_GRIDS(other->problem()->input, computeOutput(*model->problem()), 0.0);
    QCOMPARE(other->view(), View::Direct);
    QVERIFY(m_window->compareControls()->partnerStage()->frame().style.title.contains(
        QStringLiteral("transpose")));
    for (int step = 0; step < model->stepCount(); ++step) {
        model->setStep(step);
        const Step &written = model->currentStep();
        QCOMPARE(written.phase, Phase::Slide);
        QCOMPARE(other->currentStep().phase, Phase::Scatter);
        QCOMPARE(other->currentStep().focus, written.focus);
    }
    // The matrix view of the convolution keeps the pairing: row r of C, y(r) scattered.
    QVERIFY(model->setView(View::Matrix));
    model->setStep(2);
    QCOMPARE(other->currentStep().focus, model->currentStep().focus);
}

// Lesson 05 names the input the convolution started from: its convolution stands on the left,
// so the original 4×4 input is on screen with the 4×4 result of the transpose. The shape comes
// back; the numbers do not.
void TestCompareLayout::theOriginalInputBesideTheResult()
{
    m_window->openBuiltInLesson(QStringLiteral("article-shape-back"));
    CompareControls *compare = m_window->compareControls();
    compare->setOn(true);
    QTRY_VERIFY(compare->partnerShown());
    QCoreApplication::processEvents();
    QVERIFY(compare->partnerIsLeft());
    QVERIFY(compare->partnerStage()->x() < m_window->stage()->x());
    PlaybackModel *model = m_window->model();
    PlaybackModel *other = compare->partnerModel();
    const Grid &original = m_window->document()->lesson().originalInput;
    QCOMPARE(other->problem()->op, Op::Conv2d);
    CONVSTEP_COMPARE_GRIDS(other->problem()->input, original, 0.0);
    CONVSTEP_COMPARE_GRIDS(other->trace()->output, model->problem()->input, 0.0);
    const Grid &result = model->trace()->output;
    QCOMPARE(sizeOf(result), sizeOf(original));
    QVERIFY(!(result.array() == original.array()).all());
    // Scattering y(r, c) on the right is computing it on the left.
    for (int step = 0; step < model->stepCount(); ++step) {
        model->setStep(step);
        if (model->currentStep().phase == Phase::Scatter)
            QCOMPARE(other->currentStep().focus, model->currentStep().focus);
    }
    QVERIFY(compare->partnerStage()->frame().style.title.contains(QStringLiteral("original")));
}

void TestCompareLayout::offAndUpsamplingShowOneStage()
{
    CompareControls *compare = m_window->compareControls();
    compare->setOn(true);
    QVERIFY(compare->partnerShown());
    compare->setOn(false);
    QVERIFY(!compare->partnerShown());
    QVERIFY(!compare->partnerStage()->isVisible());
    m_window->openBuiltInLesson(QStringLiteral("upsample-nearest"));
    compare->setOn(true);
    QVERIFY(!compare->partnerShown());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("nothing to compare")));
    // A convolution again: the partner comes back, as the action is still on.
    m_window->openBuiltInLesson(QStringLiteral("article-convolution"));
    QVERIFY(compare->partnerShown());
}

QTEST_MAIN(TestCompareLayout)
#include "tst_compare_layout.moc"
