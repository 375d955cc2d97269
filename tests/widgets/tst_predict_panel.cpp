#include "tests/support/predict_problems.h"
#include "tests/support/test_support.h"
#include "ui/session/playback_model.h"
#include "ui/session/predict_session.h"
#include "ui/widgets/predict_panel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace convstep;
using Stage = PredictSession::Stage;

// The predict panel driven from the keyboard: typing, Tab, Enter to commit and to go on, the
// arrows and Space on the cell picker; the verdict, score and mistakes it shows.
class TestPredictPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shapeAndValueByKeyboard();
    void aWrongValueIsExplained();
    void incompleteAnswersAreNotCounted();
    void scatterCellsByArrowsAndSpace();
    void zeroInsertionSizeThenPadding();
    void cropRowsAndColumnsFromTheBoxes();
    void scoreAndMistakesAreShown();
    void levelIsRemembered();

private:
    void load(const Problem &problem, View view = View::Direct);
    void typeInto(QWidget *widget, const QString &text);
    void enter(QWidget *widget);

    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<PredictSession> m_session;
    std::unique_ptr<PredictPanel> m_panel;
};

void TestPredictPanel::initTestCase()
{
    test::prepareSettings(QStringLiteral("tst_predict_panel"));
}

void TestPredictPanel::init()
{
    QSettings().clear();
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    m_session = std::make_unique<PredictSession>(m_model.get());
    m_session->setLesson(QStringLiteral("title:Panel"), QStringLiteral("Panel"));
    m_panel = std::make_unique<PredictPanel>(m_session.get());
    m_panel->resize(900, m_panel->sizeHint().height());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
}

void TestPredictPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_model.reset();
}

void TestPredictPanel::load(const Problem &problem, View view)
{
    QVERIFY(m_model->setProblem(problem));
    QVERIFY(m_model->setView(view));
    m_session->setActive(true);
}

void TestPredictPanel::typeInto(QWidget *widget, const QString &text)
{
    QTRY_VERIFY(widget->hasFocus());
    QTest::keyClicks(widget, text);
}

void TestPredictPanel::enter(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Return);
}

void TestPredictPanel::shapeAndValueByKeyboard()
{
    load(test::smallConvolution());
    QCOMPARE(m_panel->questionText(),
             QStringLiteral("Before the first step: what shape will the output have? Rows × "
                            "columns."));
    // The rows box has the keyboard; Tab goes on to the columns.
    typeInto(m_panel->pairBox(0), QStringLiteral("2"));
    QTest::keyClick(m_panel->pairBox(0), Qt::Key_Tab);
    typeInto(m_panel->pairBox(1), QStringLiteral("2"));
    enter(m_panel->pairBox(1));
    QCOMPARE(m_panel->verdictText(), QStringLiteral("✓ Right: the output is 2×2."));
    QCOMPARE(m_panel->questionText(), QStringLiteral("What value goes into output (0, 0)?"));

    typeInto(m_panel->valueEdit(), QStringLiteral("37"));
    enter(m_panel->valueEdit());
    QCOMPARE(m_session->stage(), Stage::Revealed);
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("✓ Right: output (0, 0) = 1·1 + 2·2 + 4·3 + 5·4 = 37."));
    QCOMPARE(m_panel->commitButton()->text(), QStringLiteral("Next"));
    QVERIFY(!m_panel->valueEdit()->isEnabled()); // the answer stays readable, not editable
    QTRY_VERIFY(m_panel->commitButton()->hasFocus());
    enter(m_panel->commitButton());
    QCOMPARE(m_panel->questionText(), QStringLiteral("What value goes into output (0, 1)?"));
    QVERIFY(m_panel->verdictText().isEmpty());
    QVERIFY(m_panel->valueEdit()->text().isEmpty());
    // Within 1e-9 of the value counts as right.
    typeInto(m_panel->valueEdit(), QStringLiteral("47.0000000001"));
    enter(m_panel->valueEdit());
    QVERIFY(m_session->lastAnswerRight());
}

