// Which steps --every, --phases and --final pick out of a range.
#include "tests/export/export_fixture.h"
#include "ui/export/step_selection.h"

#include <QTest>

Q_DECLARE_METATYPE(convstep::StepPick)

using namespace convstep;
using namespace convstep::test;

class TestStepSelection final : public QObject
{
    Q_OBJECT

private slots:
    void picks_data();
    void picks();
    void description_data();
    void description();
};

void TestStepSelection::picks_data()
{
    // The padded 8×8 convolution: step 0 pads, steps 1 to 64 slide. Steps are 0-based here.
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<StepPick>("pick");
    QTest::addColumn<int>("every");
    QTest::addColumn<QList<int>>("steps");
    QTest::newRow("all of a range") << 3 << 7 << StepPick::All << 1 << QList<int>{3, 4, 5, 6, 7};
    QTest::newRow("every 4th, the last on the grid")
        << 0 << 64 << StepPick::Every << 4
        << QList<int>{0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64};
    QTest::newRow("every 10th, and the last")
        << 0 << 64 << StepPick::Every << 10 << QList<int>{0, 10, 20, 30, 40, 50, 60, 64};
    QTest::newRow("every 4th of a range")
        << 4 << 19 << StepPick::Every << 4 << QList<int>{4, 8, 12, 16, 19};
    QTest::newRow("every 1st is every step")
        << 0 << 3 << StepPick::Every << 1 << QList<int>{0, 1, 2, 3};
    QTest::newRow("every 100th: the ends")
        << 0 << 64 << StepPick::Every << 100 << QList<int>{0, 64};
    QTest::newRow("every 3rd of one step") << 9 << 9 << StepPick::Every << 3 << QList<int>{9};
    QTest::newRow("phases") << 0 << 64 << StepPick::Phases << 1 << QList<int>{0, 1, 64};
    QTest::newRow("phases of a range") << 5 << 9 << StepPick::Phases << 1 << QList<int>{5, 9};
    QTest::newRow("final") << 0 << 64 << StepPick::Final << 1 << QList<int>{64};
    QTest::newRow("final of a range") << 0 << 30 << StepPick::Final << 1 << QList<int>{30};
}

void TestStepSelection::picks()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(StepPick, pick);
    QFETCH(int, every);
    QFETCH(QList<int>, steps);
    const Trace trace = makeTrace(paddedConvolution().problem, View::Direct);
    QCOMPARE(trace.stepCount, 65);
    const StepSelection selection(trace, {first, last}, pick, every);
    QList<int> picked;
    for (int i = 0; i < selection.count(); ++i)
        picked << selection.at(i);
    QCOMPARE(picked, steps);
}

void TestStepSelection::description_data()
{
    QTest::addColumn<StepPick>("pick");
    QTest::addColumn<int>("every");
    QTest::addColumn<QString>("text");
    QTest::newRow("all") << StepPick::All << 1 << "every step";
    QTest::newRow("2nd") << StepPick::Every << 2 << "every 2nd step, and the last";
    QTest::newRow("11th") << StepPick::Every << 11 << "every 11th step, and the last";
    QTest::newRow("21st") << StepPick::Every << 21 << "every 21st step, and the last";
    QTest::newRow("phases") << StepPick::Phases << 1 << "the first and the last step of each phase";
    QTest::newRow("final") << StepPick::Final << 1 << "the last step";
}

void TestStepSelection::description()
{
    QFETCH(StepPick, pick);
    QFETCH(int, every);
    QFETCH(QString, text);
    const Trace trace = makeTrace(paddedConvolution().problem, View::Direct);
    QCOMPARE(StepSelection(trace, {0, 64}, pick, every).description(), text);
}

QTEST_APPLESS_MAIN(TestStepSelection)
#include "tst_step_selection.moc"
