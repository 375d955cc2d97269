#include "io/lesson_catalog.h"
#include "io/text.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/render/matrix_layout.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/key_hint.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

// Every grid and matrix block the stage draws, in the stage's coordinates.
QList<QRectF> gridRects(const StageLayout &layout)
{
    QList<QRectF> rects;
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target})
        if (box->cols > 0)
            rects << box->rect();
    if (layout.matrix)
        rects << layout.matrix->slot << layout.matrix->input.rect << layout.matrix->output.rect;
    return rects;
}

} // namespace

// Classroom mode from the back of the room: the narration, the step counter and the speed in
// large type, B blanking the words as well as the stage, the key hint off every grid, and Page
// Down / Page Up going through a sequence of lessons.
class TestClassroom final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wordsAreLargeEnoughForTheBackOfTheRoom();
    void blankHidesTheArithmeticAndTheNarrationToo();
    void keyHintNeverCoversAGrid_data();
    void keyHintNeverCoversAGrid();
    void pageKeysCrossFromLessonToLessonOfASequence();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestClassroom::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_classroom"));
    QVERIFY(m_dir.isValid());
}

void TestClassroom::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestClassroom::cleanup()
{
    m_window->setClassroomMode(false);
    test::closeTestWindow(m_window, m_dir);
}

