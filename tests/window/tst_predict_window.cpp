#include "io/lesson_catalog.h"
#include "io/text.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/session/predict_session.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/predict_banner.h"
#include "ui/widgets/predict_panel.h"
#include "ui/widgets/predict_tally.h"
#include "ui/widgets/problem_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/compare_controls.h"
#include "ui/window/main_actions.h"
#include "ui/window/predict_controls.h"
#include "ui/window/worksheet_dialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <map>
#include <memory>

using namespace convstep;
using Stage = PredictSession::Stage;

// Predict mode in the main window, driven as a person drives it: P, typing and Enter, clicking
// cells on the stage, New Exercise, the mistake queue, the score across a restart, and the
// classroom's banner and tally.
class TestPredictWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pTurnsPredictModeOnAndOff();
    void valuesByKeyboardPlayEachStep();
    void scatterCellsByClickingTheStage();
    void cropByClickingTwoCorners();
    void scoreAndStreakSurviveARestart();
    void newExerciseIsFreshAndRepeatableFromItsSeed();
    void aMistakeIsReplayedInItsOwnProblem();
    void classroomBannerSpaceAndTally();
    void noKeyDoesTwoThings();
    void fileMenuOpensTheWorksheetDialog();
    void compareAndPredictExcludeEachOther();

private:
    void openLesson(const char *id);
    void startPredicting();
    QPoint centreOf(Cell target) const;
    PredictControls *predict() const { return m_window->predictControls(); }
    PredictSession *session() const { return predict()->session(); }
    PredictPanel *panel() const { return predict()->panel(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPredictWindow::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_predict_window"));
    QVERIFY(m_dir.isValid());
}

void TestPredictWindow::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestPredictWindow::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestPredictWindow::openLesson(const char *id)
{
    QVERIFY(findBuiltInLesson(QLatin1String(id)));
    m_window->openBuiltInLesson(QLatin1String(id));
}

void TestPredictWindow::startPredicting()
{
    m_window->stage()->setFocus();
    QTRY_VERIFY(m_window->stage()->hasFocus());
    QTest::keyClick(m_window->stage(), Qt::Key_P);
    QVERIFY(session()->isActive());
}

QPoint TestPredictWindow::centreOf(Cell target) const
{
    const StageWidget *stage = m_window->stage();
    return stage->viewport()
        .toWidget(stage->stageLayout().target.cellRect(target))
        .center()
        .toPoint();
}

void TestPredictWindow::pTurnsPredictModeOnAndOff()
{
    const MainActions &actions = m_window->mainActions();
    QVERIFY(m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))
                ->actions()
                .contains(predict()->toggleAction()));
    QVERIFY(!panel()->isVisible());
    startPredicting();
    QVERIFY(predict()->toggleAction()->isChecked());
    QVERIFY(panel()->isVisible());
    QVERIFY(!m_window->playbackBar()->isVisible());
    QVERIFY(!actions.playPause->isEnabled());
    QVERIFY(!actions.stepForward->isEnabled());
    // The shape is asked: nothing on show gives it away.
    QVERIFY(m_window->calculationStrip()->isWithheld());
    QVERIFY(m_window->explanationPanel()->isWithheld());
    QCOMPARE(m_window->problemPanel()->findChild<QLabel *>(QStringLiteral("outputSize"))->text(),
             QStringLiteral("?"));
    QVERIFY(!m_window->stage()->frame().showTarget);
    QTRY_VERIFY(panel()->pairBox(0)->hasFocus()); // typing goes to the answer
    QTest::keyClicks(panel()->pairBox(0), QStringLiteral("p")); // a letter there is no shortcut
    QVERIFY(session()->isActive());

    predict()->toggleAction()->trigger(); // the tool bar button
    QVERIFY(!session()->isActive());
    QVERIFY(!panel()->isVisible());
    QVERIFY(m_window->playbackBar()->isVisible());
    QVERIFY(actions.playPause->isEnabled());
    QVERIFY(!m_window->calculationStrip()->isWithheld());
    QVERIFY(m_window->stage()->frame().showTarget);
    QCOMPARE(m_window->problemPanel()->findChild<QLabel *>(QStringLiteral("outputSize"))->text(),
             QStringLiteral("2×2"));
}

