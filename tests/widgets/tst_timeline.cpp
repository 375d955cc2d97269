#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/support/theme_grab.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/timeline_widget.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <memory>

using namespace convstep;

class TestTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void phaseMarkersFollowTheTrace();
    void shortPhasesKeepRoomForTheirLabel();
    void transposedPhasesIncludeCrop();
    void stepAndXMapBothWays();
    void clickScrubsToTheStepUnderThePointer();
    void dragScrubsAndStopsPlayback();
    void keyboardMovesTheStep();
    void tooltipNamesTheStepAndPhase();
    void scrubbingThousandsOfStepsLandsOnEachStep();
    void emptyModelPaintsNoSteps();
    void paintsInLightAndDarkThemes();

private:
    void load(const char *lessonId);
    QPoint pointAt(qreal x) const;

    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<TimelineWidget> m_timeline;
};

void TestTimeline::init()
{
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    m_timeline = std::make_unique<TimelineWidget>(m_model.get());
    m_timeline->resize(700, m_timeline->sizeHint().height());
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
}

void TestTimeline::cleanup()
{
    m_timeline.reset();
    m_model.reset();
}

void TestTimeline::load(const char *lessonId)
{
    const CatalogEntry *entry = findBuiltInLesson(QLatin1String(lessonId));
    QVERIFY2(entry, lessonId);
    QVERIFY(m_model->setProblem(entry->lesson.problem));
}

QPoint TestTimeline::pointAt(qreal x) const
{
    return {static_cast<int>(std::floor(x)), m_timeline->height() / 2};
}

void TestTimeline::phaseMarkersFollowTheTrace()
{
    load("article-same"); // 'same' padding: a pad step, then 16 slides
    const QList<PhaseSpan> &phases = m_timeline->phases();
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases[0].phase, Phase::Pad);
    QCOMPARE(phases[0].count, 1);
    QCOMPARE(phases[1].phase, Phase::Slide);
    QCOMPARE(phases[1].count, 16);
    QCOMPARE(m_timeline->stepCount(), 17);
    QCOMPARE(phaseLabel(Phase::InsertZeros), QStringLiteral("insert zeros"));

    // The segments tile the track in order; steps are spaced evenly within a phase.
    const QRectF track = m_timeline->trackRect();
    QCOMPARE(m_timeline->phaseRect(0).left(), track.left());
    QCOMPARE(m_timeline->phaseRect(0).right(), m_timeline->phaseRect(1).left());
    QCOMPARE(m_timeline->phaseRect(1).right(), track.right());
    const qreal slot = m_timeline->xOfStep(2) - m_timeline->xOfStep(1);
    QVERIFY(std::abs(m_timeline->xOfStep(16) - m_timeline->xOfStep(15) - slot) < 1e-6);
    QVERIFY(std::abs(m_timeline->phaseRect(1).width() - 16 * slot) < 1e-6);
    QVERIFY(m_timeline->phaseRect(2).isNull());
}

void TestTimeline::shortPhasesKeepRoomForTheirLabel()
{
    load("article-same");
    m_timeline->resize(200, m_timeline->height()); // an even share would be 11 px for "pad"
    const qreal padWidth = m_timeline->phaseRect(0).width();
    const qreal labelWidth =
        QFontMetricsF(m_timeline->font()).horizontalAdvance(phaseLabel(Phase::Pad));
    QVERIFY2(padWidth > labelWidth * 0.85, qPrintable(QString::number(padWidth)));
    QVERIFY(padWidth < m_timeline->trackRect().width() / 2);
    QCOMPARE(m_timeline->stepAtX(m_timeline->phaseRect(0).center().x()), 0);
    QCOMPARE(m_timeline->stepAtX(m_timeline->phaseRect(1).left() + 0.5), 1);
}

void TestTimeline::transposedPhasesIncludeCrop()
{
    load("transposed-padding-strides-odd"); // stride 2, padding 1, output_padding 1
    const auto phasesOf = [this] {
        QList<Phase> phases;
        for (const PhaseSpan &span : m_timeline->phases())
            phases.append(span.phase);
        return phases;
    };
    QCOMPARE(phasesOf(), (QList<Phase>{Phase::Scatter, Phase::Crop, Phase::OutputPadding}));
    QCOMPARE(m_timeline->phases()[0].count, 9);
    QVERIFY(m_model->setView(View::ZeroInsertion));
    QCOMPARE(phasesOf(),
             (QList<Phase>{Phase::InsertZeros, Phase::Pad, Phase::RotateKernel, Phase::Slide}));
    QCOMPARE(m_timeline->stepCount(), m_model->stepCount());
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_timeline->phaseRect(i).width() > 0);
    QCOMPARE(test::grabInBothThemes(m_timeline.get(), {900, m_timeline->sizeHint().height()},
                                    QStringLiteral("timeline-zero-insertion")),
             QString());
}

void TestTimeline::stepAndXMapBothWays()
{
    load("article-same");
    for (int step = 0; step < m_timeline->stepCount(); ++step)
        QCOMPARE(m_timeline->stepAtX(m_timeline->xOfStep(step)), step);
    QCOMPARE(m_timeline->stepAtX(-100), 0);
    QCOMPARE(m_timeline->stepAtX(m_timeline->width() + 100), 16);
}