void TestPredictPanel::aWrongValueIsExplained()
{
    load(test::smallConvolution());
    QVERIFY(m_session->commit(Pair{2, 2}));
    typeInto(m_panel->valueEdit(), QStringLiteral("17"));
    m_panel->commitButton()->click();
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("✗ Not right: you added 3 products; the kernel has 4 (the missing "
                            "one is input (1, 1) × kernel (1, 1) = 5·4 = 20). Output (0, 0) = "
                            "1·1 + 2·2 + 4·3 + 5·4 = 37."));
    enter(m_panel->commitButton());
    QVERIFY(m_session->commit(47.0));
    m_session->next();
    QTRY_VERIFY(m_panel->valueEdit()->hasFocus());
    m_panel->valueEdit()->insert(QStringLiteral("−1")); // the minus sign of typography
    enter(m_panel->valueEdit());
    QVERIFY(m_panel->verdictText().startsWith(QStringLiteral("✗ Not right: -1 is not the value.")));
}

void TestPredictPanel::incompleteAnswersAreNotCounted()
{
    load(test::smallConvolution());
    enter(m_panel->pairBox(0)); // both still "?"
    QCOMPARE(m_session->stage(), Stage::Asking);
    QCOMPARE(m_session->question().kind, PredictionKind::Shape);
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("Fill in the rows and the columns, then press Enter."));
    QCOMPARE(m_session->score(), (PredictScore{0, 0}));
    QVERIFY(m_session->commit(Pair{2, 2}));
    typeInto(m_panel->valueEdit(), QStringLiteral("seven"));
    enter(m_panel->valueEdit());
    QCOMPARE(m_session->stage(), Stage::Asking);
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("Type a number, such as 7 or −1.5, then press Enter."));
    QCOMPARE(m_session->score(), (PredictScore{1, 1}));
}

void TestPredictPanel::scatterCellsByArrowsAndSpace()
{
    load(test::stridedTransposed());
    QVERIFY(m_session->commit(Pair{6, 6}));
    QWidget *picker = m_panel->cellPicker();
    QTRY_VERIFY(picker->hasFocus());
    QCOMPARE(m_panel->cellPicker()->text(),
             QStringLiteral("Cursor (0, 0): arrows move, Space picks"));
    enter(picker); // nothing picked yet: a hint
    QCOMPARE(m_session->stage(), Stage::Asking);
    // Input (0, 0) reaches canvas rows 0–2 and columns 0–2.
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            QTest::keyClick(picker, Qt::Key_Space);
            if (c < 2)
                QTest::keyClick(picker, Qt::Key_Right);
        }
        QTest::keyClick(picker, Qt::Key_Left);
        QTest::keyClick(picker, Qt::Key_Left);
        if (r < 2)
            QTest::keyClick(picker, Qt::Key_Down);
    }
    QCOMPARE(m_session->picked().size(), size_t(9));
    QCOMPARE(m_session->cursor(), std::optional<Cell>(Cell{2, 0}));
    QCOMPARE(m_panel->cellPicker()->text(),
             QStringLiteral("Cursor (2, 0): arrows move, Space picks"));
    enter(picker);
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("✓ Right: input (0, 0) reaches canvas rows 0–2 and columns 0–2, 9 "
                            "cells."));
}

void TestPredictPanel::zeroInsertionSizeThenPadding()
{
    load(test::stridedTransposed(), View::ZeroInsertion);
    QVERIFY(m_session->commit(Pair{6, 6}));
    QCOMPARE(m_session->question().kind, PredictionKind::InsertedSize);
    typeInto(m_panel->pairBox(0), QStringLiteral("6"));
    QTest::keyClick(m_panel->pairBox(0), Qt::Key_Tab);
    typeInto(m_panel->pairBox(1), QStringLiteral("5"));
    enter(m_panel->pairBox(1));
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("✗ Not right: the zero-inserted input has 5 rows, not 6: (i − 1)·s "
                            "+ 1 = (3 − 1)·2 + 1 = 5."));
    enter(m_panel->commitButton());
    QCOMPARE(m_session->question().kind, PredictionKind::Padding);
    QCOMPARE(m_panel->questionText(),
             QStringLiteral("The zero-inserted input is padded next. How many rows or columns "
                            "of zeros go on each side (p′)?"));
    const char *sides[] = {"1", "2", "1", "2"};
    for (int i = 0; i < 4; ++i) {
        typeInto(m_panel->sideBox(i), QLatin1String(sides[i]));
        if (i < 3)
            QTest::keyClick(m_panel->sideBox(i), Qt::Key_Tab);
    }
    enter(m_panel->sideBox(3));
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("✓ Right: insert 1 zero between rows and 1 between columns; pad top "
                            "1, bottom 2, left 1, right 2."));
}

