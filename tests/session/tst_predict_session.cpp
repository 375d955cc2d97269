#include "io/text.h"
#include "tests/support/predict_problems.h"
#include "tests/support/test_support.h"
#include "ui/session/playback_model.h"
#include "ui/session/predict_session.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace convstep;
using Stage = PredictSession::Stage;

// Predict mode's state over a playback model: the order of the questions, what the model
// shows meanwhile, marking, the score and streak, the mistake queue and its replay.
class TestPredictSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void asksTheShapeFirstWithTheTargetHidden();
    void aValueQuestionShowsTheStepBeforeAndPlaysOnCommit();
    void stepsThatAskNothingPlayOneAtATime();
    void theLastStepFinishesAndEnterStartsAgain();
    void scatterQuestionsTakePickedCells();
    void cropQuestionsTakeTheKeptBlock();
    void wrongAnswersQueueAndReplay();
    void aMistakeOfAnotherProblemAsksForItFirst();
    void scoreAndStreakOutliveTheSession();
    void aNewTraceStartsAgainAndAChosenStepCountsAsRevealed();
    void revealingWithoutAnAnswerIsNotScored();
    void leavingShowsTheModelAgain();

private:
    void load(const Problem &problem, View view = View::Direct);

    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<PredictSession> m_session;
};

void TestPredictSession::initTestCase()
{
    test::prepareSettings(QStringLiteral("tst_predict_session"));
}

void TestPredictSession::init()
{
    QSettings().clear();
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    m_session = std::make_unique<PredictSession>(m_model.get());
    m_session->setLesson(QStringLiteral("title:Test"), QStringLiteral("Test"));
}

void TestPredictSession::cleanup()
{
    m_session.reset();
    m_model.reset();
}

void TestPredictSession::load(const Problem &problem, View view)
{
    QVERIFY(m_model->setProblem(problem));
    QVERIFY(m_model->setView(view));
}

void TestPredictSession::asksTheShapeFirstWithTheTargetHidden()
{
    load(test::smallConvolution());
    QSignalSpy active(m_session.get(), &PredictSession::activeChanged);
    m_session->setActive(true);
    QCOMPARE(active.count(), 1);
    QCOMPARE(m_session->stage(), Stage::Asking);
    QCOMPARE(m_session->question().kind, PredictionKind::Shape);
    QVERIFY(m_session->hidesModelStep());
    QCOMPARE(m_session->questionText(),
             QStringLiteral("Before the first step: what shape will the output have? Rows × "
                            "columns."));
    const StageFrame frame = m_session->frame();
    QVERIFY(!frame.showTarget);
    QVERIFY(frame.question);

    QSignalSpy answered(m_session.get(), &PredictSession::answered);
    QVERIFY(m_session->commit(Pair{3, 3}));
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.front().front().toBool(), false);
    QVERIFY(!m_session->lastAnswerRight());
    QCOMPARE(qt(m_session->verdict()->explanation),
             QStringLiteral("Not right: the output has 2 rows, not 3: o = ⌊(i + 2p − d(k−1) − "
                            "1)/s⌋ + 1 = ⌊(3 + 2·0 − 1·1 − 1)/1⌋ + 1 = 2; the output has 2 "
                            "columns, not 3: o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(3 + 2·0 − 1·1 "
                            "− 1)/1⌋ + 1 = 2."));
    // The target appears with the first step's question.
    QCOMPARE(m_session->stage(), Stage::Asking);
    QCOMPARE(m_session->question().kind, PredictionKind::Value);
    QCOMPARE(m_session->question().step, 0);
    QVERIFY(m_session->frame().showTarget);
    QVERIFY(m_session->verdict()); // still readable under the new question
}

