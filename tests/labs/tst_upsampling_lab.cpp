#include "tests/labs/lab_grab.h"
#include "tests/support/test_support.h"
#include "ui/labs/upsampling_lab.h"
#include "ui/labs/upsampling_view.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_painter.h"
#include "ui/session/playback_model.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace convstep;

namespace {

// The core's own message for a problem, as the lab shows it.
QString coreMessage(Op op, const Grid &input, int scale, bool alignCorners)
{
    Problem p;
    p.op = op;
    p.input = input;
    p.kernel = Grid(0, 0);
    p.scale = {scale, scale};
    p.alignCorners = alignCorners;
    const auto error = validate(p);
    return error ? QString::fromStdString(error->text()) : QString();
}

} // namespace

// Ways to upsample: five methods on one input, played by one clock.
class TestUpsamplingLab final : public QObject
{
    Q_OBJECT

private slots:
    void opensWithFiveTraces();
    void stepsTogether();
    void endsOnTheLastStep();
    void playsToTheEnd();
    void keyboardDrivesTheLab();
    void editsReachEveryMethod();
    void badInputShowsTheCoresMessage_data();
    void badInputShowsTheCoresMessage();
    void unreadableInput();
    void readableInBothThemes();
    void fractionsAreLegibleWithTheirFullValueInATooltip_data();
    void fractionsAreLegibleWithTheirFullValueInATooltip();
};

void TestUpsamplingLab::opensWithFiveTraces()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.resize(1100, 600);
    QCOMPARE(lab.view()->tiles().size(), size_t(UpsamplingLab::methodCount));
    int most = 0;
    for (int i = 0; i < UpsamplingLab::methodCount; ++i) {
        QVERIFY(lab.trace(i));
        QVERIFY(lab.view()->tiles()[static_cast<size_t>(i)].frame);
        most = std::max(most, lab.trace(i)->stepCount);
    }
    QCOMPARE(lab.trace(0)->problem.op, Op::UpsampleNearest);
    QCOMPARE(lab.trace(4)->problem.op, Op::ConvTranspose2d);
    QCOMPARE(lab.tickCount(), most);
    QVERIFY(lab.errorText().isEmpty());
    // Only the transposed convolution is marked as learnable.
    for (int i = 0; i < UpsamplingLab::methodCount; ++i)
        QCOMPARE(lab.view()->tiles()[static_cast<size_t>(i)].learnable, i == 4);
    QVERIFY(!lab.view()->tiles()[0].rule.isEmpty());
}

void TestUpsamplingLab::stepsTogether()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.setAnimated(false);
    lab.first();
    const int ticks = lab.tickCount();
    QVERIFY(ticks > 1);
    std::array<int, UpsamplingLab::methodCount> previous{};
    previous.fill(-1);
    for (int tick = 0; tick < ticks; ++tick) {
        QCOMPARE(lab.tick(), tick);
        const double fraction = static_cast<double>(tick) / (ticks - 1);
        for (int i = 0; i < UpsamplingLab::methodCount; ++i) {
            const int count = lab.trace(i)->stepCount;
            const int step = lab.stepOf(i);
            // Every method is at the same fraction of its own steps, moving one at a time.
            QVERIFY(std::abs(step - fraction * (count - 1)) <= 0.5 + 1e-9);
            QVERIFY(step == previous[static_cast<size_t>(i)]
                    || step == previous[static_cast<size_t>(i)] + 1);
            previous[static_cast<size_t>(i)] = step;
            // The tile shows that step.
            QCOMPARE(lab.view()->tiles()[static_cast<size_t>(i)].frame->step.index, step);
        }
        lab.next();
    }
}

void TestUpsamplingLab::endsOnTheLastStep()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.last();
    for (int i = 0; i < UpsamplingLab::methodCount; ++i)
        QCOMPARE(lab.stepOf(i), lab.trace(i)->stepCount - 1);
    const auto *summary = lab.findChild<QLabel *>(QStringLiteral("upsamplingSummary"));
    QVERIFY(
        summary->text().contains(QStringLiteral("only the transposed convolution has weights")));
    lab.first();
    QVERIFY(!summary->text().contains(QStringLiteral("only the transposed")));
}

