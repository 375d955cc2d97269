#include "core/compute.h"
#include "core/gradient.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace convstep;
using convstep::test::counting;
using convstep::test::gridOf;

// A backward trace (the window's keys 5 and 6, export --view backward-*) paints every step
// within the grids it has: its source and target canvases and the MACs that point into them
// agree (the sanitizer stage checks every read).
class TestBackwardStage final : public QObject
{
    Q_OBJECT

private slots:
    void everyStepPaints_data();
    void everyStepPaints();
    void gridsHoldTheGradients_data();
    void gridsHoldTheGradients();
};

void TestBackwardStage::everyStepPaints_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");

    Problem padded{.op = Op::Conv2d,
                   .input = counting(5, 4),
                   .kernel = gridOf({{1, -1}, {2, 0.5}}),
                   .stride = {2, 1},
                   .padding = {1, 1}};
    Problem transposed{.op = Op::ConvTranspose2d,
                       .input = counting(2, 3),
                       .kernel = counting(3, 2),
                       .stride = {2, 3},
                       .padding = {1, 0},
                       .outputPadding = {1, 2}};
    Problem sparse{.op = Op::ConvTranspose2d,
                   .input = counting(2, 2),
                   .kernel = gridOf({{3}}),
                   .stride = {3, 3},
                   .paddingMode = PaddingMode::Valid};
    for (View view : {View::BackwardInput, View::BackwardKernel}) {
        QTest::addRow("conv2d %s", viewName(view)) << padded << view;
        QTest::addRow("conv_transpose2d %s", viewName(view)) << transposed << view;
        QTest::addRow("past the canvas %s", viewName(view)) << sparse << view;
    }
}

void TestBackwardStage::everyStepPaints()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    const Grid upstream =
        counting(int(computeOutput(problem).rows()), int(computeOutput(problem).cols()), -4);
    const auto trace = std::make_shared<const Trace>(makeTrace(problem, view, upstream));
    QImage image(640, 400, QImage::Format_RGB32);
    for (int i = 0; i < trace->stepCount; ++i) {
        for (double progress : {0.0, 0.5, 1.0}) {
            image.fill(Qt::black);
            QPainter painter(&image);
            StageRenderer().paint(painter, QRectF(image.rect()),
                                  frameAt(trace, i, {}, progress, i - 1));
            painter.end();
            QCOMPARE(image.pixelColor(2, 2), paletteFor(Theme::Light).background);
        }
    }
}

// The grids are the gradients' own: g on the left (or the padded input ∂L/∂W of a
// convolution reads), the gradient being built on the right, its whole canvas inside the
// stage, and g's values painted where the cells show them.
void TestBackwardStage::gridsHoldTheGradients_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<QString>("sourceTitle");
    QTest::addColumn<QString>("targetTitle");
    QTest::addColumn<Pair>("targetSize");

    const Problem padded{.op = Op::Conv2d,
                         .input = counting(5, 5),
                         .kernel = counting(3, 3),
                         .stride = {2, 2},
                         .padding = {1, 1}};
    const Problem transposed{.op = Op::ConvTranspose2d,
                             .input = counting(3, 3),
                             .kernel = counting(3, 3),
                             .stride = {2, 2},
                             .padding = {1, 1},
                             .outputPadding = {1, 1}};
    QTest::newRow("conv2d ∂L/∂x") << padded << View::BackwardInput << QStringLiteral("∂L/∂y 3×3")
                                  << QStringLiteral("Padded 7×7 → ∂L/∂x 5×5") << Pair{7, 7};
    QTest::newRow("conv2d ∂L/∂W") << padded << View::BackwardKernel
                                  << QStringLiteral("Input 5×5, padded → 7×7")
                                  << QStringLiteral("∂L/∂W 3×3") << Pair{3, 3};
    QTest::newRow("conv_transpose2d ∂L/∂x")
        << transposed << View::BackwardInput << QStringLiteral("∂L/∂y 6×6 on the canvas, 7×7")
        << QStringLiteral("∂L/∂x 3×3") << Pair{3, 3};
}

void TestBackwardStage::gridsHoldTheGradients()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(QString, sourceTitle);
    QFETCH(QString, targetTitle);
    QFETCH(Pair, targetSize);
    const Pair out = sizeOf(onesUpstream(problem));
    const auto trace =
        std::make_shared<const Trace>(makeTrace(problem, view, counting(out.h, out.w, -4)));
    const QRectF area(0, 0, 900, 560);
    const StageFrame frame = frameAt(trace, trace->stepCount / 2, {});
    const StageLayout layout = layoutStage(area, frame);
    QCOMPARE(layout.source.title, sourceTitle);
    QCOMPARE(layout.target.title, targetTitle);
    QCOMPARE((Pair{layout.target.rows, layout.target.cols}), targetSize);
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target})
        QVERIFY(area.contains(box->rect()));
    if (view != View::BackwardInput || problem.op != Op::Conv2d)
        return;
    // g's cells are painted: the cell of g = -4 (its first) is darker than an empty cell.
    QImage image(area.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    StageRenderer().paint(painter, area, frame);
    painter.end();
    const QRectF first = layout.source.cellRect({0, 0});
    const QRectF last = layout.source.cellRect({out.h - 1, out.w - 1});
    const auto inked = [&](const QRectF &cell) {
        int dark = 0;
        for (int y = int(cell.top()) + 2; y < int(cell.bottom()) - 2; ++y)
            for (int x = int(cell.left()) + 2; x < int(cell.right()) - 2; ++x)
                dark += qGray(image.pixel(x, y)) < 100;
        return dark;
    };
    QVERIFY(inked(first) > 0); // "-4"
    QVERIFY(inked(last) > 0); // "4"
}

QTEST_MAIN(TestBackwardStage)
#include "tst_backward_stage.moc"