void TestTimeline::clickScrubsToTheStepUnderThePointer()
{
    load("article-same");
    for (int target : {9, 0, 16, 3}) {
        const QPoint point = pointAt(m_timeline->xOfStep(target));
        const int expected = m_timeline->stepAtX(point.x());
        QCOMPARE(expected, target);
        QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {}, point);
        QCOMPARE(m_model->step(), expected);
        QCOMPARE(m_timeline->step(), expected);
    }
}

void TestTimeline::dragScrubsAndStopsPlayback()
{
    load("article-same");
    m_model->setPlaying(true);
    const QRectF track = m_timeline->trackRect();
    const QPoint start = pointAt(track.left() + 2);
    QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, start);
    QVERIFY(!m_model->isPlaying());
    QCOMPARE(m_model->step(), m_timeline->stepAtX(start.x()));
    for (qreal fraction : {0.3, 0.55, 0.8}) {
        const QPoint point = pointAt(track.left() + fraction * track.width());
        QTest::mouseMove(m_timeline.get(), point);
        QCOMPARE(m_model->step(), m_timeline->stepAtX(point.x()));
    }
    const QPoint end = pointAt(track.right() - 1);
    QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, end);
    QCOMPARE(m_model->step(), 16);

    // Without a button held, moving only hovers.
    QTest::mouseMove(m_timeline.get(), start);
    QCOMPARE(m_model->step(), 16);
}

void TestTimeline::keyboardMovesTheStep()
{
    load("article-same");
    QVERIFY(m_timeline->focusPolicy() & Qt::TabFocus);
    m_timeline->setFocus();
    QTest::keyClick(m_timeline.get(), Qt::Key_Right);
    QCOMPARE(m_model->step(), 1);
    QTest::keyClick(m_timeline.get(), Qt::Key_End);
    QCOMPARE(m_model->step(), 16);
    QTest::keyClick(m_timeline.get(), Qt::Key_PageUp);
    QCOMPARE(m_model->step(), 15);
    QTest::keyClick(m_timeline.get(), Qt::Key_Home);
    QCOMPARE(m_model->step(), 0);
    QTest::keyClick(m_timeline.get(), Qt::Key_Left);
    QCOMPARE(m_model->step(), 0);
}

void TestTimeline::tooltipNamesTheStepAndPhase()
{
    load("article-same");
    const QPoint local = pointAt(m_timeline->xOfStep(6));
    QHelpEvent help(QEvent::ToolTip, local, m_timeline->mapToGlobal(local));
    QApplication::sendEvent(m_timeline.get(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Step 7 · slide"));
    const QPoint first = pointAt(m_timeline->xOfStep(0));
    QHelpEvent again(QEvent::ToolTip, first, m_timeline->mapToGlobal(first));
    QApplication::sendEvent(m_timeline.get(), &again);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Step 1 · pad"));
    QToolTip::hideText();
}

void TestTimeline::scrubbingThousandsOfStepsLandsOnEachStep()
{
    Problem problem;
    problem.input = test::counting(64, 64);
    problem.kernel = test::counting(3, 3);
    problem.paddingMode = PaddingMode::Same;
    QVERIFY(m_model->setProblem(problem));
    QCOMPARE(m_timeline->stepCount(), 4097);
    m_timeline->resize(1000, m_timeline->height());

    const QRectF track = m_timeline->trackRect();
    QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, pointAt(track.left()));
    for (int i = 1; i <= 200; ++i) {
        const QPoint point = pointAt(track.left() + i * (track.width() - 1) / 200);
        QTest::mouseMove(m_timeline.get(), point);
        QCOMPARE(m_model->step(), m_timeline->stepAtX(point.x()));
        m_timeline->repaint(); // paint every position, as a real drag would
    }
    QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, pointAt(track.right()));
    QCOMPARE(m_model->step(), 4096);
    // The one pad step among 4,096 slides is wide enough to click.
    QVERIFY(m_timeline->phaseRect(0).width() >= 20);
    QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {},
                      pointAt(m_timeline->phaseRect(0).center().x()));
    QCOMPARE(m_model->step(), 0);
    QCOMPARE(test::grabInBothThemes(m_timeline.get(), {1000, m_timeline->height()},
                                    QStringLiteral("timeline-dense")),
             QString());
}

void TestTimeline::emptyModelPaintsNoSteps()
{
    QCOMPARE(m_timeline->stepCount(), 0);
    QCOMPARE(m_timeline->stepAtX(50), -1);
    QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {}, QPoint(50, 10));
    QCOMPARE(m_model->step(), 0);
    QVERIFY(!m_timeline->grab().isNull());
}

void TestTimeline::paintsInLightAndDarkThemes()
{
    load("article-same");
    m_model->setStep(6);
    QCOMPARE(test::grabInBothThemes(m_timeline.get(), {900, m_timeline->sizeHint().height()},
                                    QStringLiteral("timeline")),
             QString());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