void TestUpsamplingLab::playsToTheEnd()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.setAnimated(false);
    lab.setTickInterval(5);
    lab.first();
    QSignalSpy ticks(&lab, &UpsamplingLab::tickChanged);
    lab.findChild<QToolButton *>(QStringLiteral("labPlay"))->click();
    QVERIFY(lab.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!lab.isPlaying(), 10000);
    QCOMPARE(ticks.count(), lab.tickCount() - 1);
    QCOMPARE(lab.tick(), lab.tickCount() - 1);
    for (int i = 0; i < UpsamplingLab::methodCount; ++i)
        QCOMPARE(lab.stepOf(i), lab.trace(i)->stepCount - 1);
    // Play after the end starts again from the first step.
    lab.setPlaying(true);
    QVERIFY(lab.tick() <= 1);
    lab.setPlaying(false);
}

void TestUpsamplingLab::keyboardDrivesTheLab()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.setAnimated(false);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    lab.view()->setFocus();
    lab.first();
    QTest::keyClick(lab.view(), Qt::Key_Right);
    QCOMPARE(lab.tick(), 1);
    QTest::keyClick(lab.view(), Qt::Key_End);
    QCOMPARE(lab.tick(), lab.tickCount() - 1);
    QTest::keyClick(lab.view(), Qt::Key_Home);
    QCOMPARE(lab.tick(), 0);
    QTest::keyClick(lab.view(), Qt::Key_Space);
    QVERIFY(lab.isPlaying());
    QTest::keyClick(lab.view(), Qt::Key_Space);
    QVERIFY(!lab.isPlaying());
}

void TestUpsamplingLab::editsReachEveryMethod()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.inputEdit()->setText(QStringLiteral("1 2 3; 4 5 6; 7 8 9"));
    lab.scaleBox()->setValue(3);
    for (int i = 0; i < UpsamplingLab::methodCount; ++i) {
        QVERIFY2(lab.trace(i), qPrintable(lab.errorText()));
        QCOMPARE(lab.trace(i)->problem.input, test::counting(3, 3));
    }
    QCOMPARE(lab.trace(0)->problem.scale, (Pair{3, 3}));
    QCOMPARE(lab.trace(4)->problem.stride, (Pair{3, 3}));
    // The untouched kernel follows the scale (k = s).
    QCOMPARE(lab.trace(4)->problem.kernel.rows(), 3);
    QCOMPARE(lab.trace(0)->output.rows(), 9);
    QCOMPARE(lab.trace(4)->output.rows(), 9);
    // align_corners reaches bilinear.
    lab.alignBox()->setChecked(true);
    QVERIFY(lab.trace(1) && lab.trace(1)->problem.alignCorners);
    lab.alignBox()->setChecked(false);
    // An edited kernel stays.
    lab.kernelEdit()->setText(QStringLiteral("1 0; 0 1"));
    QTest::keyClick(lab.kernelEdit(), Qt::Key_Space); // marks it as edited by the person
    lab.scaleBox()->setValue(2);
    QCOMPARE(lab.trace(4)->problem.kernel, test::gridOf({{1, 0}, {0, 1}}));
}

void TestUpsamplingLab::badInputShowsTheCoresMessage_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("align");
    QTest::addColumn<int>("method");
    QTest::newRow("scale 0") << 0 << false << 0;
    QTest::newRow("scale 9") << 9 << false << 1;
    QTest::newRow("align_corners on nearest") << 2 << true << 0;
}

void TestUpsamplingLab::badInputShowsTheCoresMessage()
{
    QFETCH(int, scale);
    QFETCH(bool, align);
    QFETCH(int, method);
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.scaleBox()->setValue(scale);
    lab.alignBox()->setChecked(align);
    const Grid input = parseGridText(lab.inputEdit()->text()).value();
    QVERIFY(input.size() > 0);
    const Op op = method == 0 ? Op::UpsampleNearest : Op::UpsampleBilinear;
    const QString expected = coreMessage(op, input, scale, align);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(lab.errorText().contains(expected), qPrintable(lab.errorText()));
    QVERIFY(!lab.trace(method));
    const UpsamplingTile &tile = lab.view()->tiles()[static_cast<size_t>(method)];
    QVERIFY(!tile.frame);
    QCOMPARE(tile.error, expected);
    if (align) // bilinear takes align_corners
        QVERIFY(lab.trace(1) && lab.trace(1)->problem.alignCorners);
    // Fixing it clears the message.
    lab.scaleBox()->setValue(2);
    lab.alignBox()->setChecked(false);
    QVERIFY(lab.errorText().isEmpty());
    QVERIFY(lab.trace(method));
}

