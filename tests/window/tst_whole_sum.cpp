#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/support/whole_sum.h"
#include "tests/window/window_fixture.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/window/main_window.h"

#include <QFontMetricsF>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

enum class Mode { FirstRun, Small, Classroom };

constexpr int maxSampledSteps = 80; // a longer trace is checked at evenly spread steps

std::vector<int> sampledSteps(int count)
{
    std::vector<int> steps;
    if (count <= maxSampledSteps) {
        for (int i = 0; i < count; ++i)
            steps.push_back(i);
        return steps;
    }
    for (int i = 0; i < maxSampledSteps; ++i)
        steps.push_back(
            static_cast<int>(static_cast<long long>(i) * (count - 1) / (maxSampledSteps - 1)));
    return steps;
}

// A 7×7 kernel over a 9×9 input: 49 products a step, too many for three lines of the strip.
Problem sevenBySeven()
{
    Problem problem;
    problem.input = test::counting(9, 9);
    problem.kernel = test::counting(7, 7, -20);
    problem.bias = 2;
    return problem;
}

} // namespace

// The calculation strip under the stage, in the window as it opens (1360×820), at 1024×600
// and in classroom mode: every step of every built-in lesson in every view shows all of its
// products (wrapped or shrunk, never below the strip's minimum font), or above 16 products
// the explicit grouped form with the exact sum of what it folds; never a "…".
class TestWholeSum final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyStepShowsEveryProduct_data();
    void everyStepShowsEveryProduct();
    void aSevenBySevenKernelIsGroupedWithItsSum_data();
    void aSevenBySevenKernelIsGroupedWithItsSum();

private:
    void enter(Mode mode);
    void checkStrip(const Step &step);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Mode m_mode = Mode::FirstRun;
};

void TestWholeSum::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_whole_sum"));
    QVERIFY(m_dir.isValid());
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(firstRunSize(nullptr));
}

void TestWholeSum::cleanupTestCase()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestWholeSum::enter(Mode mode)
{
    if (mode == m_mode)
        return;
    m_window->setClassroomMode(mode == Mode::Classroom);
    if (mode != Mode::Classroom)
        m_window->resize(mode == Mode::FirstRun ? firstRunSize(nullptr) : QSize(1024, 600));
    QCoreApplication::processEvents();
    m_mode = mode;
}

void TestWholeSum::checkStrip(const Step &step)
{
    const CalculationStrip *strip = m_window->calculationStrip();
    const CalculationLines &lines = strip->calculationLines();
    const QString where = QStringLiteral("step %1 (%2 wide): ")
                              .arg(step.index + 1)
                              .arg(strip->calculationRect().width());
    QStringList texts = lines.lines;
    texts << lines.result;
    const QString problem = test::wholeSumProblem(step, texts);
    QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
    QVERIFY2(lines.fits, qPrintable(where + lines.text()));
    QVERIFY(lines.lines.size() <= CalculationStrip::maxLines);
    QVERIFY2(lines.font.pixelSize() >= strip->minimumFontPixels(), qPrintable(where));
    QVERIFY2(lines.width() <= strip->calculationRect().width(), qPrintable(where + lines.text()));
    QVERIFY2(lines.height() <= strip->height(), qPrintable(where + lines.text()));
}

void TestWholeSum::everyStepShowsEveryProduct_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("view");
    const std::pair<Mode, const char *> modes[] = {
        {Mode::FirstRun, "1360x820"}, {Mode::Small, "1024x600"}, {Mode::Classroom, "classroom"}};
    for (const auto &[mode, modeName] : modes) {
        for (const CatalogEntry &entry : builtInLessons()) {
            for (const View view : {View::Direct, View::ZeroInsertion, View::Matrix}) {
                PlaybackModel probe;
                if (!probe.setProblem(entry.lesson.problem) || !probe.viewApplies(view))
                    continue;
                QTest::addRow("%s %s %s", modeName, qPrintable(entry.id), viewName(view))
                    << int(mode) << entry.id << int(view);
            }
        }
    }
}

void TestWholeSum::everyStepShowsEveryProduct()
{
    QFETCH(int, mode);
    QFETCH(QString, id);
    QFETCH(int, view);
    enter(Mode(mode));
    m_window->openBuiltInLesson(id);
    PlaybackModel *model = m_window->model();
    QVERIFY(model->setView(View(view)));
    for (const int step : sampledSteps(model->stepCount())) {
        model->setStep(step);
        QCoreApplication::processEvents(); // the strip's height follows its lines
        checkStrip(model->currentStep());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestWholeSum::aSevenBySevenKernelIsGroupedWithItsSum_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("1360x820") << int(Mode::FirstRun);
    QTest::newRow("1024x600") << int(Mode::Small);
    QTest::newRow("classroom") << int(Mode::Classroom);
}

void TestWholeSum::aSevenBySevenKernelIsGroupedWithItsSum()
{
    QFETCH(int, mode);
    enter(Mode(mode));
    PlaybackModel *model = m_window->model();
    QVERIFY(model->setProblem(sevenBySeven()));
    for (int step = 0; step < model->stepCount(); ++step) {
        model->setStep(step);
        QCoreApplication::processEvents();
        checkStrip(model->currentStep());
        if (QTest::currentTestFailed())
            return;
        const CalculationStrip *strip = m_window->calculationStrip();
        QVERIFY(strip->isGrouped());
        // What the strip folds away is still in its tooltip, in full.
        QVERIFY(strip->toolTip().contains(strip->calculation().toHtmlEscaped()));
    }
}

QTEST_MAIN(TestWholeSum)
#include "tst_whole_sum.moc"
