#include "tests/support/test_support.h"
#include "ui/widgets/predict_banner.h"
#include "ui/widgets/predict_tally.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace convstep;

// Classroom predict mode's overlays: the presenter fills the tally of hands from the keyboard
// (and its keys win over the window's), the banner asks the room to predict.
class TestPredictTally final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void digitsFillTheMarkedAnswer();
    void itsKeysWinOverTheWindowsShortcuts();
    void withoutOfferedAnswersItCountsLetters();
    void bannerAsksTheRoom();

private:
    std::unique_ptr<QWidget> m_stage;
    PredictTally *m_tally = nullptr;
};

void TestPredictTally::init()
{
    m_stage = std::make_unique<QWidget>();
    m_stage->resize(1000, 600);
    m_tally = new PredictTally(m_stage.get());
    m_tally->setOptions({{QStringLiteral("23"), false},
                         {QStringLiteral("37"), true},
                         {QStringLiteral("17"), false},
                         {QStringLiteral("36"), false}});
    m_stage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
    m_stage->activateWindow();
    m_tally->open();
    QTRY_VERIFY(m_tally->hasFocus());
}

void TestPredictTally::cleanup()
{
    m_stage.reset();
}

void TestPredictTally::digitsFillTheMarkedAnswer()
{
    QTest::keyClicks(m_tally, QStringLiteral("12"));
    QTest::keyClick(m_tally, Qt::Key_Down);
    QTest::keyClicks(m_tally, QStringLiteral("7"));
    QTest::keyClick(m_tally, Qt::Key_Return);
    QTest::keyClicks(m_tally, QStringLiteral("39"));
    QTest::keyClick(m_tally, Qt::Key_Backspace); // 3
    QTest::keyClick(m_tally, Qt::Key_Tab);
    QTest::keyClicks(m_tally, QStringLiteral("99999")); // at most 999
    QCOMPARE(m_tally->counts(), (QList<int>{12, 7, 3, 999}));
    QTest::keyClick(m_tally, Qt::Key_Down); // round to the first
    QCOMPARE(m_tally->current(), 0);
    QTest::keyClick(m_tally, Qt::Key_Up);
    QCOMPARE(m_tally->current(), 3);
    QCOMPARE(m_tally->summary(), QStringLiteral("A 23: 12 · B 37: 7 · C 17: 3 · D 36: 999"));
    m_tally->setRevealed(true);
    QCOMPARE(m_tally->summary(),
             QStringLiteral("A 23: 12 · B 37: 7 (right) · C 17: 3 · D 36: 999"));
    // New options start a new count.
    m_tally->setOptions({{QStringLiteral("1"), true}});
    QCOMPARE(m_tally->counts(), QList<int>{0});
    QVERIFY(!m_tally->isRevealed());
}

void TestPredictTally::itsKeysWinOverTheWindowsShortcuts()
{
    QAction view(QStringLiteral("View 1"));
    view.setShortcut(QKeySequence(Qt::Key_1));
    view.setShortcutContext(Qt::WindowShortcut);
    QAction leave(QStringLiteral("Leave"));
    leave.setShortcut(QKeySequence(Qt::Key_Escape));
    m_stage->addActions({&view, &leave});
    QSignalSpy viewed(&view, &QAction::triggered);
    QSignalSpy left(&leave, &QAction::triggered);
    QSignalSpy closed(m_tally, &PredictTally::closed);
    // To the focus widget, as a person's keys go (the shortcut override first, as Qt does).
    QCOMPARE(QApplication::focusWidget(), m_tally);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QCOMPARE(viewed.count(), 0);
    QCOMPARE(m_tally->counts().front(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(left.count(), 0);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!m_tally->isVisible());
}

void TestPredictTally::withoutOfferedAnswersItCountsLetters()
{
    m_tally->setOptions({});
    QCOMPARE(m_tally->options().size(), PredictTally::maxOptions);
    QTest::keyClicks(m_tally, QStringLiteral("4"));
    QCOMPARE(m_tally->summary(), QStringLiteral("A 4 · B 0 · C 0 · D 0"));
}

void TestPredictTally::bannerAsksTheRoom()
{
    PredictBanner banner(m_stage.get());
    QVERIFY(!banner.isVisible());
    banner.showQuestion(QStringLiteral("What value goes into output (0, 1)?"));
    QVERIFY(banner.isVisible());
    QVERIFY(banner.text().contains(QStringLiteral("Predict, then press Space")));
    QVERIFY(banner.text().contains(QStringLiteral("What value goes into output (0, 1)?")));
    QVERIFY(banner.geometry().top() >= 0);
    QVERIFY(m_stage->rect().contains(banner.geometry()));
    QVERIFY(banner.font().pixelSize() >= 14);
}

QTEST_MAIN(TestPredictTally)
#include "tst_predict_tally.moc"
