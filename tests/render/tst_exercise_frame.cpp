#include "core/exercise.h"
#include "ui/render/exercise_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::ExerciseKind)

namespace {

const QRectF stage(0, 0, 800, 360);

QImage rendered(const StageFrame &frame)
{
    QImage image(stage.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    StageRenderer().paint(painter, stage, frame);
    return image;
}

// Whether every pixel right of x is the stage's background.
bool blankRightOf(const QImage &image, int x, QRgb background)
{
    for (int y = 0; y < image.height(); ++y)
        for (int i = std::max(x, 0); i < image.width(); ++i)
            if (image.pixel(i, y) != background)
                return false;
    return true;
}

} // namespace

// An exercise's picture shows the problem and nothing of its answer: no step under way, an
// empty output, and no output at all where the question is about the output's shape.
class TestExerciseFrame final : public QObject
{
    Q_OBJECT

private slots:
    void nothingOfTheAnswerIsShown_data();
    void nothingOfTheAnswerIsShown();
    void aHiddenTargetLeavesOnlyBackground();
};

void TestExerciseFrame::nothingOfTheAnswerIsShown_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<ExerciseKind>("kind");
    for (int level = 1; level <= 3; ++level)
        for (ExerciseKind kind : kindsOfLevel(level))
            QTest::addRow("level %d %s", level, exerciseKindName(kind)) << level << kind;
}

void TestExerciseFrame::nothingOfTheAnswerIsShown()
{
    QFETCH(int, level);
    QFETCH(ExerciseKind, kind);
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        SplitMix64 random(seed);
        const Exercise exercise = makeExercise(level, kind, random);
        const StageFrame frame = exerciseFrame(exercise, {});
        QVERIFY(frame.step.macs.empty() && !frame.step.focus && !frame.step.value);
        QCOMPARE(frame.progress, 0.0);
        QVERIFY(frame.after->counts.isZero()); // nothing multiplied or scattered yet
        QVERIFY(frame.trace->view == View::Direct);
        const StageLayout layout = layoutStage(stage, frame);
        QCOMPARE(layout.source.rows, sourceSize(*frame.trace).h);
        switch (kind) {
        case ExerciseKind::Value: {
            const Cell cell = std::get<ValueAnswer>(exercise.answer).cell;
            const Cell origin = outputOrigin(*frame.trace);
            QVERIFY(frame.showTarget);
            QVERIFY(!frame.after->written.any());
            QCOMPARE(frame.selection->role, GridRole::Target);
            QCOMPARE(frame.selection->cell, (Cell{cell.row + origin.row, cell.col + origin.col}));
            break;
        }
        case ExerciseKind::Reach:
            QVERIFY(frame.showTarget);
            QCOMPARE(frame.selection->role, GridRole::Source);
            QCOMPARE(frame.selection->cell, std::get<ReachAnswer>(exercise.answer).inputCell);
            break;
        case ExerciseKind::Shape:
        case ExerciseKind::Recipe:
            QVERIFY(!frame.showTarget && !frame.selection);
            QCOMPARE(layout.target.cols, 0);
            QVERIFY(layout.kernel.rect().right() <= stage.right());
            break;
        }
    }
}

void TestExerciseFrame::aHiddenTargetLeavesOnlyBackground()
{
    SplitMix64 random(3);
    const Exercise exercise = makeExercise(2, ExerciseKind::Shape, random);
    StageFrame frame = exerciseFrame(exercise, {});
    const QRgb background = paletteFor(frame.style.theme).background.rgb();
    const StageLayout hidden = layoutStage(stage, frame);
    const int right = static_cast<int>(std::ceil(hidden.kernel.rect().right())) + 2;
    QVERIFY(blankRightOf(rendered(frame), right, background));
    // The same frame with its target: the grids share the width with it, and it is painted.
    frame.showTarget = true;
    const StageLayout shown = layoutStage(stage, frame);
    QVERIFY(shown.target.cols > 0);
    QVERIFY(shown.cell <= hidden.cell);
    QVERIFY(!blankRightOf(
        rendered(frame), static_cast<int>(std::ceil(shown.kernel.rect().right())) + 2, background));
}

QTEST_MAIN(TestExerciseFrame)
#include "tst_exercise_frame.moc"