void TestPredictSession::aValueQuestionShowsTheStepBeforeAndPlaysOnCommit()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QVERIFY(m_session->commit(Pair{2, 2}));
    QVERIFY(m_session->lastAnswerRight());
    QCOMPARE(m_session->questionText(), QStringLiteral("What value goes into output (0, 0)?"));
    QCOMPARE(m_model->step(), 0);
    QVERIFY(m_session->hidesModelStep()); // step 0 is on the model but not revealed

    const StageFrame asking = m_session->frame();
    QVERIFY(asking.question);
    QCOMPARE(asking.step.index, 0);
    QCOMPARE(asking.progress, 0.0);
    QVERIFY(!asking.after->written(0, 0)); // the value is what is asked

    QVERIFY(m_session->commit(37.0 + 1e-12)); // within 1e-9: right
    QVERIFY(m_session->lastAnswerRight());
    QCOMPARE(m_session->stage(), Stage::Revealed);
    QVERIFY(!m_session->hidesModelStep());
    QVERIFY(!m_session->frame().question);
    QVERIFY(!m_session->commit(1.0)); // nothing is asked until next()

    m_session->next();
    QCOMPARE(m_session->question().cell, (Cell{0, 1}));
    QCOMPARE(m_model->step(), 0); // the step before the one asked about
    QVERIFY(!m_session->hidesModelStep());
    QVERIFY(!m_session->verdict());
    QVERIFY(m_session->commit(40.0)); // 2 + 6 + 15 + 24 = 47
    QVERIFY(!m_session->lastAnswerRight());
    QCOMPARE(m_model->step(), 1);
    QCOMPARE(qt(m_session->verdict()->explanation),
             QStringLiteral("Not right: 40 is not the value. Output (0, 1) = 2·1 + 3·2 + 5·3 + "
                            "6·4 = 47."));
}

void TestPredictSession::stepsThatAskNothingPlayOneAtATime()
{
    load(test::paddedConvolution());
    m_session->setActive(true);
    QVERIFY(m_session->commit(Pair{4, 4}));
    // Step 0 pads the input: nothing to predict, it plays at once.
    QCOMPARE(m_session->stage(), Stage::Revealed);
    QCOMPARE(m_session->question().kind, PredictionKind::None);
    QCOMPARE(m_session->questionText(), QStringLiteral("Nothing to predict in this step."));
    QCOMPARE(m_model->step(), 0);
    m_session->next();
    QCOMPARE(m_session->question().kind, PredictionKind::Value);
    QCOMPARE(m_session->question().step, 1);
    QCOMPARE(m_model->step(), 0);
}

void TestPredictSession::theLastStepFinishesAndEnterStartsAgain()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QVERIFY(m_session->commit(Pair{2, 2}));
    const Grid out = m_model->trace()->output;
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_session->commit(out(i / 2, i % 2)));
        m_session->next();
    }
    QCOMPARE(m_session->stage(), Stage::Finished);
    QCOMPARE(m_session->score(), (PredictScore{5, 5}));
    QCOMPARE(m_session->streak(), 5);
    m_session->next();
    QCOMPARE(m_session->question().kind, PredictionKind::Shape);
}

void TestPredictSession::scatterQuestionsTakePickedCells()
{
    load(test::stridedTransposed());
    m_session->setActive(true);
    QVERIFY(m_session->commit(Pair{6, 6}));
    QCOMPARE(m_session->question().kind, PredictionKind::CanvasReach);
    QCOMPARE(m_session->targetSize(), (Pair{7, 7}));
    QCOMPARE(m_session->cursor(), std::optional<Cell>(Cell{0, 0}));
    // Input (0, 0) reaches canvas rows and columns 0–2, every other cell (the X kernel's
    // zeros still land there).
    m_session->toggleAtCursor();
    m_session->moveCursor(0, 1);
    m_session->toggleAtCursor();
    m_session->toggleAtCursor(); // twice: unpicked
    QVERIFY(m_session->clickTarget({2, 2}));
    QCOMPARE(m_session->cursor(), std::optional<Cell>(Cell{2, 2}));
    m_session->moveCursor(-10, 10); // stays on the grid
    QCOMPARE(m_session->cursor(), std::optional<Cell>(Cell{0, 6}));
    QCOMPARE(m_session->picked(), (std::vector<Cell>{{0, 0}, {2, 2}}));
    QCOMPARE(m_session->frame().question->picked, m_session->picked());
    QVERIFY(m_session->commit(*m_session->stageAnswer()));
    QVERIFY(!m_session->lastAnswerRight());
    QVERIFY(qt(m_session->verdict()->explanation)
                .startsWith(QStringLiteral("Not right: it also reaches (0, 1), (0, 2)")));

    m_session->next();
    QCOMPARE(m_session->question().cell, (Cell{0, 1}));
    QVERIFY(m_session->picked().empty());
    for (int r = 0; r <= 2; ++r)
        for (int c = 2; c <= 4; ++c)
            m_session->togglePick({r, c});
    QVERIFY(m_session->commit(*m_session->stageAnswer()));
    QVERIFY(m_session->lastAnswerRight());
}

