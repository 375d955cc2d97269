#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/render/stage_style.h"
#include "ui/widgets/stage_widget.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace convstep;

namespace {

const QRectF stageArea(0, 0, 1280, 800);

std::shared_ptr<const Trace> traceOf(const Problem &problem)
{
    return std::make_shared<const Trace>(makeTrace(problem, View::Direct));
}

} // namespace

// Big grids switch to the compact style (colours, values in tooltips); a small kernel beside
// them keeps cells large enough for its numbers.
class TestStageLayout final : public QObject
{
    Q_OBJECT

private slots:
    void compactBeyondWhatFits_data();
    void compactBeyondWhatFits();
    void gridsStayApartAndOnTheStage_data();
    void gridsStayApartAndOnTheStage();
    void compactCellsShowTheirValueAsATooltip();
    void compactGridHasNoSeams_data();
    void compactGridHasNoSeams();
    void tinyCellsShowTheirValueColours_data();
    void tinyCellsShowTheirValueColours();
};

void TestStageLayout::compactBeyondWhatFits_data()
{
    QTest::addColumn<QSizeF>("area");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<bool>("kernelCompact");
    QTest::newRow("4×4, 3×3") << stageArea.size() << test::squareProblem(Op::Conv2d, 4, 3, 1)
                              << false << false;
    QTest::newRow("16×16, 3×3") << stageArea.size() << test::squareProblem(Op::Conv2d, 16, 3, 1)
                                << false << false;
    QTest::newRow("64×64, 3×3") << stageArea.size() << test::squareProblem(Op::Conv2d, 64, 3, 1)
                                << true << false;
    QTest::newRow("64×64, 7×7, stride 2")
        << stageArea.size() << test::squareProblem(Op::Conv2d, 64, 7, 2) << true << false;
    QTest::newRow("transposed 24×24, stride 2")
        << stageArea.size() << test::squareProblem(Op::ConvTranspose2d, 24, 3, 2) << true << false;
    // A canvas of 1024 cells a side: cells under a pixel, everything still on the stage.
    QTest::newRow("transposed 64×64, 16×16, stride 16")
        << stageArea.size() << test::squareProblem(Op::ConvTranspose2d, 64, 16, 16) << true << true;
    // A kernel as big as the input gets no room of its own: it is compact too.
    QTest::newRow("64×64, 64×64") << stageArea.size() << test::squareProblem(Op::Conv2d, 64, 64, 1)
                                  << true << true;
    // The stage of the first-run window (1360×820) and of a 1024×600 one: a 3×3 kernel beside a
    // padded 64×64 input keeps its numbers, even though the compact grids give up room for it.
    Problem padded = test::squareProblem(Op::Conv2d, 64, 3, 1);
    padded.padding = {1, 1};
    QTest::newRow("64×64 padded, 3×3, first-run stage")
        << QSizeF(700, 560) << padded << true << false;
    QTest::newRow("64×64 padded, 3×3, 1024×600 stage")
        << QSizeF(400, 340) << padded << true << false;
}

void TestStageLayout::compactBeyondWhatFits()
{
    QFETCH(QSizeF, area);
    QFETCH(Problem, problem);
    QFETCH(bool, compact);
    QFETCH(bool, kernelCompact);
    const StageLayout layout =
        layoutStage(QRectF(QPointF(0, 0), area), frameAt(traceOf(problem), 0, {}));
    QCOMPARE(layout.compact, compact);
    QCOMPARE(layout.kernelCompact, kernelCompact);
    QCOMPARE(layout.source.cell, layout.cell);
    QCOMPARE(layout.target.cell, layout.cell);
    if (!compact)
        QCOMPARE(layout.kernel.cell, layout.cell);
    else if (!kernelCompact)
        QVERIFY(layout.kernel.cell >= compactCellPixels);
    else
        QVERIFY(layout.kernel.cell >= layout.cell); // as large as there is room for
    if (!kernelCompact) // numbers in the kernel: larger cells, larger numbers
        QCOMPARE(layout.kernelFont.pixelSize() > layout.cellFont.pixelSize(),
                 layout.kernel.cell > layout.cell);
}

void TestStageLayout::gridsStayApartAndOnTheStage_data()
{
    compactBeyondWhatFits_data();
}

void TestStageLayout::gridsStayApartAndOnTheStage()
{
    QFETCH(Problem, problem);
    for (const QSizeF size : {QSizeF(1280, 800), QSizeF(800, 600), QSizeF(1920, 1080)}) {
        const QRectF area(QPointF(0, 0), size);
        const StageLayout layout = layoutStage(area, frameAt(traceOf(problem), 0, {}));
        const QRectF source = layout.source.rect();
        const QRectF kernel = layout.kernel.rect();
        const QRectF target = layout.target.rect();
        for (const QRectF &r : {source, kernel, target})
            QVERIFY2(area.contains(r),
                     qPrintable(QStringLiteral("%1×%2: grid at %3, %4, %5 × %6")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(r.left())
                                    .arg(r.top())
                                    .arg(r.width())
                                    .arg(r.height())));
        // Room for an operator between neighbours.
        QVERIFY(kernel.left() - source.right() >= std::min(layout.cell, 10.0));
        QVERIFY(target.left() - kernel.right() >= std::min(layout.cell, 10.0));
    }
}

