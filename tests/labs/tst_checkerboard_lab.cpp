#include "core/overlap.h"
#include "tests/labs/lab_grab.h"
#include "tests/support/test_support.h"
#include "ui/labs/checkerboard_image_lab.h"
#include "ui/labs/checkerboard_lab.h"
#include "ui/session/playback_model.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace convstep;

namespace {

std::vector<double> rowOf(const CountGrid &counts, int row)
{
    std::vector<double> values;
    for (int c = 0; c < counts.cols(); ++c)
        values.push_back(counts(row, c));
    return values;
}

std::vector<double> rowOf(const Grid &grid, int row)
{
    return {grid.row(row).begin(), grid.row(row).end()};
}

Problem transposed(int in, int kernel, int stride)
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = test::counting(in, in);
    p.kernel = Grid::Ones(kernel, kernel);
    p.stride = {stride, stride};
    return p;
}

// The map is laid out once its queued replots have made its cells square.
bool hasSquareCells(const CheckerboardLab &lab)
{
    const QPoint cell = lab.mapPixelOf(0, 0);
    const int width = std::abs(lab.mapPixelOf(0, 1).x() - cell.x());
    const int height = std::abs(lab.mapPixelOf(1, 0).y() - cell.y());
    return width > 4 && std::abs(width - height) <= 1;
}

} // namespace

// The checkerboard lab: overlap counts from core as a heat map and a row profile, and three
// upsamplers on a photo.
class TestCheckerboardLab final : public QObject
{
    Q_OBJECT

private slots:
    void mapShowsCoreCounts();
    void kernelAndStrideChangeTheMap();
    void divisibleKernelGivesAFlatInterior();
    void unevenKernelAlternates();
    void clickingTheMapPicksARow();
    void followsTheTransposedProblem();
    void decodesTheSamplePhoto();
    void rejectsACorruptFile();
    void readableInBothThemes();
};

void TestCheckerboardLab::mapShowsCoreCounts()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    QCOMPARE(lab.kernelBox()->value(), 3);
    QCOMPARE(lab.strideBox()->value(), 2);
    const CountGrid expected = outputOverlapCounts(lab.problem());
    QCOMPARE(lab.mapCounts(), expected);
    // And the core counts are the trace's: the scatter state after the last step.
    const Trace trace = makeTrace(lab.problem(), View::Direct);
    QCOMPARE(expected, stateAfter(trace, trace.stepCount - 1).counts);
    QCOMPARE(lab.profile(), rowOf(expected, lab.rowBox()->value()));
}

void TestCheckerboardLab::kernelAndStrideChangeTheMap()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    const CountGrid before = lab.mapCounts();
    lab.kernelBox()->setValue(4);
    const CountGrid k4 = lab.mapCounts();
    QVERIFY(k4.rows() != before.rows() || k4 != before);
    QCOMPARE(k4, outputOverlapCounts(transposed(6, 4, 2)));
    lab.strideBox()->setValue(3);
    QCOMPARE(lab.mapCounts(), outputOverlapCounts(transposed(6, 4, 3)));
    lab.inputBox()->setValue(4);
    QCOMPARE(lab.mapCounts(), outputOverlapCounts(transposed(4, 4, 3)));
    for (int row = 0; row <= lab.rowBox()->maximum(); ++row) {
        lab.rowBox()->setValue(row);
        QCOMPARE(lab.profile(), rowOf(lab.mapCounts(), row));
    }
}

void TestCheckerboardLab::divisibleKernelGivesAFlatInterior()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    lab.kernelBox()->setValue(4);
    lab.strideBox()->setValue(2);
    QVERIFY(lab.isEven());
    QVERIFY2(lab.verdict().contains(QStringLiteral("is divisible by")), qPrintable(lab.verdict()));
    QVERIFY(lab.verdict().contains(QStringLiteral("no checkerboard")));
    const int k = 4;
    const std::vector<double> profile = lab.profile();
    // Away from the edges (the first and last k − 1 columns) every cell gets the same count.
    for (size_t c = k - 1; c + k - 1 < profile.size(); ++c)
        QCOMPARE(profile[c], profile[k - 1]);
    QCOMPARE(profile[k - 1], 4.0); // 2 along the row × 2 along the column (interior row)
}

void TestCheckerboardLab::unevenKernelAlternates()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    lab.kernelBox()->setValue(3);
    lab.strideBox()->setValue(2);
    QVERIFY(!lab.isEven());
    QVERIFY(lab.verdict().contains(QStringLiteral("is not divisible by")));
    const std::vector<double> profile = lab.profile();
    for (size_t c = 2; c + 3 < profile.size(); ++c)
        QVERIFY(profile[c] != profile[c + 1]);
}

