#include "tests/labs/lab_grab.h"
#include "ui/labs/learn_column.h"
#include "ui/labs/learn_upsample_lab.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace convstep;

namespace {

constexpr int uneven = static_cast<int>(LearnedVariant::UnevenTransposed);
constexpr int resize = static_cast<int>(LearnedVariant::ResizeConv);

// Steps one at a time through the worker, as the Step button does.
bool stepTimes(LearnUpsampleLab &lab, int count)
{
    for (int i = 0; i < count; ++i) {
        const int before = lab.step();
        lab.stepOnce();
        if (!QTest::qWaitFor([&] { return lab.step() == before + 1 && !lab.isBusy(); }, 5000))
            return false;
    }
    return true;
}

std::vector<double> lossCurve(const LearnUpsampleLab &lab, int variant)
{
    std::vector<double> curve;
    for (const LearnRecord &r : lab.history())
        curve.push_back(r.loss[static_cast<size_t>(variant)]);
    return curve;
}

double peakEnergy(const LearnUpsampleLab &lab, int variant)
{
    double peak = 0.0;
    for (const LearnRecord &r : lab.history())
        peak = std::max(peak, r.energy[static_cast<size_t>(variant)]);
    return peak;
}

} // namespace

// Learn to Upsample: three learned upsamplers trained on a worker thread beside two fixed ones.
class TestLearnUpsampleLab final : public QObject
{
    Q_OBJECT

private slots:
    void opensAtStepZero();
    void fixedSeedGivesTheSameCurve();
    void stepButtonAdvancesExactlyOneStep();
    void resetReturnsToStepZero();
    void scaleChangesTheKernels_data();
    void scaleChangesTheKernels();
    void learnedBeatTheBaselinesAndUnevenOverlapLeavesACheckerboard();
    void closesWhileTraining();
    void rejectsBadFiles();
    void readableInBothThemes();
};

void TestLearnUpsampleLab::opensAtStepZero()
{
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    QCOMPARE(lab.step(), 0);
    QCOMPARE(lab.history().size(), size_t(1));
    QVERIFY(!lab.isRunning());
    QCOMPARE(lab.rateBox()->value(), LearnUpsampleLab::defaultLearningRate);
    // The lab photo, 256×192, is already a multiple of every scale's block on both sides.
    QCOMPARE(lab.run().image.cols(), 256);
    QCOMPARE(lab.run().image.rows(), 192);
    QCOMPARE(lab.column(0)->data().kernel, lab.run().trainings[0].kernel);
    QCOMPARE(lab.column(0)->data().kernel.rows(), 3);
    QCOMPARE(lab.column(1)->data().kernel.rows(), 4);
    QCOMPARE(lab.column(2)->data().kernel.rows(), 3);
    // Nearest's kernel is the 2×2 box, bilinear's the 4×4 tent.
    QCOMPARE(lab.column(3)->data().kernel, impulseResponse(Op::UpsampleNearest, 2));
    QCOMPARE(lab.column(4)->data().kernel, impulseResponse(Op::UpsampleBilinear, 2));
    // The overlap maps: 4, 2, 2, 1 for k = 3, s = 2; 4 everywhere for k = 4; 9 for the 3×3
    // convolution after nearest; 1 for nearest.
    const CountGrid k3 = lab.column(0)->data().overlap;
    QCOMPARE(k3.rows(), 6);
    QCOMPARE(k3(0, 0) * k3(0, 1) * k3(1, 0) * k3(1, 1), 4 * 2 * 2 * 1);
    QCOMPARE(lab.column(1)->data().overlap, CountGrid(CountGrid::Constant(6, 6, 4)));
    QCOMPARE(lab.column(2)->data().overlap, CountGrid(CountGrid::Constant(6, 6, 9)));
    QCOMPARE(lab.column(3)->data().overlap, CountGrid(CountGrid::Ones(6, 6)));
    QCOMPARE(lab.column(4)->data().overlap, CountGrid(CountGrid::Constant(6, 6, 4)));
    for (int i = 0; i < LearnUpsampleLab::columnCount; ++i)
        QVERIFY(!lab.column(i)->accessibleName().isEmpty());
}

void TestLearnUpsampleLab::fixedSeedGivesTheSameCurve()
{
    PlaybackModel model;
    LearnUpsampleLab a(&model);
    LearnUpsampleLab b(&model);
    QVERIFY(stepTimes(a, 12));
    QVERIFY(stepTimes(b, 12));
    for (int v = 0; v < learnedVariantCount; ++v) {
        QCOMPARE(lossCurve(a, v).size(), size_t(13));
        QCOMPARE(lossCurve(a, v), lossCurve(b, v));
        QCOMPARE(a.run().trainings[static_cast<size_t>(v)].kernel,
                 b.run().trainings[static_cast<size_t>(v)].kernel);
    }
    // Step 0 is the initial kernel's loss; each later one the core's training, step for step.
    Training t =
        startTraining(learnedSpec(a.run().image, LearnedVariant::EvenTransposed, a.run().settings));
    t.learningRate = LearnUpsampleLab::defaultLearningRate;
    std::vector<double> expected{t.loss};
    for (int i = 0; i < 12; ++i) {
        advance(t);
        expected.push_back(t.loss);
    }
    QCOMPARE(lossCurve(a, 1), expected);
    // Another seed, another start.
    b.seedBox()->setValue(2);
    QCOMPARE(b.step(), 0);
    QVERIFY(b.history()[0].loss[0] != a.history()[0].loss[0]);
}

