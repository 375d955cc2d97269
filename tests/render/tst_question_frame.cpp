#include "tests/support/predict_problems.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

const QRectF area(0, 0, 1000, 560);

std::shared_ptr<const Trace> traced(const Problem &problem, View view = View::Direct)
{
    return std::make_shared<const Trace>(makeTrace(problem, view));
}

QImage paint(const StageFrame &frame)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    StageRenderer().paint(painter, area, frame);
    return image;
}

// The target grid as painted, without its title.
QImage target(const StageFrame &frame)
{
    return paint(frame).copy(layoutStage(area, frame).target.rect().toAlignedRect());
}

QColor cornerOf(const QImage &image, const GridBox &box, Cell cell)
{
    const QRectF rect = box.cellRect(cell);
    return image.pixelColor((rect.topLeft() + QPointF(4, 4)).toPoint());
}

} // namespace

// Predict mode's question frames show the state before a step and nothing of what it writes.
class TestQuestionFrame final : public QObject
{
    Q_OBJECT

private slots:
    void theValueAskedForIsNotPainted();
    void scatterProductsDoNotLand();
    void theOutputIsNotOutlinedBeforeTheCrop();
    void picksAndTheCursorAreMarked();
};

void TestQuestionFrame::theValueAskedForIsNotPainted()
{
    // Two kernels, two different values of output (0, 0): the question paints the same "?".
    Problem other = test::smallConvolution();
    other.kernel(1, 1) = -3;
    const auto a = traced(test::smallConvolution());
    const auto b = traced(other);
    QVERIFY(a->output(0, 0) != b->output(0, 0));
    const QImage askedA = target(questionFrameAt(a, 0, {}, {}));
    const QImage askedB = target(questionFrameAt(b, 0, {}, {}));
    QCOMPARE(askedA, askedB);
    QVERIFY(target(frameAt(a, 0, {})) != target(frameAt(b, 0, {})));
    // The cell asked about is marked in the focus colour.
    const StageFrame frame = questionFrameAt(a, 0, {}, {});
    const StageLayout layout = layoutStage(area, frame);
    QCOMPARE(cornerOf(paint(frame), layout.target, {0, 0}), paletteFor(frame.style.theme).focus);
    QVERIFY(!frame.after->written(0, 0));
    QCOMPARE(frame.progress, 0.0);
}

void TestQuestionFrame::scatterProductsDoNotLand()
{
    Problem other = test::stridedTransposed();
    other.kernel.setConstant(2);
    const auto a = traced(test::stridedTransposed());
    const auto b = traced(other);
    QCOMPARE(target(questionFrameAt(a, 0, {}, {})), target(questionFrameAt(b, 0, {}, {})));
    QVERIFY(target(frameAt(a, 0, {})) != target(frameAt(b, 0, {})));
    // Hover links would point at the reached cells: a question frame has none.
    QVERIFY(questionFrameAt(a, 0, {}, {}).links.empty());
}

void TestQuestionFrame::theOutputIsNotOutlinedBeforeTheCrop()
{
    // The same canvas, cropped by padding 1 or 2: the crop's question looks the same.
    Problem narrow = test::stridedTransposed();
    narrow.outputPadding = {0, 0};
    Problem wide = narrow;
    wide.padding = {2, 2};
    const auto a = traced(narrow);
    const auto b = traced(wide);
    QCOMPARE(phaseOf(*a, 9), Phase::Crop);
    QCOMPARE(phaseOf(*b, 9), Phase::Crop);
    QCOMPARE(target(questionFrameAt(a, 9, {}, {})), target(questionFrameAt(b, 9, {}, {})));
    QVERIFY(target(frameAt(a, 9, {}, 0.0)) != target(frameAt(b, 9, {}, 0.0)));
}

void TestQuestionFrame::picksAndTheCursorAreMarked()
{
    const auto trace = traced(test::stridedTransposed());
    const QImage plain = paint(questionFrameAt(trace, 0, {}, {}));
    StageQuestion question;
    question.picked = {{1, 1}};
    question.cursor = Cell{3, 3};
    const StageFrame frame = questionFrameAt(trace, 0, {}, question);
    const QImage marked = paint(frame);
    const StageLayout layout = layoutStage(area, frame);
    QVERIFY(cornerOf(marked, layout.target, {1, 1}) != cornerOf(plain, layout.target, {1, 1}));
    const QRect cursor = layout.target.cellRect({3, 3}).toAlignedRect();
    QVERIFY(marked.copy(cursor) != plain.copy(cursor));
    const QRect untouched = layout.target.cellRect({5, 5}).toAlignedRect();
    QCOMPARE(marked.copy(untouched), plain.copy(untouched));
}

QTEST_MAIN(TestQuestionFrame)
#include "tst_question_frame.moc"