void TestPredictPanel::cropRowsAndColumnsFromTheBoxes()
{
    load(test::stridedTransposed());
    const Trace &trace = *m_model->trace();
    QVERIFY(m_session->commit(Pair{6, 6}));
    for (int i = 0; i < 9; ++i) {
        QVERIFY(m_session->commit(expectedAnswer(trace, m_session->question())));
        m_session->next();
    }
    QCOMPARE(m_session->question().phase, Phase::Crop);
    QCOMPARE(m_panel->keptBox(1)->value(), 6);
    QCOMPARE(m_panel->keptBox(1)->maximum(), 6);
    const int kept[] = {1, 5, 1, 5};
    for (int i = 0; i < 4; ++i) {
        QSpinBox *box = m_panel->keptBox(i);
        QTRY_VERIFY(box->hasFocus());
        box->selectAll();
        QTest::keyClicks(box, QString::number(kept[i]));
        if (i < 3)
            QTest::keyClick(box, Qt::Key_Tab);
    }
    QCOMPARE(m_session->kept(), (KeptCells{{1, 5}, {1, 5}}));
    // A click on the stage sets the boxes as well.
    QVERIFY(m_session->clickTarget({0, 0}));
    QCOMPARE(m_panel->keptBox(0)->value(), 0);
    QCOMPARE(m_panel->keptBox(3)->value(), 0);
    m_session->setKept({{1, 5}, {1, 5}});
    enter(m_panel->keptBox(3));
    QCOMPARE(m_panel->verdictText(),
             QStringLiteral("✓ Right: the crop keeps canvas rows 1–5 and columns 1–5, leaving "
                            "5×5."));
}

void TestPredictPanel::scoreAndMistakesAreShown()
{
    QAction replay(QStringLiteral("Replay a Mistake"));
    QAction fresh(QStringLiteral("New Exercise"));
    m_panel->setActions(&fresh, &replay);
    load(test::smallConvolution());
    QCOMPARE(m_panel->scoreText(), QStringLiteral("This lesson: 0 of 0 right · streak 0 · best 0"));
    QCOMPARE(m_panel->mistakesText(), QStringLiteral("No mistakes to replay"));
    QVERIFY(m_session->commit(Pair{2, 2}));
    QVERIFY(m_session->commit(1.0));
    QCOMPARE(m_panel->scoreText(), QStringLiteral("This lesson: 1 of 2 right · streak 0 · best 1"));
    QCOMPARE(m_panel->mistakesText(), QStringLiteral("1 mistake to replay"));
    m_session->next();
    QVERIFY(m_session->commit(2.0));
    QCOMPARE(m_panel->mistakesText(), QStringLiteral("2 mistakes to replay"));
    QVERIFY(m_session->replayMistake());
    QCOMPARE(m_panel->mistakesText(), QStringLiteral("1 mistake to replay"));
    QCOMPARE(m_panel->questionText(), QStringLiteral("What value goes into output (0, 0)?"));
}

void TestPredictPanel::levelIsRemembered()
{
    QCOMPARE(m_panel->level(), 1);
    m_panel->setLevel(3);
    QCOMPARE(m_session->store().level(), 3);
    PredictPanel again(m_session.get());
    QCOMPARE(again.level(), 3);
}

QTEST_MAIN(TestPredictPanel)
#include "tst_predict_panel.moc"
