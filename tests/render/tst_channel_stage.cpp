#include "core/channels.h"
#include "core/conv_matrix.h"
#include "core/step_channels.h"
#include "io/lesson_catalog.h"
#include "tests/core/channel_fixture.h"
#include "tests/support/test_support.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/render/stage_style.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace convstep;

namespace {

const QRectF area(0, 0, 1280, 800);

QImage render(const StageFrame &frame)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    StageRenderer().paint(painter, area, frame);
    return image;
}

// conv_transpose2d from 2 channels to 3, padded: input channel c holds c·10 + its cell's
// index, weight w holds −(w + 1) times its element's index + 1.
Problem transposedProblem()
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.padding = {1, 1};
    p.stride = {2, 2};
    std::vector<Grid> inputs, kernels;
    for (int c = 0; c < 2; ++c) {
        Grid grid(3, 3);
        for (int i = 0; i < 9; ++i)
            grid.reshaped<Eigen::RowMajor>()(i) = 10.0 * c + i;
        inputs.push_back(grid);
    }
    for (int w = 0; w < 6; ++w) {
        Grid grid(2, 2);
        for (int i = 0; i < 4; ++i)
            grid.reshaped<Eigen::RowMajor>()(i) = -(w + 1.0) * (i + 1);
        kernels.push_back(grid);
    }
    setChannels(p, std::move(inputs), std::move(kernels), 2);
    return p;
}

Problem problemOf(const QString &source)
{
    if (source == QLatin1String("transposed"))
        return transposedProblem();
    const CatalogEntry *entry = findBuiltInLesson(source);
    return entry ? entry->lesson.problem : Problem{};
}

// The colour most of a box's pixels have inside its border: an entry's fill under its number.
QRgb commonColour(const QImage &image, const QRectF &rect)
{
    std::map<QRgb, int> counts;
    const QRect inside = rect.adjusted(2, 2, -2, -2).toAlignedRect() & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    const auto most =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
    return most == counts.end() ? 0 : most->first;
}

bool near(QRgb pixel, const QColor &colour)
{
    return std::abs(qRed(pixel) - colour.red()) + std::abs(qGreen(pixel) - colour.green())
        + std::abs(qBlue(pixel) - colour.blue())
        < 60;
}

// A matrix entry of core's: a kernel weight's place, even where the weight is zero.
bool hasTap(const ConvMatrix &m, int row, int col)
{
    for (SparseTaps::InnerIterator it(m.taps, row); it; ++it)
        if (it.col() == col)
            return true;
    return false;
}

} // namespace

// A channel problem's stage draws the channels of the step it explains: the input channel the
// step reads, the kernel it multiplies by and the output channel it writes.
class TestChannelStage final : public QObject
{
    Q_OBJECT

private slots:
    void gridsDrawTheStepsPair_data();
    void gridsDrawTheStepsPair();
    void titlesNameTheChannels_data();
    void titlesNameTheChannels();
    void matrixShowsTheWholeLayer_data();
    void matrixShowsTheWholeLayer();
};

void TestChannelStage::gridsDrawTheStepsPair_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<View>("view");

    QTest::newRow("rgb to two") << "channels-rgb-to-two" << View::Direct;
    QTest::newRow("grouped") << "channels-grouped" << View::Direct;
    QTest::newRow("depthwise") << "channels-depthwise" << View::Direct;
    QTest::newRow("zero insertion") << "transposed" << View::ZeroInsertion;
}

// Drawn from the channel problem or from the problem holding only the numbers of the step's
// front pair, the input and kernel grids are the same picture at every step of the main run:
// every number under the window and in the kernel is the pair's.
void TestChannelStage::gridsDrawTheStepsPair()
{
    QFETCH(QString, source);
    QFETCH(View, view);
    const Problem problem = problemOf(source);
    QVERIFY(hasChannels(problem));
    const auto trace = std::make_shared<const Trace>(makeTrace(problem, view));
    const PhaseSpan &run = trace->phases.back();
    int checked = 0;
    for (int index = run.first; index < trace->stepCount; index += 3) {
        const StageFrame frame = frameAt(trace, index, {});
        const StepChannels channels = stepChannels(*trace, frame.step);
        const auto pair = std::make_shared<const Trace>(
            makeTrace(test::pairReplica(problem, channels.out, channels.in), view));
        const StageFrame pairFrame = frameAt(pair, index, {});
        const StageLayout layout = layoutStage(area, frame);
        const QImage shown = render(frame);
        const QImage expected = render(pairFrame);
        for (GridRole role : {GridRole::Source, GridRole::Kernel}) {
            const QRect rect = layout.box(role).rect().toAlignedRect();
            QVERIFY2(
                shown.copy(rect) == expected.copy(rect),
                qPrintable(
                    QStringLiteral("step %1, grid %2").arg(index).arg(static_cast<int>(role))));
        }
        ++checked;
    }
    QVERIFY(checked > 2);
}