void TestClassroom::wordsAreLargeEnoughForTheBackOfTheRoom()
{
    QLabel *narration = m_window->narrationLine();
    QVERIFY(!narration->isVisible()); // the explanation dock says it outside classroom mode
    PlaybackBar *bar = m_window->playbackBar();
    const int normal = QFontInfo(bar->stepLabel()->font()).pixelSize();
    m_window->setClassroomMode(true);
    QVERIFY(narration->isVisible());
    QCOMPARE(narration->text(), qt(m_window->model()->currentStep().text));
    QVERIFY(narration->wordWrap());
    QVERIFY2(QFontInfo(narration->font()).pixelSize() >= 20,
             qPrintable(QString::number(QFontInfo(narration->font()).pixelSize())));
    const int counter = QFontInfo(bar->stepLabel()->font()).pixelSize();
    QVERIFY2(counter >= 16 && counter > normal, qPrintable(QString::number(counter)));
    QCOMPARE(QFontInfo(bar->speedBox()->font()).pixelSize(), counter);
    // The counter is never cut: its label is as wide as "Step 4 of 4" in its font.
    QVERIFY(bar->stepLabel()->width()
            >= bar->stepLabel()->fontMetrics().horizontalAdvance(bar->stepText()));
    // It follows the step, and Ctrl + makes it larger still.
    QTest::keyClick(m_window->stage(), Qt::Key_Right);
    QCOMPARE(narration->text(), qt(m_window->model()->currentStep().text));
    QTest::keyClick(m_window->stage(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(QFontInfo(narration->font()).pixelSize() > 20);
    m_window->setClassroomMode(false);
    QVERIFY(!narration->isVisible());
    QCOMPARE(QFontInfo(bar->stepLabel()->font()).pixelSize(), normal);
}

void TestClassroom::blankHidesTheArithmeticAndTheNarrationToo()
{
    m_window->setClassroomMode(true);
    QCoreApplication::processEvents();
    const QRect stage = m_window->stage()->geometry();
    CalculationStrip *strip = m_window->calculationStrip();
    QVERIFY(strip->isVisible());
    QTest::keyClick(m_window->stage(), Qt::Key_B);
    QVERIFY(m_window->stage()->isBlanked());
    QVERIFY(!strip->isVisible());
    QVERIFY(!m_window->narrationLine()->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->stage()->geometry(), stage); // nothing moves
    QTest::keyClick(m_window->stage(), Qt::Key_B);
    QVERIFY(!m_window->stage()->isBlanked());
    QVERIFY(strip->isVisible());
    QVERIFY(m_window->narrationLine()->isVisible());
}

void TestClassroom::keyHintNeverCoversAGrid_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("view");
    QTest::addColumn<QSize>("window");
    const QSize sizes[] = {{1024, 600}, {1360, 820}};
    for (const QSize &size : sizes) {
        const QByteArray at = QByteArray::number(size.width());
        QTest::newRow("sliding " + at) << "article-convolution" << int(View::Direct) << size;
        QTest::newRow("matrix C " + at) << "article-convolution" << int(View::Matrix) << size;
        QTest::newRow("scatter " + at) << "article-transposed" << int(View::Direct) << size;
        QTest::newRow("zero insertion " + at)
            << "article-transposed" << int(View::ZeroInsertion) << size;
        QTest::newRow("matrix C transposed " + at)
            << "article-transposed" << int(View::Matrix) << size;
        QTest::newRow("bilinear " + at) << "upsample-bilinear" << int(View::Direct) << size;
    }
}

void TestClassroom::keyHintNeverCoversAGrid()
{
    QFETCH(QString, lesson);
    QFETCH(int, view);
    QFETCH(QSize, window);
    m_window->openBuiltInLesson(lesson);
    QVERIFY(m_window->model()->setView(static_cast<View>(view)));
    m_window->setClassroomMode(true);
    // The window at the size a classroom's screen gives it.
    m_window->showNormal();
    m_window->resize(window);
    QTRY_COMPARE(m_window->size(), window);
    QCoreApplication::processEvents();
    KeyHint *hint = m_window->keyHint();
    hint->flash();
    QVERIFY(hint->isShowing());
    const QRect shown(hint->mapTo(m_window.get(), QPoint(0, 0)), hint->size());
    QVERIFY(m_window->rect().contains(shown));
    StageWidget *stage = m_window->stage();
    const QRectF inStage =
        QRectF(shown).translated(-QPointF(stage->mapTo(m_window.get(), QPoint(0, 0))));
    for (const QRectF &grid : gridRects(stage->stageLayout()))
        QVERIFY2(!grid.intersects(inStage),
                 qPrintable(QStringLiteral("hint %1,%2 %3×%4 over a grid at %5,%6 %7×%8")
                                .arg(inStage.x())
                                .arg(inStage.y())
                                .arg(inStage.width())
                                .arg(inStage.height())
                                .arg(grid.x())
                                .arg(grid.y())
                                .arg(grid.width())
                                .arg(grid.height())));
}

// "From convolution to its transpose": at the last step of a lesson Page Down goes on to the
// next lesson's first step, at the first step Page Up back to the previous lesson's last.
void TestClassroom::pageKeysCrossFromLessonToLessonOfASequence()
{
    m_window->openBuiltInLesson(QStringLiteral("sequence-convolution-to-transpose"));
    LessonDocument *document = m_window->document();
    PlaybackModel *model = m_window->model();
    QCOMPARE(document->lessonCount(), 4);
    QCOMPARE(document->lessonIndex(), 0);
    QVERIFY(m_window->windowTitle().startsWith(
        QStringLiteral("From convolution to its transpose (lesson 1 of 4)")));
    m_window->setClassroomMode(true);
    QWidget *stage = m_window->stage();
    QTest::keyClick(stage, Qt::Key_PageDown);
    QCOMPARE(model->step(), 1); // within a lesson, a step
    QTest::keyClick(stage, Qt::Key_End);
    QTest::keyClick(stage, Qt::Key_PageDown);
    QCOMPARE(document->lessonIndex(), 1);
    QCOMPARE(model->step(), 0);
    QCOMPARE(model->view(), View::Matrix);
    QVERIFY(m_window->stage()->frame().style.title.endsWith(QStringLiteral("(2 of 4)")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("lesson 2 of 4")));
    QTest::keyClick(stage, Qt::Key_PageUp);
    QCOMPARE(document->lessonIndex(), 0);
    QCOMPARE(model->view(), View::Direct);
    QCOMPARE(model->step(), model->stepCount() - 1);
    // The arrow keys stay within the lesson.
    QTest::keyClick(stage, Qt::Key_Right);
    QCOMPARE(document->lessonIndex(), 0);
    // On to the last lesson; past its end Page Down does nothing more.
    for (int lesson = 1; lesson < 4; ++lesson) {
        QTest::keyClick(stage, Qt::Key_End);
        QTest::keyClick(stage, Qt::Key_PageDown);
        QCOMPARE(document->lessonIndex(), lesson);
    }
    QCOMPARE(model->view(), View::ZeroInsertion);
    QTest::keyClick(stage, Qt::Key_End);
    QTest::keyClick(stage, Qt::Key_PageDown);
    QCOMPARE(document->lessonIndex(), 3);
    QCOMPARE(model->step(), model->stepCount() - 1);
    // Going through a sequence is not an edit.
    QVERIFY(!document->isModified());
}

QTEST_MAIN(TestClassroom)
#include "tst_classroom.moc"
