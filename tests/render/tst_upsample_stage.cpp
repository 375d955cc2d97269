#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_painter.h"
#include "ui/render/stage_renderer.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>

using namespace convstep;

// The stage draws the upsampling ops without a kernel: input → output, with max unpooling's
// pooled grid in between, and each step's block tinted where it lands.
class TestUpsampleStage final : public QObject
{
    Q_OBJECT

private slots:
    void layoutHasNoKernel_data();
    void layoutHasNoKernel();
    void everyStepPaints_data();
    void everyStepPaints();
    void copiedBlockIsTinted();
    void pooledCellLinksItsBlock();
    void decimalsGoBeforeTheTextShrinks_data();
    void decimalsGoBeforeTheTextShrinks();

private:
    static std::shared_ptr<const Trace> traceOf(const QString &id);
};

std::shared_ptr<const Trace> TestUpsampleStage::traceOf(const QString &id)
{
    const CatalogEntry *entry = findBuiltInLesson(id);
    if (!entry)
        return {};
    return std::make_shared<const Trace>(makeTrace(entry->lesson.problem, View::Direct));
}

static void addLessons()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"upsample-nearest", "upsample-bilinear", "bed-of-nails", "max-unpool"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestUpsampleStage::layoutHasNoKernel_data()
{
    addLessons();
}

void TestUpsampleStage::layoutHasNoKernel()
{
    QFETCH(QString, id);
    const auto trace = traceOf(id);
    QVERIFY(trace);
    const StageLayout layout = layoutStage(QRectF(0, 0, 1280, 800), frameAt(trace, 0, {}));
    const Geometry &g = trace->geometry;
    if (trace->problem.op == Op::MaxUnpool2d) {
        QCOMPARE(layout.kernel.rows, g.rows.pooled);
        QCOMPARE(layout.kernel.cols, g.cols.pooled);
    } else {
        QCOMPARE(layout.kernel.cols, 0);
    }
    QCOMPARE(layout.target.rows, g.rows.out);
    QCOMPARE(layout.target.cols, g.cols.out);
    QVERIFY(layout.source.rect().right() < layout.target.rect().left());
}

void TestUpsampleStage::everyStepPaints_data()
{
    addLessons();
}

void TestUpsampleStage::everyStepPaints()
{
    QFETCH(QString, id);
    const auto trace = traceOf(id);
    QImage image(800, 500, QImage::Format_RGB32);
    for (int i = 0; i < trace->stepCount; ++i) {
        for (double progress : {0.0, 0.5, 1.0}) {
            image.fill(Qt::black);
            QPainter painter(&image);
            StageRenderer().paint(painter, QRectF(image.rect()),
                                  frameAt(trace, i, {}, progress, i - 1));
            painter.end();
            // The stage background covers the picture: it was painted.
            QCOMPARE(image.pixelColor(2, 2), paletteFor(Theme::Light).background);
        }
    }
}

void TestUpsampleStage::copiedBlockIsTinted()
{
    // Step 1 of nearest copies input (0, 0) into the output's top-left block.
    const auto trace = traceOf(QStringLiteral("upsample-nearest"));
    const StageFrame frame = frameAt(trace, 0, {});
    QImage image(1280, 800, QImage::Format_RGB32);
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(image.rect()), frame);
    painter.end();
    const StageLayout layout = layoutStage(QRectF(image.rect()), frame);
    for (const Mac &mac : frame.step.macs) {
        const QRectF cell = layout.target.cellRect(mac.target);
        const QPoint probe =
            (cell.topLeft() + QPointF(cell.width() * 0.2, cell.height() * 0.2)).toPoint();
        const int element = mac.kernel.row * trace->geometry.cols.scale + mac.kernel.col;
        QCOMPARE(image.pixelColor(probe).rgb(), kernelFill(element, Theme::Light).rgb());
    }
    // A cell outside the block is still waiting.
    const Cell later{trace->geometry.rows.out - 1, trace->geometry.cols.out - 1};
    const QRectF cell = layout.target.cellRect(later);
    const QPoint probe =
        (cell.topLeft() + QPointF(cell.width() * 0.2, cell.height() * 0.2)).toPoint();
    QCOMPARE(image.pixelColor(probe).rgb(), paletteFor(Theme::Light).pending.rgb());
}

void TestUpsampleStage::pooledCellLinksItsBlock()
{
    const auto trace = traceOf(QStringLiteral("max-unpool"));
    const StageFrame frame = frameAt(trace, 0, {});
    const std::vector<Mac> links = linksOf(frame, {GridRole::Kernel, {1, 0}});
    const int block = trace->geometry.rows.scale * trace->geometry.cols.scale;
    // The pool step's candidates and the unpool step's block.
    QCOMPARE(int(links.size()), 2 * block);
    for (const Mac &mac : links)
        QVERIFY(mac.input->row / trace->geometry.rows.scale == 1
                && mac.input->col / trace->geometry.cols.scale == 0);
}

void TestUpsampleStage::decimalsGoBeforeTheTextShrinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("font");
    QTest::addColumn<double>("width");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("least"); // pixels at least
    QTest::newRow("fits as it is") << "2.3125" << 14 << 80.0 << "2.3125" << 14;
    QTest::newRow("two decimals") << "2.3125" << 14 << 36.0 << "2.31" << 11;
    QTest::newRow("one decimal") << "2.3125" << 14 << 26.0 << "2.3" << 11;
    QTest::newRow("negative") << "-0.4375" << 14 << 36.0 << "-0.44" << 11;
    QTest::newRow("a product") << "×0.5625" << 14 << 40.0 << "×0.56" << 11;
    QTest::newRow("rounds up") << "3.1875" << 14 << 26.0 << "3.2" << 11;
    QTest::newRow("whole numbers shrink") << "123456" << 14 << 30.0 << "123456" << 6;
    QTest::newRow("small fonts keep their size") << "0.5625" << 9 << 24.0 << "0.56" << 9;
}

// A fraction such as 2.3125 in a small cell is written with fewer decimals at a legible size,
// never shrunk to a speck.
void TestUpsampleStage::decimalsGoBeforeTheTextShrinks()
{
    QFETCH(QString, text);
    QFETCH(int, font);
    QFETCH(double, width);
    QFETCH(QString, shown);
    QFETCH(int, least);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(font);
    const detail::FittedText fitted = detail::fitCellText(text, f, width);
    QCOMPARE(fitted.text, shown);
    QVERIFY2(fitted.pixelSize >= least, qPrintable(QString::number(fitted.pixelSize)));
    f.setPixelSize(fitted.pixelSize);
    QVERIFY(QFontMetricsF(f).horizontalAdvance(fitted.text) <= width * 0.88 + 0.5);
}

QTEST_MAIN(TestUpsampleStage)
#include "tst_upsample_stage.moc"