void TestChannelStage::titlesNameTheChannels_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<View>("view");
    QTest::addColumn<int>("out"); // the first step writing this output channel
    QTest::addColumn<QStringList>("titles"); // source, kernel, target

    QTest::addColumn<QStringList>("briefs"); // the last brief forms

    // Lesson 26: 3 channels of 4×4, 2×2 kernels, 2 output channels of 3×3; the first cell of
    // output channel 1 reads input channels 0–2 and shows channel 0 in front.
    QTest::newRow("rgb to two, output 1")
        << "channels-rgb-to-two" << View::Direct << 1
        << QStringList{"Input channel 0 of 3 (4×4)", "Kernel W[1, 0] (2×2)",
                       "Output channel 1 of 2 (3×3)"}
        << QStringList{"Channel 0", "W[1, 0]", "Channel 1"};
    // Lesson 29: depthwise, 3 channels of 4×4, 3×3 kernels, outputs of 2×2.
    QTest::newRow("depthwise, output 2")
        << "channels-depthwise" << View::Direct << 2
        << QStringList{"Input channel 2 of 3 (4×4)", "Kernel W[2, 0] (3×3)",
                       "Output channel 2 of 3 (2×2)"}
        << QStringList{"Channel 2", "W[2, 0]", "Channel 2"};
    QTest::newRow("zero insertion, output 1")
        << "transposed" << View::ZeroInsertion << 1
        << QStringList{"Input channel 0 of 2 (3×3), zeros inserted and padded → 5×5",
                       "Kernel W[0, 1] (2×2), rotated 180°", "Output channel 1 of 3 (4×4)"}
        << QStringList{"Channel 0", "W[0, 1]", "Channel 1"};
}

void TestChannelStage::titlesNameTheChannels()
{
    QFETCH(QString, source);
    QFETCH(View, view);
    QFETCH(int, out);
    QFETCH(QStringList, titles);
    const auto trace = std::make_shared<const Trace>(makeTrace(problemOf(source), view));
    const Pair size = trace->geometry.outputSize();
    const int step = trace->phases.back().first + out * size.h * size.w;
    const StageLayout layout = layoutStage(area, frameAt(trace, step, {}));
    QCOMPARE(layout.source.title, titles[0]);
    QCOMPARE(layout.kernel.title, titles[1]);
    QCOMPARE(layout.target.title, titles[2]);
    QFETCH(QStringList, briefs);
    QCOMPARE(layout.source.briefTitles.last(), briefs[0]);
    QCOMPARE(layout.kernel.briefTitles.last(), briefs[1]);
    QCOMPARE(layout.target.briefTitles.last(), briefs[2]);
}

void TestChannelStage::matrixShowsTheWholeLayer_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("out"); // an output channel whose rows are not the first
    QTest::addColumn<int>("cell"); // the step's cell in that channel

    QTest::newRow("rgb to two") << "channels-rgb-to-two" << 1 << 4;
    QTest::newRow("grouped") << "channels-grouped" << 1 << 2;
    QTest::newRow("depthwise") << "channels-depthwise" << 2 << 1;
    QTest::newRow("transposed") << "transposed" << 2 << 5;
}

// The matrix view draws the whole layer's matrix: each entry in core's viewMatrix in its kernel
// element's fill, the other entries of a group's blocks zeros, the blocks outside a group
// empty, lines between the blocks, and the step's row lit at its global row (output channel ·
// Ho·Wo + cell).
void TestChannelStage::matrixShowsTheWholeLayer()
{
    QFETCH(QString, source);
    QFETCH(int, out);
    QFETCH(int, cell);
    const Problem problem = problemOf(source);
    const auto trace = std::make_shared<const Trace>(makeTrace(problem, View::Matrix));
    const Pair size = trace->geometry.outputSize();
    const int row = out * size.h * size.w + cell;
    const StageFrame frame = frameAt(trace, trace->phases.back().first + row, {});
    const StageLayout layout = layoutStage(area, frame);
    QVERIFY(layout.matrix && layout.matrix->numbers);
    const MatrixBox &box = layout.matrix->matrix;
    const ChannelShape s = channelShape(problem);
    QCOMPARE(box.rows, s.out * size.h * size.w);
    QCOMPARE(box.cols, s.in * static_cast<int>(problem.input.size()));
    const ConvMatrix core = viewMatrix(problem);
    const StagePalette palette = paletteFor(frame.style.theme);
    const QImage image = render(frame);
    const int kernelCells = static_cast<int>(problem.kernel.size());
    const int inCells = static_cast<int>(problem.input.size());
    int empty = 0;
    for (int r = box.rowBegin(); r < box.rowEnd(); ++r) {
        for (int c = box.colBegin(); c < box.colEnd(); ++c) {
            const QRectF rect = box.entryRect({r, c});
            if (!box.rect.contains(rect))
                continue;
            const QRgb shown = commonColour(image, rect);
            const bool inGroup = s.groupOfOut(r / (size.h * size.w)) == s.groupOfIn(c / inCells);
            const QString where = QStringLiteral("entry (%1, %2)").arg(r).arg(c);
            // A line in the muted text colour runs along the first row and column of a block.
            const QPoint left(static_cast<int>(std::ceil(rect.left() - 1)), rect.center().y());
            const QPoint top(rect.center().x(), static_cast<int>(std::ceil(rect.top() - 1)));
            if (c > 0 && c % inCells == 0 && r != row)
                QVERIFY2(near(image.pixel(left), palette.mutedText), qPrintable(where));
            if (r > 0 && r % (size.h * size.w) == 0)
                QVERIFY2(near(image.pixel(top), palette.mutedText), qPrintable(where));
            if (hasTap(core, r, c)) {
                const QColor fill =
                    kernelFill(core.taps.coeff(r, c) % kernelCells, frame.style.theme);
                QVERIFY2(shown == fill.rgba(), qPrintable(where));
            } else if (r == row) { // the band tints the step's row
                QVERIFY2(shown != palette.cell.rgba() && shown != palette.padding.rgba(),
                         qPrintable(where));
            } else if (inGroup) {
                QVERIFY2(shown == palette.cell.rgba(), qPrintable(where));
            } else {
                QVERIFY2(shown == palette.padding.rgba(), qPrintable(where));
                ++empty;
            }
        }
    }
    QCOMPARE(empty > 0, s.groups > 1);
}

QTEST_MAIN(TestChannelStage)
#include "tst_channel_stage.moc"