void TestLearnUpsampleLab::stepButtonAdvancesExactlyOneStep()
{
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QTest::mouseClick(lab.stepButton(), Qt::LeftButton);
    QTRY_COMPARE(lab.step(), 1);
    QTRY_VERIFY(!lab.isBusy());
    QCOMPARE(lab.step(), 1);
    QCOMPARE(lab.history().size(), size_t(2));
    QCOMPARE(lab.lossPoints(0), 2);
    // From the keyboard too: Space on the focused button, and its mnemonic.
    lab.stepButton()->setFocus();
    QTest::keyClick(lab.stepButton(), Qt::Key_Space);
    QTRY_COMPARE(lab.step(), 2);
    QTRY_VERIFY(!lab.isBusy());
    QCOMPARE(lab.step(), 2);
    QTest::keyClick(&lab, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(lab.step(), 3);
    QTRY_VERIFY(!lab.isBusy());
    QCOMPARE(lab.step(), 3);
    // Alt+R runs and pauses.
    QTest::keyClick(&lab, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(lab.isRunning()); // a mnemonic clicks after a short flash
    QVERIFY(!lab.stepButton()->isEnabled());
    QCOMPARE(lab.runButton()->text(), QStringLiteral("Pause"));
    QTest::keyClick(&lab, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(!lab.isRunning());
    QVERIFY(lab.stepButton()->isEnabled());
    QTRY_VERIFY(!lab.isBusy());
    for (int v = 0; v < learnedVariantCount; ++v)
        QCOMPARE(lab.run().trainings[static_cast<size_t>(v)].step, lab.step());
}

void TestLearnUpsampleLab::resetReturnsToStepZero()
{
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    const Grid initial = lab.run().trainings[0].kernel;
    const double initialLoss = lab.history()[0].loss[0];
    QVERIFY(stepTimes(lab, 5));
    QVERIFY(lab.run().trainings[0].kernel != initial);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QTest::mouseClick(lab.resetButton(), Qt::LeftButton);
    QCOMPARE(lab.step(), 0);
    QCOMPARE(lab.history().size(), size_t(1));
    QCOMPARE(lab.history()[0].loss[0], initialLoss);
    QCOMPARE(lab.run().trainings[0].kernel, initial);
    QCOMPARE(lab.lossPoints(0), 1);
    // Reset while running: back to 0 and paused.
    lab.runButton()->click();
    QVERIFY(lab.isRunning());
    QTRY_VERIFY(lab.step() > 3);
    lab.resetButton()->click();
    QVERIFY(!lab.isRunning());
    QCOMPARE(lab.step(), 0);
    QTest::qWait(LearnUpsampleLab::tickInterval * 3);
    QCOMPARE(lab.step(), 0);
    QCOMPARE(lab.history().size(), size_t(1));
}

void TestLearnUpsampleLab::scaleChangesTheKernels_data()
{
    QTest::addColumn<int>("scale");
    for (int s : {2, 3, 4})
        QTest::addRow("×%d", s) << s;
}

void TestLearnUpsampleLab::scaleChangesTheKernels()
{
    QFETCH(int, scale);
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    // From another scale, some steps in.
    lab.scaleBox()->setCurrentIndex(lab.scaleBox()->findData(scale == 2 ? 4 : 2));
    QVERIFY(stepTimes(lab, 2));
    lab.scaleBox()->setCurrentIndex(lab.scaleBox()->findData(scale));
    QCOMPARE(lab.step(), 0);
    QCOMPARE(lab.run().settings.scale, scale);
    QCOMPARE(lab.column(0)->data().kernel.rows(), scale + 1);
    QCOMPARE(lab.column(1)->data().kernel.rows(), 2 * scale);
    QCOMPARE(lab.column(3)->data().kernel, impulseResponse(Op::UpsampleNearest, scale));
    QCOMPARE(lab.run().image.rows() % scale, 0);
    QCOMPARE(lab.run().image.cols() % scale, 0);
    QVERIFY(stepTimes(lab, 1));
    QCOMPARE(lab.step(), 1);
}

// The article's point: after training, every learned kernel beats nearest and bilinear, and
// k = 3, s = 2 carries a checkerboard that resize-convolution never has.
void TestLearnUpsampleLab::learnedBeatTheBaselinesAndUnevenOverlapLeavesACheckerboard()
{
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    // The first steps: the checkerboard appears at once for k = 3 and not for resize-conv.
    QVERIFY(stepTimes(lab, 5));
    QVERIFY(lab.history()[5].energy[uneven] > 1000 * lab.history()[5].energy[resize]);
    lab.runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lab.step() >= 1000, 60000);
    lab.runButton()->click();
    QVERIFY(!lab.isRunning());
    QTRY_VERIFY(!lab.isBusy());
    const int final = lab.step();
    QTest::qWait(LearnUpsampleLab::tickInterval * 3);
    QCOMPARE(lab.step(), final);
    QCOMPARE(lab.history().size(), size_t(final + 1));

    const double bestFixed =
        std::max(lab.baselinePsnr(Baseline::Nearest), lab.baselinePsnr(Baseline::Bilinear));
    for (int v = 0; v < learnedVariantCount; ++v) {
        const LearnColumnData &data = lab.column(v)->data();
        QCOMPARE(data.psnr,
                 psnr(lab.run().trainings[static_cast<size_t>(v)].output, lab.run().image));
        QVERIFY2(data.psnr > bestFixed,
                 qPrintable(QStringLiteral("%1: %2 dB vs %3 dB")
                                .arg(data.title)
                                .arg(data.psnr)
                                .arg(bestFixed)));
        QVERIFY(data.psnrGain > 0);
        QVERIFY(lab.column(v)->psnrText().contains(QStringLiteral("(+")));
        QVERIFY(lab.column(v)->psnrText().contains(QStringLiteral("vs fixed)")));
    }
    const double k3 = lab.column(uneven)->data().energy;
    const double resizeConv = lab.column(resize)->data().energy;
    QVERIFY2(k3 > 10 * resizeConv, qPrintable(QStringLiteral("%1 vs %2").arg(k3).arg(resizeConv)));
    QVERIFY(peakEnergy(lab, uneven) > 1e4 * peakEnergy(lab, resize));
    QVERIFY(!lab.column(uneven)->energyText().isEmpty());
}

void TestLearnUpsampleLab::closesWhileTraining()
{
    PlaybackModel model;
    auto *lab = new LearnUpsampleLab(&model);
    lab->show();
    QVERIFY(QTest::qWaitForWindowExposed(lab));
    lab->runButton()->click();
    QTRY_VERIFY(lab->step() > 2);
    // Closing the window pauses it.
    lab->close();
    QVERIFY(!lab->isRunning());
    QTRY_VERIFY(!lab->isBusy());
    const int paused = lab->step();
    QTest::qWait(LearnUpsampleLab::tickInterval * 3);
    QCOMPARE(lab->step(), paused);
    // Destroyed in the middle of a tick: the worker stops and nothing arrives afterwards.
    lab->show();
    lab->runButton()->click();
    QTRY_VERIFY(lab->isBusy());
    delete lab;
    QTest::qWait(LearnUpsampleLab::tickInterval * 3);
}

void TestLearnUpsampleLab::rejectsBadFiles()
{
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    QVERIFY(stepTimes(lab, 2));
    const Grid before = lab.run().image;
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\nnot really a PNG");
    file.close();
    const auto error = lab.loadImageFile(broken);
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("“broken.png”")), qPrintable(error->message));
    QCOMPARE(lab.message(), error->message);
    QCOMPARE(lab.run().image, before);
    QCOMPARE(lab.step(), 2);

    QImage tiny(8, 12, QImage::Format_RGB32);
    tiny.fill(Qt::gray);
    const QString tinyPath = dir.filePath(QStringLiteral("tiny.png"));
    QVERIFY(tiny.save(tinyPath));
    const auto small = lab.loadImageFile(tinyPath);
    QVERIFY(small);
    QVERIFY(small->message.contains(QStringLiteral("8×12")));

    // A large colour picture becomes a grey one of at most 256×256, and training restarts.
    QImage large(600, 300, QImage::Format_RGB32);
    large.fill(QColor(255, 0, 0));
    const QString largePath = dir.filePath(QStringLiteral("large.png"));
    QVERIFY(large.save(largePath));
    QVERIFY(!lab.loadImageFile(largePath));
    QVERIFY(lab.message().isEmpty());
    QCOMPARE(lab.run().image.cols(), 256);
    QCOMPARE(lab.run().image.rows(), 128);
    QVERIFY(std::abs(lab.run().image(5, 5) - 0.2126) < 1e-3);
    QCOMPARE(lab.step(), 0);
}

void TestLearnUpsampleLab::readableInBothThemes()
{
    PlaybackModel model;
    LearnUpsampleLab lab(&model);
    QVERIFY(stepTimes(lab, 3));
    lab.show();
    QCOMPARE(test::grabLabInBothThemes(&lab, &model, QSize(1024, 560),
                                       QStringLiteral("learn-upsample-lab")),
             QString());
}

QTEST_MAIN(TestLearnUpsampleLab)
#include "tst_learn_upsample_lab.moc"
