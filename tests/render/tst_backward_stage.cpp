#include "core/compute.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace convstep;
using convstep::test::counting;
using convstep::test::gridOf;

// The window and exports draw the forward views only (the playback model and the export
// options refuse the backward ones), but a backward trace handed to the renderer still paints
// every step within the grids it has: its source and target canvases and the MACs that point
// into them agree (the sanitizer stage checks every read).
class TestBackwardStage final : public QObject
{
    Q_OBJECT

private slots:
    void everyStepPaints_data();
    void everyStepPaints();
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

QTEST_MAIN(TestBackwardStage)
#include "tst_backward_stage.moc"
