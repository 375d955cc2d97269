#include "core/channels.h"
#include "core/links.h"
#include "core/step_channels.h"
#include "io/lesson_catalog.h"
#include "io/text.h"
#include "tests/core/channel_fixture.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/stage_widget.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <memory>

using namespace convstep;

namespace {

Problem problemOf(const QString &source)
{
    if (source == QLatin1String("transposed"))
        return test::channelProblem(Op::ConvTranspose2d, 2, 3, 1, 0);
    const CatalogEntry *entry = findBuiltInLesson(source);
    return entry ? entry->lesson.problem : Problem{};
}

QImage render(const StageFrame &frame, const QRectF &area)
{
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    StageRenderer().paint(painter, area, frame);
    return image;
}

bool contains(const std::vector<int> &list, int channel)
{
    return std::find(list.begin(), list.end(), channel) != list.end();
}

// The stage and its model, wired as the main window wires them.
struct Stage
{
    PlaybackModel model;
    StageWidget widget;

    explicit Stage(const Problem &problem, int step)
    {
        model.setAnimated(false);
        QObject::connect(&model, &PlaybackModel::frameChanged, &widget,
                         [this] { widget.setFrame(model.frame()); });
        QObject::connect(&widget, &StageWidget::hovered, &model, &PlaybackModel::setHover);
        QObject::connect(&widget, &StageWidget::channelPicked, &model, &PlaybackModel::showChannel);
        model.setProblem(problem);
        model.setStep(step);
        widget.setFrame(model.frame());
        widget.resize(1280, 720);
    }

    QPoint at(const QRectF &layoutRect) const
    {
        return widget.viewport().toWidget(layoutRect).center().toPoint();
    }

    QString tooltipAt(QPoint point)
    {
        QHelpEvent help(QEvent::ToolTip, point, widget.mapToGlobal(point));
        QCoreApplication::sendEvent(&widget, &help);
        return QTest::qWaitFor([] { return QToolTip::isVisible(); }, 1000) ? QToolTip::text()
                                                                           : QString();
    }
};

} // namespace

// A channel problem's decks are buttons: a tile brings its channel to the front of its grid,
// and the grids, titles, tooltips and hover links then belong to the channels in front.
class TestChannelDecks final : public QObject
{
    Q_OBJECT

private slots:
    void aTileBringsItsChannelForward_data();
    void aTileBringsItsChannelForward();
    void theChoiceFollowsTheSteps_data();
    void theChoiceFollowsTheSteps();
};

void TestChannelDecks::aTileBringsItsChannelForward_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("step");
    QTest::addColumn<GridRole>("deck");
    QTest::addColumn<int>("behind"); // the tile clicked: 1 is right behind the grid
    QTest::addColumn<QString>("tooltip");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");

    // Lesson 26: 3 input channels, 2 output channels of 3×3; step 4 writes output channel 0
    // from all three inputs. On a small stage channel 0 is in front of the decks.
    const QSize small(400, 350);
    QTest::newRow("rgb to two, input tile 1")
        << "channels-rgb-to-two" << small << 4 << GridRole::Source << 1 << "Show input channel 1"
        << 1 << 0;
    QTest::newRow("rgb to two, input tile 2")
        << "channels-rgb-to-two" << small << 4 << GridRole::Source << 2 << "Show input channel 2"
        << 2 << 0;
    QTest::newRow("rgb to two, output tile")
        << "channels-rgb-to-two" << small << 4 << GridRole::Target << 1 << "Show output channel 1"
        << 0 << 1;
    QTest::newRow("rgb to two, kernel tile")
        << "channels-rgb-to-two" << small << 4 << GridRole::Kernel << 1 << "Show kernel W[0, 1]"
        << 1 << 0;
    // On a large stage the three channels stand in rows, the decks behind the last (channel 2).
    const QSize large(1280, 720);
    QTest::newRow("rgb to two, rows, input tile 1")
        << "channels-rgb-to-two" << large << 4 << GridRole::Source << 1 << "Show input channel 0"
        << 0 << 0;
    QTest::newRow("rgb to two, rows, kernel tile 1")
        << "channels-rgb-to-two" << large << 4 << GridRole::Kernel << 1 << "Show kernel W[1, 0]"
        << 0 << 1;
    // Lesson 28: 4 inputs in 2 groups, 2 outputs of 2×2; step 1 writes output 0 from inputs
    // 0 and 1, in rows. An input of the other group takes the output of its group along.
    QTest::newRow("grouped, input of the other group")
        << "channels-grouped" << large << 1 << GridRole::Source << 1 << "Show input channel 2" << 2
        << 1;
    QTest::newRow("grouped, output of the other group")
        << "channels-grouped" << large << 1 << GridRole::Target << 1 << "Show output channel 1" << 2
        << 1;
    // Scatter from 2 channels to 3: step 16 scatters input channel 1 into every output.
    QTest::newRow("scatter, output tile") << "transposed" << large << 16 << GridRole::Target << 1
                                          << "Show output channel 1" << 1 << 1;
}