void TestPredictSession::cropQuestionsTakeTheKeptBlock()
{
    load(test::stridedTransposed());
    m_session->setActive(true);
    const Trace &trace = *m_model->trace();
    QVERIFY(m_session->commit(Pair{6, 6}));
    for (int i = 0; i < 9; ++i) {
        QVERIFY(m_session->commit(expectedAnswer(trace, m_session->question())));
        m_session->next();
    }
    QCOMPARE(m_session->question().kind, PredictionKind::Kept);
    QCOMPARE(m_session->question().phase, Phase::Crop);
    QCOMPARE(m_session->kept(), (KeptCells{{0, 6}, {0, 6}})); // the whole canvas to start
    QCOMPARE(m_session->frame().question->picked.size(), size_t(49));
    // Two clicks: opposite corners.
    QVERIFY(m_session->clickTarget({5, 1}));
    QCOMPARE(m_session->kept(), (KeptCells{{5, 5}, {1, 1}}));
    QVERIFY(m_session->clickTarget({0, 4}));
    QCOMPARE(m_session->kept(), (KeptCells{{0, 5}, {1, 4}}));
    QCOMPARE(m_session->frame().question->picked.size(), size_t(24));
    m_session->setKept({{1, 5}, {1, 5}});
    QVERIFY(m_session->commit(*m_session->stageAnswer()));
    QVERIFY(m_session->lastAnswerRight());
    m_session->next();
    QCOMPARE(m_session->question().phase, Phase::OutputPadding);
    QCOMPARE(m_session->kept(), (KeptCells{{1, 5}, {1, 5}})); // what the crop kept
    QVERIFY(m_session->commit(*m_session->stageAnswer()));
    QCOMPARE(qt(m_session->verdict()->explanation),
             QStringLiteral("Not right: the output is canvas rows 1–6, not 1–5: the crop kept "
                            "rows 1–5 and output_padding 1 adds 1 row at the bottom; the output "
                            "is canvas columns 1–6, not 1–5: the crop kept columns 1–5 and "
                            "output_padding 1 adds 1 column at the right."));
}

void TestPredictSession::wrongAnswersQueueAndReplay()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QSignalSpy queued(m_session.get(), &PredictSession::mistakesChanged);
    QVERIFY(m_session->commit(Pair{2, 2}));
    QVERIFY(m_session->commit(36.0)); // a product of 1 missed? no: 37 − 1 = 36
    QCOMPARE(queued.count(), 1);
    QCOMPARE(m_session->mistakes().size(), size_t(1));
    const PredictMistake &mistake = m_session->mistakes().front();
    QCOMPARE(mistake.question.step, 0);
    QCOMPARE(mistake.questionText, QStringLiteral("What value goes into output (0, 0)?"));
    QVERIFY(mistake.explanation.startsWith(QStringLiteral("Not right: you added 3 products")));
    m_session->next();
    QVERIFY(m_session->commit(47.0));

    QVERIFY(m_session->replayMistake());
    QVERIFY(m_session->isReplaying());
    QVERIFY(m_session->mistakes().empty());
    QCOMPARE(m_session->question().step, 0);
    QCOMPARE(m_session->question().cell, (Cell{0, 0}));
    QCOMPARE(m_session->stage(), Stage::Asking);
    QVERIFY(m_session->commit(99.0)); // wrong again: back in the queue
    QCOMPARE(m_session->mistakes().size(), size_t(1));
    QVERIFY(m_session->replayMistake());
    QVERIFY(m_session->commit(37.0));
    QVERIFY(m_session->mistakes().empty());
    QVERIFY(!m_session->replayMistake());
    // Replaying goes on from there.
    m_session->next();
    QCOMPARE(m_session->question().cell, (Cell{0, 1}));
}