void TestCheckerboardLab::clickingTheMapPicksARow()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    lab.resize(900, 700);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QTRY_VERIFY(hasSquareCells(lab));
    const QPoint pixel = lab.mapPixelOf(2, 3);
    QTest::mouseClick(lab.mapWidget(), Qt::LeftButton, {}, pixel);
    QCOMPARE(lab.rowBox()->value(), 2);
    QCOMPARE(lab.profile(), rowOf(lab.mapCounts(), 2));
}

void TestCheckerboardLab::followsTheTransposedProblem()
{
    PlaybackModel model;
    Problem p = transposed(5, 5, 3);
    p.padding = {1, 1};
    QVERIFY(model.setProblem(p));
    CheckerboardLab lab(&model);
    lab.followBox()->setChecked(true);
    QCOMPARE(lab.kernelBox()->value(), 5);
    QCOMPARE(lab.strideBox()->value(), 3);
    QVERIFY(!lab.kernelBox()->isEnabled());
    QCOMPARE(lab.mapCounts(), outputOverlapCounts(p));
    // Edits on the stage reach the lab.
    p.kernel = Grid::Ones(6, 6);
    QVERIFY(model.setProblem(p));
    QCOMPARE(lab.kernelBox()->value(), 6);
    QVERIFY(lab.isEven());
    QCOMPARE(lab.mapCounts(), outputOverlapCounts(p));
    // A convolution on the stage: the lab counts its own k and s again.
    Problem conv = p;
    conv.op = Op::Conv2d;
    conv.kernel = Grid::Ones(3, 3);
    QVERIFY(model.setProblem(conv));
    QVERIFY(lab.kernelBox()->isEnabled());
    QVERIFY(lab.verdict().contains(QStringLiteral("not a transposed convolution")));
}

void TestCheckerboardLab::decodesTheSamplePhoto()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    CheckerboardImageLab *image = lab.imageLab();
    QVERIFY(image->message().isEmpty());
    const Grid &lum = image->luminance();
    QVERIFY(lum.rows() > 16 && lum.cols() > 16);
    QVERIFY(lum.rows() <= CheckerboardImageLab::maxSide);
    QVERIFY(lum.cols() <= CheckerboardImageLab::maxSide);
    QVERIFY(lum.minCoeff() >= 0.0 && lum.maxCoeff() <= 1.0);
    // The three results are the core's, twice the size.
    QCOMPARE(image->result(0), constantTransposed(lum, 3, 2));
    QCOMPARE(image->result(1), constantTransposed(lum, 4, 2));
    QCOMPARE(image->result(2), resizeThenConvolve(lum, 2, 3));
    for (int i = 0; i < CheckerboardImageLab::methodCount; ++i) {
        QCOMPARE(image->result(i).rows(), 2 * lum.rows());
        QCOMPARE(image->result(i).cols(), 2 * lum.cols());
        QCOMPARE(image->profile(i), rowOf(image->result(i), image->rowBox()->value()));
    }
    image->rowBox()->setValue(7);
    QCOMPARE(image->profile(0), rowOf(image->result(0), 7));
    const QImage shown = CheckerboardImageLab::normalised(image->result(0));
    QCOMPARE(shown.size(), QSize(2 * lum.cols(), 2 * lum.rows()));
}

void TestCheckerboardLab::rejectsACorruptFile()
{
    PlaybackModel model;
    CheckerboardImageLab image(&model);
    const Grid before = image.luminance();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\nthis is not really a PNG");
    file.close();
    const auto broken = image.loadImageFile(path);
    QVERIFY(broken);
    QVERIFY2(broken->message.contains(QStringLiteral("Could not open “broken.png”")),
             qPrintable(broken->message));
    QCOMPARE(image.message(), broken->message);
    QCOMPARE(image.luminance(), before);
    const auto missing = image.loadImageFile(dir.filePath(QStringLiteral("missing.jpg")));
    QVERIFY(missing);
    QVERIFY(missing->message.contains(QStringLiteral("missing.jpg")));
    // A good file clears the message.
    QVERIFY(!image.loadImageFile(CheckerboardImageLab::samplePath()));
    QVERIFY(image.message().isEmpty());
}

void TestCheckerboardLab::readableInBothThemes()
{
    PlaybackModel model;
    CheckerboardLab lab(&model);
    lab.show(); // plots lay out (square cells) only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QCOMPARE(test::grabLabInBothThemes(&lab, &model, QSize(900, 720),
                                       QStringLiteral("lab-checkerboard")),
             QString());
    lab.kernelBox()->setValue(4);
    QCOMPARE(test::grabLabInBothThemes(&lab, &model, QSize(700, 560),
                                       QStringLiteral("lab-checkerboard-even")),
             QString());
    lab.tabs()->setCurrentIndex(1);
    QCOMPARE(test::grabLabInBothThemes(&lab, &model, QSize(1100, 720),
                                       QStringLiteral("lab-checkerboard-photo")),
             QString());
}

QTEST_MAIN(TestCheckerboardLab)
#include "tst_checkerboard_lab.moc"