void TestPredictWindow::valuesByKeyboardPlayEachStep()
{
    openLesson("article-convolution");
    startPredicting();
    QTRY_VERIFY(panel()->pairBox(0)->hasFocus());
    QTest::keyClicks(panel()->pairBox(0), QStringLiteral("2"));
    QTest::keyClick(panel()->pairBox(0), Qt::Key_Tab);
    QTest::keyClicks(panel()->pairBox(1), QStringLiteral("2"));
    QTest::keyClick(panel()->pairBox(1), Qt::Key_Return);
    QCOMPARE(session()->question().kind, PredictionKind::Value);
    QVERIFY(m_window->stage()->frame().question);
    QVERIFY(m_window->calculationStrip()->isWithheld()); // step 0 is on the model, unrevealed

    QTRY_VERIFY(panel()->valueEdit()->hasFocus());
    QTest::keyClicks(panel()->valueEdit(), QStringLiteral("48"));
    QTest::keyClick(panel()->valueEdit(), Qt::Key_Return);
    QCOMPARE(session()->stage(), Stage::Revealed);
    QVERIFY(!m_window->stage()->frame().question); // the step plays
    QVERIFY(!m_window->calculationStrip()->isWithheld());
    QCOMPARE(m_window->calculationStrip()->calculation(),
             QStringLiteral("3·1 + 5·2 + 2·1 + 4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2 = 55"));
    QVERIFY(panel()->verdictText().startsWith(
        QStringLiteral("✗ Not right: that is the sum with the kernel turned 180°")));

    QTRY_VERIFY(panel()->commitButton()->hasFocus());
    QTest::keyClick(panel()->commitButton(), Qt::Key_Return);
    QCOMPARE(session()->question().cell, (Cell{0, 1}));
    QCOMPARE(m_window->model()->step(), 0);
    QVERIFY(!m_window->calculationStrip()->isWithheld()); // step 0 is revealed by now
    QTRY_VERIFY(panel()->valueEdit()->hasFocus());
    QTest::keyClicks(panel()->valueEdit(), QStringLiteral("52"));
    QTest::keyClick(panel()->valueEdit(), Qt::Key_Return);
    QVERIFY(session()->lastAnswerRight());
    QCOMPARE(m_window->model()->step(), 1);
}

void TestPredictWindow::scatterCellsByClickingTheStage()
{
    openLesson("transposed-padding-strides"); // 3×3 input, 3×3 kernel, stride 2: canvas 7×7
    startPredicting();
    QVERIFY(session()->commit(Pair{5, 5}));
    QCOMPARE(session()->question().kind, PredictionKind::CanvasReach);
    StageWidget *stage = m_window->stage();
    QTest::qWait(0); // the stage lays the question out
    // Input (0, 0) reaches canvas rows and columns 0–2: click the first row, then keys.
    for (int c = 0; c < 3; ++c)
        QTest::mouseClick(stage, Qt::LeftButton, {}, centreOf({0, c}));
    QCOMPARE(session()->picked(), (std::vector<Cell>{{0, 0}, {0, 1}, {0, 2}}));
    QCOMPARE(stage->frame().question->picked, session()->picked());
    QWidget *picker = panel()->cellPicker();
    QTRY_VERIFY(picker->hasFocus()); // the keyboard goes on from the clicked cell
    QCOMPARE(session()->cursor(), std::optional<Cell>(Cell{0, 2}));
    for (int r = 1; r < 3; ++r) {
        QTest::keyClick(picker, Qt::Key_Down);
        QTest::keyClick(picker, Qt::Key_Space);
        QTest::keyClick(picker, Qt::Key_Left);
        QTest::keyClick(picker, Qt::Key_Space);
        QTest::keyClick(picker, Qt::Key_Left);
        QTest::keyClick(picker, Qt::Key_Space);
        QTest::keyClick(picker, Qt::Key_Right);
        QTest::keyClick(picker, Qt::Key_Right);
    }
    QCOMPARE(session()->picked().size(), size_t(9));
    // A click on a picked cell unpicks it.
    QTest::mouseClick(stage, Qt::LeftButton, {}, centreOf({2, 2}));
    QCOMPARE(session()->picked().size(), size_t(8));
    QTest::keyClick(picker, Qt::Key_Return);
    QVERIFY(!session()->lastAnswerRight());
    QCOMPARE(panel()->verdictText(),
             QStringLiteral("✗ Not right: it also reaches (2, 2); canvas rows 0–2: it starts at "
                            "row stride 2 × input row 0 = 0 and covers the kernel's 3 rows; "
                            "canvas columns 0–2: it starts at column stride 2 × input column 0 "
                            "= 0 and covers the kernel's 3 columns."));
    QVERIFY(!stage->frame().question); // the step plays
}

