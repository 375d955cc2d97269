#include "core/channels.h"
#include "core/step_channels.h"
#include "io/lesson_catalog.h"
#include "tests/core/channel_fixture.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace convstep;

namespace {

// The stage at the first-run window (1360×820) and at 1024×600, between the docks.
const QSizeF firstRun(707, 636);
const QSizeF small(400, 350);

Problem lesson(const QString &id)
{
    const CatalogEntry *entry = findBuiltInLesson(id);
    return entry ? entry->lesson.problem : Problem{};
}

QImage render(const StageFrame &frame, const QRectF &area)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    StageRenderer().paint(painter, area, frame);
    return image;
}

} // namespace

// A step that reads several input channels shows them all, a row each beside its kernel, when
// their numbers stay legible; otherwise the pair in front and the decks.
class TestChannelRows final : public QObject
{
    Q_OBJECT

private slots:
    void rowsWhenTheyFit_data();
    void rowsWhenTheyFit();
};

void TestChannelRows::rowsWhenTheyFit_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<int>("step");
    QTest::addColumn<std::optional<int>>("chosen"); // an input channel brought to the front
    QTest::addColumn<int>("rows"); // 0: the front pair and decks

    const std::optional<int> none;
    // Lesson 26: 3 input channels of 4×4; lesson 28: two groups of 2 channels of 3×3.
    QTest::newRow("rgb to two, first run") << "channels-rgb-to-two" << firstRun << 4 << none << 3;
    QTest::newRow("rgb to two, second output")
        << "channels-rgb-to-two" << firstRun << 13 << none << 3;
    QTest::newRow("rgb to two, 1024×600") << "channels-rgb-to-two" << small << 4 << none << 0;
    QTest::newRow("rgb to two, a channel chosen")
        << "channels-rgb-to-two" << firstRun << 4 << std::optional(1) << 0;
    QTest::newRow("grouped, first run") << "channels-grouped" << firstRun << 1 << none << 2;
    QTest::newRow("grouped, second group") << "channels-grouped" << firstRun << 5 << none << 2;
    // Two rows of 3×3 still keep legible cells on the small stage; three of 4×4 do not.
    QTest::newRow("grouped, 1024×600") << "channels-grouped" << small << 1 << none << 2;
    // Depthwise: a step reads one channel.
    QTest::newRow("depthwise") << "channels-depthwise" << firstRun << 1 << none << 0;
}

void TestChannelRows::rowsWhenTheyFit()
{
    QFETCH(QString, lesson);
    QFETCH(QSizeF, size);
    QFETCH(int, step);
    QFETCH(std::optional<int>, chosen);
    QFETCH(int, rows);
    const Problem problem = ::lesson(lesson);
    QVERIFY(hasChannels(problem));
    const auto trace = std::make_shared<const Trace>(makeTrace(problem, View::Direct));
    StageFrame frame = frameAt(trace, step, {});
    frame.frontIn = chosen;
    const QRectF area(QPointF(0, 0), size);
    const StageLayout layout = layoutStage(area, frame);
    QCOMPARE(static_cast<int>(layout.rows.size()), rows);
    if (rows == 0)
        return;

    const StepChannels channels = stepChannels(*trace, frame.step);
    const QFontMetricsF title(layout.titleFont);
    const QRectF target = layout.target.deckRect();
    QVERIFY(area.contains(target));
    const QImage drawn = render(frame, area);
    for (int r = 0; r < rows; ++r) {
        const ChannelRow &row = layout.rows[static_cast<size_t>(r)];
        QCOMPARE(row.channel, channels.ins[static_cast<size_t>(r)]);
        // Legible cells, on the stage, clear of the target and of the row above with its titles.
        QVERIFY(row.source.cell >= compactCellPixels);
        QCOMPARE(row.kernel.cell, row.source.cell);
        for (const GridBox *box : {&row.source, &row.kernel}) {
            const QRectF titled = box->rect().adjusted(0, -title.height() * 1.5, 0, 0);
            QVERIFY(area.contains(titled));
            QVERIFY(!titled.intersects(target));
            if (r > 0) {
                const ChannelRow &above = layout.rows[static_cast<size_t>(r - 1)];
                QVERIFY(titled.top() >= above.source.rect().bottom());
                QVERIFY(titled.top() >= above.kernel.rect().bottom());
            }
        }
        QVERIFY(row.source.rect().right() < row.kernel.rect().left());
        QVERIFY2(
            row.source.title.startsWith(QStringLiteral("Input channel %1 of").arg(row.channel)),
            qPrintable(row.source.title));
        const auto index = weightIndex(problem, channels.out, row.channel);
        QVERIFY2(row.kernel.title.contains(QStringLiteral("W[%1, %2]").arg(index[0]).arg(index[1])),
                 qPrintable(row.kernel.title));

        // The row draws its channel's numbers and products: the picture of the problem whose
        // every channel is this one.
        const auto pair = std::make_shared<const Trace>(
            makeTrace(test::pairReplica(problem, channels.out, row.channel), View::Direct));
        const QImage expected = render(frameAt(pair, step, {}), area);
        for (const GridBox *box : {&row.source, &row.kernel}) {
            const QRect rect = box->rect().toAlignedRect();
            QVERIFY2(
                drawn.copy(rect) == expected.copy(rect),
                qPrintable(
                    QStringLiteral("row %1, grid %2").arg(r).arg(static_cast<int>(box->role))));
        }

        // The pointer over a row's cell links that channel's products only.
        const Cell cell{1, 1};
        const auto hit = layout.hitTest(row.source.cellRect(cell).center());
        QVERIFY(hit);
        QCOMPARE(hit->role, GridRole::Source);
        QCOMPARE(hit->channel, std::optional(row.channel));
        const std::vector<Mac> links = linksOf(frame, *hit);
        QVERIFY(!links.empty());
        for (const Mac &mac : links) {
            QCOMPARE(mac.inChannel.value_or(-1), row.channel);
            QCOMPARE(mac.outChannel.value_or(-1), channels.out);
        }
    }

    // The pointer over an output cell links the products of every row.
    const auto output = layout.hitTest(layout.target.cellRect({0, 0}).center());
    QVERIFY(output);
    QCOMPARE(output->role, GridRole::Target);
    std::vector<int> linked;
    for (const Mac &mac : linksOf(frame, *output)) {
        QCOMPARE(mac.outChannel.value_or(-1), channels.out);
        if (std::find(linked.begin(), linked.end(), *mac.inChannel) == linked.end())
            linked.push_back(*mac.inChannel);
    }
    std::sort(linked.begin(), linked.end());
    QCOMPARE(linked, channels.ins);
}

QTEST_MAIN(TestChannelRows)
#include "tst_channel_rows.moc"