void TestUpsamplingLab::unreadableInput()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.inputEdit()->setText(QStringLiteral("1 2; 3"));
    QVERIFY2(lab.errorText().contains(QStringLiteral("row 2 has 1 numbers but row 1 has 2")),
             qPrintable(lab.errorText()));
    lab.inputEdit()->setText(QStringLiteral("1 x"));
    QVERIFY(lab.errorText().contains(QStringLiteral("“x” is not a number")));
    lab.inputEdit()->setText(QStringLiteral("1 2; 3 4"));
    QVERIFY(lab.errorText().isEmpty());
    QCOMPARE(parseGridText(QStringLiteral("1, 2\n3, 4")).value(), test::gridOf({{1, 2}, {3, 4}}));
}

void TestUpsamplingLab::readableInBothThemes()
{
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.setAnimated(false);
    lab.setTick(lab.tickCount() / 2);
    QCOMPARE(
        test::grabLabInBothThemes(&lab, &model, QSize(1200, 760), QStringLiteral("lab-upsampling")),
        QString());
    lab.last();
    QCOMPARE(test::grabLabInBothThemes(&lab, &model, QSize(820, 760),
                                       QStringLiteral("lab-upsampling-end-narrow")),
             QString());
    lab.scaleBox()->setValue(0);
    QCOMPARE(test::grabLabInBothThemes(&lab, &model, QSize(1200, 620),
                                       QStringLiteral("lab-upsampling-error")),
             QString());
}

void TestUpsamplingLab::fractionsAreLegibleWithTheirFullValueInATooltip_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("numbers"); // cells big enough for numbers
    QTest::newRow("first-run window") << QSize(1300, 750) << true;
    QTest::newRow("small window") << QSize(1000, 560) << false;
}

// Bilinear's fractions (2.3125, …) are written with fewer decimals at 11 px or more, never
// shrunk to a speck; every cell's tooltip gives the full value.
void TestUpsamplingLab::fractionsAreLegibleWithTheirFullValueInATooltip()
{
    QFETCH(QSize, size);
    QFETCH(bool, numbers);
    PlaybackModel model;
    UpsamplingLab lab(&model);
    lab.resize(size);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    lab.last();
    const UpsamplingView *view = lab.view();
    const int bilinear = 1;
    const UpsamplingTile &tile = view->tiles()[bilinear];
    QVERIFY(tile.frame);
    const Trace &trace = *tile.frame->trace;
    QCOMPARE(trace.problem.op, Op::UpsampleBilinear);
    const StageLayout layout = layoutStage(view->stageRect(bilinear), *tile.frame);
    QCOMPARE(!layout.compact, numbers);
    int shortened = 0;
    for (int r = 0; r < layout.target.rows; ++r)
        for (int c = 0; c < layout.target.cols; ++c) {
            const double value = trace.output(r, c);
            const QString full = numberText(value);
            const QRectF cell = layout.target.cellRect({r, c});
            const QString tip = view->cellToolTip(cell.center());
            QVERIFY2(tip.contains(full), qPrintable(full + QStringLiteral(": ") + tip));
            if (layout.compact)
                continue; // no text in the cell: its colour, and the tooltip
            const detail::FittedText fitted =
                detail::fitCellText(full, layout.cellFont, cell.width());
            QVERIFY2(fitted.pixelSize >= detail::legibleCellPixels,
                     qPrintable(full + QStringLiteral(" at %1 px").arg(fitted.pixelSize)));
            QVERIFY2(std::abs(fitted.text.toDouble() - value) <= 0.05 + 1e-9, qPrintable(full));
            shortened += fitted.text != full;
        }
    // The default input has 2.3125 and its kind: shortened where the cells show numbers.
    QCOMPARE(shortened > 0, !layout.compact);
}

QTEST_MAIN(TestUpsamplingLab)
#include "tst_upsampling_lab.moc"