void TestPredictWindow::cropByClickingTwoCorners()
{
    openLesson("transposed-padding-strides");
    startPredicting();
    const Trace &trace = *m_window->model()->trace();
    QVERIFY(session()->commit(Pair{5, 5}));
    for (int i = 0; i < 9; ++i) {
        QVERIFY(session()->commit(expectedAnswer(trace, session()->question())));
        session()->next();
    }
    QCOMPARE(session()->question().phase, Phase::Crop);
    QTest::qWait(0);
    QTest::mouseClick(m_window->stage(), Qt::LeftButton, {}, centreOf({1, 1}));
    QTest::mouseClick(m_window->stage(), Qt::LeftButton, {}, centreOf({5, 5}));
    QCOMPARE(session()->kept(), (KeptCells{{1, 5}, {1, 5}}));
    QCOMPARE(panel()->keptBox(1)->value(), 5);
    QTRY_VERIFY(panel()->keptBox(0)->hasFocus());
    QTest::keyClick(panel()->keptBox(0), Qt::Key_Return);
    QCOMPARE(panel()->verdictText(),
             QStringLiteral("✓ Right: the crop keeps canvas rows 1–5 and columns 1–5, leaving "
                            "5×5."));
}

void TestPredictWindow::scoreAndStreakSurviveARestart()
{
    openLesson("article-convolution");
    startPredicting();
    QVERIFY(session()->commit(Pair{2, 2}));
    QVERIFY(session()->commit(55.0));
    session()->next();
    QVERIFY(session()->commit(1.0));
    session()->next();
    QVERIFY(session()->commit(57.0));
    QCOMPARE(panel()->scoreText(), QStringLiteral("This lesson: 3 of 4 right · streak 1 · best 2"));

    // Quit and start again on the same settings (without clearing them).
    m_window->document()->undoStack()->setClean();
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(test::autosavePath(m_dir));
    m_window->model()->setAnimated(false);
    m_window->startUp(); // reopens the last lesson
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->document()->lesson().title,
             findBuiltInLesson(QStringLiteral("article-convolution"))->lesson.title);
    QVERIFY(m_window->playbackBar()->isVisible()); // quitting in predict mode saved it shown
    predict()->setActive(true);
    QCOMPARE(session()->score(), (PredictScore{3, 4}));
    QCOMPARE(panel()->scoreText(), QStringLiteral("This lesson: 3 of 4 right · streak 1 · best 2"));
    // The mistake queue belongs to the run; the score and the streak to the learner.
    QVERIFY(session()->mistakes().empty());
    openLesson("classic-dilation");
    QCOMPARE(session()->score(), (PredictScore{0, 0}));
    QCOMPARE(session()->streak(), 1);
}