void TestChannelDecks::aTileBringsItsChannelForward()
{
    QFETCH(QString, source);
    QFETCH(QSize, size);
    QFETCH(int, step);
    QFETCH(GridRole, deck);
    QFETCH(int, behind);
    QFETCH(QString, tooltip);
    QFETCH(int, in);
    QFETCH(int, out);
    const Problem problem = problemOf(source);
    QVERIFY(hasChannels(problem));
    Stage stage(problem, step);
    stage.widget.resize(size);
    stage.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage.widget));
    const Trace &trace = *stage.model.trace();
    const StepChannels stepped = stepChannels(trace, stage.model.currentStep());

    // The tile's visible corner: a button with a tooltip. A stack of rows has its decks behind
    // the last row.
    const StageLayout &before = stage.widget.stageLayout();
    const GridBox &box = before.rows.empty() || deck == GridRole::Target ? before.box(deck)
        : deck == GridRole::Source                                       ? before.rows.back().source
                                   : before.rows.back().kernel;
    QVERIFY(box.deckBehind >= behind);
    const QRectF tile = box.rect().translated(behind * box.deckStep, behind * box.deckStep);
    const QPoint corner = stage.at(
        QRectF(tile.bottomRight() - QPointF(box.deckStep / 2, box.deckStep / 2), QSizeF(1, 1)));
    QTest::mouseMove(&stage.widget, corner);
    QCOMPARE(stage.widget.cursor().shape(), Qt::PointingHandCursor);
    QTRY_COMPARE(stage.tooltipAt(corner), tooltip);
    QTest::mouseClick(&stage.widget, Qt::LeftButton, {}, corner);
    QCOMPARE(stage.model.frontChannels().in, in);
    QCOMPARE(stage.model.frontChannels().out, out);

    // The titles name the channels in front, and say so when the step does not use them.
    const StageLayout &layout = stage.widget.stageLayout();
    const QString aside = QStringLiteral(", not in this step");
    QVERIFY2(layout.source.title.startsWith(QStringLiteral("Input channel %1 of").arg(in)),
             qPrintable(layout.source.title));
    QCOMPARE(layout.source.title.endsWith(aside), !contains(stepped.ins, in));
    const auto index = weightIndex(problem, out, in);
    QVERIFY2(layout.kernel.title.contains(QStringLiteral("W[%1, %2]").arg(index[0]).arg(index[1])),
             qPrintable(layout.kernel.title));
    const bool used = contains(stepped.ins, in) && contains(stepped.outs, out);
    QCOMPARE(layout.kernel.title.endsWith(aside), !used);
    QVERIFY2(layout.target.title.contains(QStringLiteral("channel %1 of").arg(out)),
             qPrintable(layout.target.title));
    QCOMPARE(layout.target.title.endsWith(aside), !contains(stepped.outs, out));

    // The input and kernel grids draw the pair's numbers: the same picture as the problem
    // holding only those numbers, highlights included; the target is that channel's state.
    const QRectF area(QPointF(0, 0), QSizeF(stage.widget.size()));
    const StageFrame shown = stage.widget.frame();
    StageFrame expected = frameAt(
        std::make_shared<const Trace>(makeTrace(test::pairReplica(problem, out, in), trace.view)),
        step, shown.style);
    expected.frontIn = shown.frontIn;
    expected.frontOut = shown.frontOut;
    const QImage drawn = render(shown, area);
    const QImage wanted = render(expected, area);
    const StageLayout rendered = layoutStage(area, shown);
    for (GridRole role : {GridRole::Source, GridRole::Kernel}) {
        const QRect rect = rendered.box(role).rect().toAlignedRect();
        QVERIFY2(drawn.copy(rect) == wanted.copy(rect),
                 qPrintable(QStringLiteral("grid %1").arg(static_cast<int>(role))));
    }
    QCOMPARE(shown.after->values, channelStateAfter(trace, step, out).values);

    // Tooltips give the front channels' values, named with their channel.
    const Cell cell{1, 1};
    const SourceCell input = channelSourceCell(trace, cell, in);
    QVERIFY(input.input);
    const QString inputTip = stage.tooltipAt(stage.at(layout.source.cellRect(cell)));
    QVERIFY2(inputTip.contains(
                 QStringLiteral("Input %1 = %2")
                     .arg(qt(channelCellText(problem, in, *input.input)), numberText(input.value))),
             qPrintable(inputTip));
    const Cell element{0, 1};
    const QString kernelTip = stage.tooltipAt(stage.at(layout.kernel.cellRect(element)));
    QVERIFY2(kernelTip.startsWith(
                 QStringLiteral("Kernel (%1, %2, 0, 1) = %3")
                     .arg(index[0])
                     .arg(index[1])
                     .arg(numberText(weightOf(problem, out, in)(element.row, element.col)))),
             qPrintable(kernelTip));
    const Cell origin = outputOrigin(trace);
    const QString outputTip =
        stage.tooltipAt(stage.at(layout.target.cellRect({origin.row, origin.col})));
    QVERIFY2(outputTip.startsWith(QStringLiteral("Output (%1, 0, 0)").arg(out)),
             qPrintable(outputTip));
    QVERIFY2(outputTip.contains(
                 QStringLiteral("Final value %1").arg(numberText(outputChannel(trace, out)(0, 0)))),
             qPrintable(outputTip));

    // Hovering an input cell links the front pair's products only, every one of them.
    QTest::mouseMove(&stage.widget, stage.at(layout.source.cellRect(cell)));
    QTRY_VERIFY(stage.model.hover().has_value());
    const std::vector<Mac> &links = stage.model.links();
    QVERIFY(!links.empty());
    QCOMPARE(links.size(), pairMacsFromInput(trace, *input.input, {out, in}).size());
    for (const Mac &mac : links) {
        QCOMPARE(mac.inChannel.value_or(-1), in);
        QCOMPARE(mac.outChannel.value_or(-1), out);
    }
}