void TestStageLayout::compactCellsShowTheirValueAsATooltip()
{
    Problem problem = test::squareProblem(Op::Conv2d, 64, 3, 1);
    problem.input(5, 7) = -42.5;
    StageWidget stage;
    stage.resize(1280, 800);
    stage.setFrame(frameAt(traceOf(problem), 0, {}));
    stage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage));
    QVERIFY(stage.stageLayout().compact);
    const QPoint at = stage.stageLayout().source.cellRect({5, 7}).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, stage.mapToGlobal(at));
    QCoreApplication::sendEvent(&stage, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("-42.5")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("(5, 7)")));

    // The enlarged kernel is hit-tested, and editable, at its own cell size.
    const QPoint kernelCell = stage.stageLayout().kernel.cellRect({2, 1}).center().toPoint();
    const auto hit = stage.stageLayout().hitTest(kernelCell);
    QVERIFY(hit);
    QCOMPARE(hit->role, GridRole::Kernel);
    QCOMPARE(hit->cell, (Cell{2, 1}));
    QVERIFY(stage.editCell(*hit));
}

void TestStageLayout::compactGridHasNoSeams_data()
{
    QTest::addColumn<int>("side");
    QTest::newRow("100×100 (cells of about five pixels)") << 100;
    QTest::newRow("200×200 (about two pixels)") << 200;
    QTest::newRow("512×512 (about one pixel)") << 512;
}

// A constant input paints as one flat colour: no cell edge blends with the background.
void TestStageLayout::compactGridHasNoSeams()
{
    QFETCH(int, side);
    Problem problem = test::squareProblem(Op::Conv2d, side, 3, 1);
    problem.input.setConstant(2.0);
    const StageFrame frame = frameAt(traceOf(problem), 0, {});
    QImage image(1283, 797, QImage::Format_RGB32); // odd sizes: fractional cell edges
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(image.rect()), frame);
    painter.end();
    const StageLayout layout = layoutStage(QRectF(image.rect()), frame);
    QVERIFY(layout.compact);
    // The lower half of the input: far from the kernel window in the top-left corner.
    const QRect inside = layout.source.rect().toAlignedRect().adjusted(3, 3, -3, -3);
    const QRgb expected = image.pixel(inside.center());
    int others = 0;
    for (int y = inside.center().y(); y < inside.bottom(); ++y)
        for (int x = inside.left(); x < inside.right(); ++x)
            others += image.pixel(x, y) != expected;
    QCOMPARE(others, 0);
}

void TestStageLayout::tinyCellsShowTheirValueColours_data()
{
    QTest::addColumn<Op>("op");
    QTest::newRow("convolution") << Op::Conv2d;
    QTest::newRow("transposed, stride 2") << Op::ConvTranspose2d;
}

// Cells of a pixel or two are painted as one image; each cell still shows its value's colour,
// in the input and, at the last step, in the output.
void TestStageLayout::tinyCellsShowTheirValueColours()
{
    QFETCH(Op, op);
    Problem problem = test::squareProblem(op, 192, 2, op == Op::Conv2d ? 1 : 2);
    for (int r = 0; r < 192; ++r)
        for (int c = 0; c < 192; ++c)
            problem.input(r, c) = ((r / 24 + c / 24) % 2 ? 3.0 : -1.0) * (1 + (r / 48));
    problem.kernel.setConstant(1.0);
    const auto trace = traceOf(problem);
    const StageFrame frame = frameAt(trace, trace->stepCount - 1, {});
    QImage image(1280, 800, QImage::Format_RGB32);
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(image.rect()), frame);
    painter.end();
    const StageLayout layout = layoutStage(QRectF(image.rect()), frame);
    QVERIFY(layout.cell < 3.0);
    const StagePalette palette = paletteFor(Theme::Light);
    const double inputMagnitude = problem.input.cwiseAbs().maxCoeff();
    const double outputMagnitude = trace->output.cwiseAbs().maxCoeff();
    // Cells in the middle of each block, where neighbours share the colour.
    for (int r = 12; r < 192; r += 24)
        for (int c = 12; c < 192; c += 24) {
            const QPoint at = layout.source.cellRect({r, c}).center().toPoint();
            QCOMPARE(QColor(image.pixel(at)),
                     valueColour(problem.input(r, c), inputMagnitude, palette));
        }
    const Cell origin = layout.outputOrigin;
    for (int r = 12; r + 12 < trace->output.rows(); r += 24)
        for (int c = 12; c + 12 < trace->output.cols(); c += 24) {
            const Cell at{origin.row + r, origin.col + c};
            QCOMPARE(QColor(image.pixel(layout.target.cellRect(at).center().toPoint())),
                     valueColour(trace->output(r, c), outputMagnitude, palette));
        }
}

QTEST_MAIN(TestStageLayout)
#include "tst_stage_layout.moc"