void TestPredictSession::aMistakeOfAnotherProblemAsksForItFirst()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QVERIFY(m_session->commit(Pair{2, 2}));
    m_session->next(); // nothing: still asking
    QVERIFY(m_session->commit(0.0));
    m_session->next();
    QVERIFY(m_session->commit(0.0)); // output (0, 1), step 1
    QCOMPARE(m_session->mistakes().size(), size_t(2));

    load(test::stridedTransposed());
    QCOMPARE(m_session->question().kind, PredictionKind::Shape);
    QSignalSpy wanted(m_session.get(), &PredictSession::problemWanted);
    QVERIFY(!m_session->replayMistake());
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.front().at(1).value<View>(), View::Direct);
    QCOMPARE(wanted.front().at(2).toString(), QStringLiteral("Test"));
    load(wanted.front().at(0).value<Problem>());
    QTRY_COMPARE(m_session->question().kind, PredictionKind::Value);
    QCOMPARE(m_session->question().cell, (Cell{0, 0}));
    QVERIFY(m_session->isReplaying());
    QCOMPARE(m_session->mistakes().size(), size_t(1));
}

void TestPredictSession::scoreAndStreakOutliveTheSession()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QSignalSpy scored(m_session.get(), &PredictSession::scoreChanged);
    QVERIFY(m_session->commit(Pair{2, 2}));
    QVERIFY(m_session->commit(37.0));
    QCOMPARE(scored.count(), 2);
    QCOMPARE(m_session->score(), (PredictScore{2, 2}));
    QCOMPARE(m_session->streak(), 2);

    // Another session (after a restart) reads the same settings.
    PredictSession again(m_model.get());
    again.setLesson(QStringLiteral("title:Test"), QStringLiteral("Test"));
    QCOMPARE(again.score(), (PredictScore{2, 2}));
    QCOMPARE(again.streak(), 2);
    QCOMPARE(again.bestStreak(), 2);
    again.setLesson(QStringLiteral("/some/where/else.json"), QStringLiteral("Other"));
    QCOMPARE(again.score(), (PredictScore{0, 0}));
    QCOMPARE(again.streak(), 2); // the streak is the learner's, across lessons

    m_session->next();
    QVERIFY(m_session->commit(1.0));
    QCOMPARE(m_session->streak(), 0);
    QCOMPARE(m_session->bestStreak(), 2);
    QCOMPARE(PredictStore().score(QStringLiteral("title:Test")), (PredictScore{2, 3}));
    // Written at once: a fresh QSettings on the file sees it.
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("predict/streak")).toInt(), 0);
}

void TestPredictSession::aNewTraceStartsAgainAndAChosenStepCountsAsRevealed()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QVERIFY(m_session->commit(Pair{2, 2}));
    QVERIFY(m_session->commit(37.0));
    m_session->next();
    QCOMPARE(m_session->question().step, 1);

    m_model->setStep(3); // the timeline, say
    QCOMPARE(m_session->stage(), Stage::Revealed);
    QCOMPARE(m_session->question().step, 3);
    m_session->next();
    QCOMPARE(m_session->stage(), Stage::Finished);

    Problem changed = test::smallConvolution();
    changed.input(0, 0) = 5;
    QVERIFY(m_model->setProblem(changed));
    QCOMPARE(m_session->stage(), Stage::Asking);
    QCOMPARE(m_session->question().kind, PredictionKind::Shape);
    QVERIFY(m_model->setView(View::Matrix));
    QCOMPARE(m_session->question().kind, PredictionKind::Shape);
    QVERIFY(m_session->commit(Pair{2, 2}));
    QCOMPARE(m_session->question().phase, Phase::Row);
}

void TestPredictSession::revealingWithoutAnAnswerIsNotScored()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    m_session->reveal(); // the shape
    QCOMPARE(m_session->question().kind, PredictionKind::Value);
    m_session->reveal();
    QCOMPARE(m_session->stage(), Stage::Revealed);
    QCOMPARE(m_model->step(), 0);
    QVERIFY(!m_session->verdict());
    QCOMPARE(m_session->score(), (PredictScore{0, 0}));
    m_session->next();
    m_session->reveal();
    QCOMPARE(m_model->step(), 1);
}

void TestPredictSession::leavingShowsTheModelAgain()
{
    load(test::smallConvolution());
    m_session->setActive(true);
    QVERIFY(m_session->frame().question);
    QSignalSpy frames(m_session.get(), &PredictSession::frameChanged);
    m_session->setActive(false);
    QCOMPARE(m_session->stage(), Stage::Off);
    QVERIFY(frames.count() >= 1);
    QVERIFY(!m_session->frame().question);
    QVERIFY(m_session->frame().showTarget);
    QVERIFY(!m_session->commit(Pair{2, 2}));
}

QTEST_MAIN(TestPredictSession)
#include "tst_predict_session.moc"