void TestPredictWindow::newExerciseIsFreshAndRepeatableFromItsSeed()
{
    QVERIFY(predict()->newExercise(2, 42));
    QVERIFY(session()->isActive());
    QCOMPARE(session()->question().kind, PredictionKind::Shape);
    QCOMPARE(m_window->document()->lesson().title, QStringLiteral("Exercise, level 2"));
    QVERIFY(m_window->document()->lesson().note.contains(QStringLiteral("seed 42")));
    QVERIFY(m_window->document()->filePath().isEmpty());
    const Problem first = m_window->document()->problem();
    const Exercise expected = PredictControls::exerciseFor(2, 42);
    CONVSTEP_COMPARE_GRIDS(first.input, expected.problem.input, 0.0);
    CONVSTEP_COMPARE_GRIDS(first.kernel, expected.problem.kernel, 0.0);
    QCOMPARE(first.op, expected.problem.op);
    QVERIFY(predict()->newExercise(2, 43));
    QVERIFY(predict()->newExercise(2, 42));
    const Problem again = m_window->document()->problem();
    CONVSTEP_COMPARE_GRIDS(again.input, first.input, 0.0);
    CONVSTEP_COMPARE_GRIDS(again.kernel, first.kernel, 0.0);
    QCOMPARE(again.stride, first.stride);
    QCOMPARE(again.padding, first.padding);
    // Level 1: conv2d, stride 1, no padding, at most 5×5, whatever the seed.
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const Problem p = PredictControls::exerciseFor(1, seed).problem;
        QCOMPARE(p.op, Op::Conv2d);
        QCOMPARE(p.stride, (Pair{1, 1}));
        QVERIFY(p.input.rows() <= 5 && p.input.cols() <= 5);
    }
    // Ctrl+Shift+N: a new one at the panel's level.
    panel()->setLevel(1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->lesson().title, QStringLiteral("Exercise, level 1"));
    QCOMPARE(m_window->document()->problem().op, Op::Conv2d);
}

void TestPredictWindow::aMistakeIsReplayedInItsOwnProblem()
{
    openLesson("article-convolution");
    startPredicting();
    QVERIFY(session()->commit(Pair{2, 2}));
    QVERIFY(!predict()->replayAction()->isEnabled());
    QVERIFY(session()->commit(48.0));
    QVERIFY(predict()->replayAction()->isEnabled());
    QCOMPARE(panel()->mistakesText(), QStringLiteral("1 mistake to replay"));

    QVERIFY(predict()->newExercise(1, 7));
    QCOMPARE(session()->question().kind, PredictionKind::Shape);
    predict()->replayAction()->trigger();
    QTRY_COMPARE(session()->question().kind, PredictionKind::Value);
    QCOMPARE(m_window->document()->lesson().title,
             findBuiltInLesson(QStringLiteral("article-convolution"))->lesson.title);
    QCOMPARE(session()->question().cell, (Cell{0, 0}));
    QVERIFY(session()->isReplaying());
    QCOMPARE(panel()->questionText(), QStringLiteral("What value goes into output (0, 0)?"));
    QTRY_VERIFY(panel()->valueEdit()->hasFocus());
    QTest::keyClicks(panel()->valueEdit(), QStringLiteral("55"));
    QTest::keyClick(panel()->valueEdit(), Qt::Key_Return);
    QVERIFY(session()->lastAnswerRight());
    QVERIFY(session()->mistakes().empty());
    QVERIFY(!predict()->replayAction()->isEnabled());
}

