// The matrix view of the largest problems within the limits, painted at the first-run stage
// size: the matrix is never stored whole, so memory follows the picture. A stored C of a
// 512×512 input and a 64×64 kernel has 825 million non-zeros (about 13 GB). The time is
// printed, not asserted: it depends on the machine's load.
#include "core/trace.h"
#include "ui/render/matrix_image.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>
#include <sys/resource.h>

Q_DECLARE_METATYPE(convstep::Problem)

using namespace convstep;

namespace {

// AddressSanitizer's shadow memory and quarantine count as resident memory too; under it the
// frames are still painted (and checked for memory errors), but the bound is not asserted.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool memoryIsOurs = false;
#else
constexpr bool memoryIsOurs = true;
#endif

// Peak resident memory of this process so far, MB.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

Problem squareProblem(Op op, int input, int kernel, int stride)
{
    Problem p;
    p.op = op;
    p.input = Grid::Constant(input, input, 1.0);
    p.kernel = Grid::Constant(kernel, kernel, 0.5);
    p.stride = {stride, stride};
    return p;
}

} // namespace

class TestMatrixMemory final : public QObject
{
    Q_OBJECT

private slots:
    void largestProblemsPaintWithinBounds_data();
    void largestProblemsPaintWithinBounds();
};

void TestMatrixMemory::largestProblemsPaintWithinBounds_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<long long>("nonZeros");
    QTest::addColumn<double>("megabytes"); // peak for the whole process
    QTest::newRow("conv 512×512, k64: C 201601 × 262144")
        << squareProblem(Op::Conv2d, 512, 64, 1) << 449LL * 449 * 64 * 64 << 300.0;
    QTest::newRow("transposed 256×256, k16 s16: Cᵀ 16777216 × 65536")
        << squareProblem(Op::ConvTranspose2d, 256, 16, 16) << 4096LL * 4096 << 600.0;
}

void TestMatrixMemory::largestProblemsPaintWithinBounds()
{
    QFETCH(Problem, problem);
    QFETCH(long long, nonZeros);
    QFETCH(double, megabytes);
    QElapsedTimer timer;
    timer.start();
    auto trace = std::make_shared<const Trace>(makeTrace(problem, View::Matrix));
    const int step = trace->stepCount / 2;
    const StageFrame frame = frameAt(trace, step, StageStyle{}, 0.5, step - 1);
    const auto entries = matrixEntriesFor(trace);
    QCOMPARE(entries->nonZeros(), nonZeros);
    QCOMPARE(static_cast<long long>(entries->rowLength(step)), nonZeros / entries->rows());
    QImage image(QSize(1360, 820), QImage::Format_RGB32);
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(image.rect()), frame);
    painter.end();
    const qint64 elapsed = timer.elapsed();
    const double peak = peakMegabytes();
    qInfo("%lld ms, peak %.0f MB", elapsed, peak);
    if (memoryIsOurs)
        QVERIFY2(peak < megabytes, qPrintable(QStringLiteral("peak %1 MB").arg(peak)));
}

QTEST_MAIN(TestMatrixMemory)
#include "tst_matrix_memory.moc"