void TestChannelDecks::theChoiceFollowsTheSteps_data()
{
    QTest::addColumn<GridRole>("deck");
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("next"); // the step moved to
    QTest::addColumn<std::optional<int>>("in"); // the choice then
    QTest::addColumn<std::optional<int>>("out");

    // Lesson 26: output channel 0 takes steps 0–8, output channel 1 steps 9–17; every step
    // reads all three input channels.
    const std::optional<int> none;
    QTest::newRow("an input every step reads stays")
        << GridRole::Source << 2 << 12 << std::optional(2) << none;
    QTest::newRow("an output the next step writes stays")
        << GridRole::Target << 1 << 9 << none << std::optional(1);
    QTest::newRow("an output the next step does not write goes")
        << GridRole::Target << 1 << 5 << none << none;
    QTest::newRow("a kernel keeps its input, not its output")
        << GridRole::Kernel << 4 << 5 << std::optional(1) << none;
}

void TestChannelDecks::theChoiceFollowsTheSteps()
{
    QFETCH(GridRole, deck);
    QFETCH(int, channel);
    QFETCH(int, next);
    QFETCH(std::optional<int>, in);
    QFETCH(std::optional<int>, out);
    const Problem problem = problemOf(QStringLiteral("channels-rgb-to-two"));
    Stage stage(problem, 4);
    QSignalSpy changed(&stage.model, &PlaybackModel::frontChannelsChanged);
    stage.model.showChannel(deck, channel);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stage.widget.frame().frontIn, stage.model.frontInput());
    QCOMPARE(stage.widget.frame().frontOut, stage.model.frontOutput());
    stage.model.setStep(next);
    QCOMPARE(stage.model.frontInput(), in);
    QCOMPARE(stage.model.frontOutput(), out);
    // Cycling goes round the deck from the channel in front.
    const int front = stage.model.frontChannels().in;
    stage.model.cycleChannel(GridRole::Source, -1);
    QCOMPARE(stage.model.frontChannels().in, (front + 2) % 3);
    stage.model.cycleChannel(GridRole::Source, +1);
    QCOMPARE(stage.model.frontChannels().in, front);
    // A new problem starts from the step's channels again.
    Problem edited = problem;
    edited.inputs[1](0, 0) += 1.0;
    QVERIFY(stage.model.setProblem(edited));
    QCOMPARE(stage.model.frontInput(), std::nullopt);
    QCOMPARE(stage.model.frontOutput(), std::nullopt);
    // Exports follow the step.
    QCOMPARE(frameAt(stage.model.trace(), next, {}).frontIn, std::nullopt);
}

QTEST_MAIN(TestChannelDecks)
#include "tst_channel_decks.moc"