void TestPredictWindow::classroomBannerSpaceAndTally()
{
    openLesson("article-convolution");
    startPredicting();
    m_window->setClassroomMode(true);
    QVERIFY(!panel()->isVisible()); // nobody types
    QVERIFY(predict()->banner()->isVisible());
    QVERIFY(predict()->banner()->text().contains(QStringLiteral("Predict, then press Space")));
    QCOMPARE(predict()->banner()->question(), session()->questionText());
    QCOMPARE(predict()->advanceAction()->shortcut(), QKeySequence(Qt::Key_Space));
    QVERIFY(m_window->mainActions().playPause->shortcut().isEmpty());

    QTest::keyClick(m_window->stage(), Qt::Key_Space); // the shape: the target appears
    QCOMPARE(session()->question().kind, PredictionKind::Value);
    QCOMPARE(predict()->banner()->question(),
             QStringLiteral("What value goes into output (0, 0)?"));
    // The narration line under the stage waits for the reveal too.
    QCOMPARE(m_window->narrationLine()->text(),
             QStringLiteral("Predict first: this step is told once it plays."));

    // V: the presenter's tally, with the value and the usual slips to choose from.
    QTest::keyClick(m_window->stage(), Qt::Key_V);
    PredictTally *tally = predict()->tally();
    QVERIFY(tally->isVisible());
    QTRY_VERIFY(tally->hasFocus());
    QCOMPARE(tally->options().size(), 4);
    int right = 0;
    for (const PredictTally::Option &option : tally->options())
        right += option.right && option.answer == QStringLiteral("55") ? 1 : 0;
    QCOMPARE(right, 1);
    QTest::keyClicks(tally, QStringLiteral("12"));
    QTest::keyClick(tally, Qt::Key_Down);
    QTest::keyClick(tally, Qt::Key_3); // not the Matrix view
    QCOMPARE(m_window->model()->view(), View::Direct);
    QCOMPARE(tally->counts().mid(0, 2), (QList<int>{12, 3}));

    QTest::keyClick(tally, Qt::Key_Space); // reveal, with the tally still up
    QCOMPARE(session()->stage(), Stage::Revealed);
    QVERIFY(m_window->narrationLine()->text().contains(QStringLiteral("= 55")));
    QVERIFY(!predict()->banner()->isVisible());
    QVERIFY(tally->isRevealed());
    QVERIFY(tally->summary().contains(QStringLiteral("55: ")));
    QVERIFY(tally->summary().contains(QStringLiteral("(right)")));
    QCOMPARE(m_window->model()->step(), 0);
    QVERIFY(!session()->verdict()); // nobody answered: nothing is scored
    QCOMPARE(session()->score(), (PredictScore{0, 0}));

    QTest::keyClick(tally, Qt::Key_Escape); // closes the tally, not classroom mode
    QVERIFY(!tally->isVisible());
    QVERIFY(m_window->isClassroomMode());
    QTest::keyClick(m_window->stage(), Qt::Key_Space); // on to the next question
    QVERIFY(predict()->banner()->isVisible());
    QCOMPARE(session()->question().cell, (Cell{0, 1}));
    QCOMPARE(tally->counts(), (QList<int>{0, 0, 0, 0})); // a new question, a new count

    m_window->setClassroomMode(false);
    QVERIFY(!predict()->banner()->isVisible());
    QVERIFY(panel()->isVisible());
    QCOMPARE(m_window->mainActions().playPause->shortcut(), QKeySequence(Qt::Key_Space));
    QVERIFY(!predict()->tallyAction()->isEnabled());
}

void TestPredictWindow::noKeyDoesTwoThings()
{
    const auto check = [this] {
        std::map<QString, QString> owner;
        for (const QAction *a : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts()) {
                const auto [at, fresh] = owner.emplace(key.toString(), a->objectName());
                QVERIFY2(fresh || at->second == a->objectName(),
                         qPrintable(key.toString() + ": " + at->second + ", " + a->objectName()));
            }
        }
    };
    check();
    QCOMPARE(predict()->newExerciseAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    startPredicting();
    check();
    m_window->setClassroomMode(true);
    check();
    m_window->setClassroomMode(false);
    const QList<const QAction *> listed = m_window->listedShortcuts();
    for (const QAction *a : {predict()->toggleAction(), predict()->newExerciseAction(),
                             predict()->replayAction(), predict()->tallyAction()})
        QVERIFY2(listed.contains(a), qPrintable(a->objectName()));
}

void TestPredictWindow::fileMenuOpensTheWorksheetDialog()
{
    const auto *file = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file->actions().contains(predict()->worksheetAction()));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("practiceMenu"))
                ->actions()
                .contains(predict()->worksheetAction()));
    predict()->worksheetAction()->trigger();
    WorksheetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<WorksheetDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    QPointer<WorksheetDialog> watched(dialog);
    dialog->reject();
    QTRY_VERIFY(!watched); // deleted on close
}

void TestPredictWindow::compareAndPredictExcludeEachOther()
{
    CompareControls *compare = m_window->compareControls();
    compare->setOn(true);
    startPredicting(); // the compared stage would show the step being asked about
    QVERIFY(!compare->isOn());
    compare->action()->trigger();
    QVERIFY(compare->isOn());
    QVERIFY(!session()->isActive());
    QVERIFY(m_window->playbackBar()->isVisible());
}

QTEST_MAIN(TestPredictWindow)
#include "tst_predict_window.moc"
