#include "io/lesson_catalog.h"
#include "io/text.h"
#include "tests/support/test_support.h"
#include "tests/widgets/stage_accessible_fixture.h"
#include "ui/widgets/stage_accessible.h"

#include <QAccessible>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

QString narrationOf(const PlaybackModel &model, int step)
{
    return qt(stepAt(*model.trace(), step).text);
}

std::vector<test::SeenEvent> announcements()
{
    return test::EventLog::of(QAccessible::ObjectShow, QAccessible::Notification);
}

// Long enough for an announcement that was going to come to have come.
void waitPastTheAnnouncementDelay()
{
    QTest::qWait(3 * announceDelayMs);
}

} // namespace

// What a screen reader hears from the stage: each step's narration once, when stepping rests,
// and the cell under the keyboard cursor as the focus.
class TestStageAnnouncement final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aStepIsAnnouncedOnceWhateverTheAnimation();
    void steppingQuicklySaysOnlyWhereItStops();
    void noAnnouncementWithoutAStepChange();
    void shiftArrowsMoveTheFocusFromCellToCell();
    void theFocusedCellIsReadAgainWhenItsValueArrives();
    void focusComingBackGoesToTheCursorCell();

private:
    void startAt(int step);

    std::unique_ptr<test::EventLog> m_log;
    std::unique_ptr<test::WiredStage> m_wired;
};

void TestStageAnnouncement::init()
{
    m_log = std::make_unique<test::EventLog>();
    test::EventLog::clear();
    m_wired = std::make_unique<test::WiredStage>(defaultLesson().problem);
}

void TestStageAnnouncement::cleanup()
{
    m_wired.reset();
    m_log.reset();
}

// The stage on show at `step`, its first announcement made, the log empty.
void TestStageAnnouncement::startAt(int step)
{
    m_wired->model.setStep(step);
    QVERIFY(m_wired->show());
    QVERIFY(QAccessible::queryAccessibleInterface(m_wired->stage));
    QTRY_COMPARE(announcements().size(), size_t(1));
    QCOMPARE(announcements().front().name, narrationOf(m_wired->model, step));
    test::EventLog::clear();
}

void TestStageAnnouncement::aStepIsAnnouncedOnceWhateverTheAnimation()
{
    startAt(0);
    PlaybackModel &model = m_wired->model;
    model.setAnimated(true);
    int frames = 0;
    connect(&model, &PlaybackModel::frameChanged, this, [&frames] { ++frames; });
    model.next();
    QTRY_VERIFY(model.progress() >= 1.0);
    QVERIFY2(frames > 2, "the step should have been animated");
    QTRY_COMPARE(announcements().size(), size_t(1));
    waitPastTheAnnouncementDelay();
    QCOMPARE(announcements().size(), size_t(1));
    QCOMPARE(announcements().front().name, narrationOf(model, 1));
    // The new name is sent before the notification shows, so a reader fetches it afresh.
    const auto renamed = test::EventLog::of(QAccessible::NameChanged, QAccessible::Notification);
    QCOMPARE(renamed.size(), size_t(1));
    QCOMPARE(renamed.front().name, narrationOf(model, 1));
}

void TestStageAnnouncement::steppingQuicklySaysOnlyWhereItStops()
{
    startAt(0);
    PlaybackModel &model = m_wired->model;
    model.next();
    model.next();
    model.next();
    QTRY_COMPARE(announcements().size(), size_t(1));
    waitPastTheAnnouncementDelay();
    QCOMPARE(announcements().size(), size_t(1));
    QCOMPARE(announcements().front().name, narrationOf(model, 3));
}

void TestStageAnnouncement::noAnnouncementWithoutAStepChange()
{
    startAt(1);
    m_wired->model.setSelection(StageCell{GridRole::Source, {1, 1}});
    m_wired->model.setHover(StageCell{GridRole::Kernel, {0, 0}});
    m_wired->stage->resize(900, 500);
    waitPastTheAnnouncementDelay();
    QCOMPARE(announcements().size(), size_t(0));
}

void TestStageAnnouncement::shiftArrowsMoveTheFocusFromCellToCell()
{
    startAt(0);
    StageWidget *stage = m_wired->stage;
    stage->setFocus();
    QTRY_VERIFY(stage->hasFocus());
    QCoreApplication::processEvents();
    test::EventLog::clear();

    const auto press = [stage](Qt::Key key) {
        QTest::keyClick(stage, key, Qt::ShiftModifier);
        const auto focused = test::EventLog::of(QAccessible::Focus, QAccessible::Cell);
        return focused.empty() ? QString() : focused.back().name;
    };
    // No cursor yet: the first grid's first cell.
    QCOMPARE(press(Qt::Key_Down),
             QStringLiteral("Input row 0, column 0: 3, in this step: 3·1 = 3"));
    QCOMPARE(m_wired->model.selection(), (StageCell{GridRole::Source, {0, 0}}));
    QCOMPARE(press(Qt::Key_Down),
             QStringLiteral("Input row 1, column 0: 4, in this step: 4·2 = 8"));
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Right);
    QCOMPARE(m_wired->model.selection(), (StageCell{GridRole::Source, {1, 3}}));
    // Past the input's right edge: the kernel, same row.
    QCOMPARE(press(Qt::Key_Right),
             QStringLiteral("Kernel row 1, column 0: 2, in this step: 4·2 = 8"));
    QCOMPARE(press(Qt::Key_Left), QStringLiteral("Input row 1, column 3: 8"));

    QAccessibleInterface *stageIface = QAccessible::queryAccessibleInterface(stage);
    QAccessibleInterface *focused = stageIface->focusChild();
    QVERIFY(focused);
    QCOMPARE(focused->text(QAccessible::Name), QStringLiteral("Input row 1, column 3: 8"));
    QVERIFY(focused->state().focused);
    QVERIFY(focused->state().selected);
    QVERIFY(focused->tableCellInterface()->isSelected());
    QCOMPARE(focused->tableCellInterface()->table()->tableInterface()->selectedCellCount(), 1);

    // Arrows without Shift are the window's (stepping): the stage leaves them alone.
    test::EventLog::clear();
    QTest::keyClick(stage, Qt::Key_Left);
    QCOMPARE(m_wired->model.selection(), (StageCell{GridRole::Source, {1, 3}}));
    QVERIFY(test::EventLog::of(QAccessible::Focus, QAccessible::Cell).empty());
}

void TestStageAnnouncement::theFocusedCellIsReadAgainWhenItsValueArrives()
{
    startAt(0);
    StageWidget *stage = m_wired->stage;
    stage->setFocus();
    QTRY_VERIFY(stage->hasFocus());
    QCoreApplication::processEvents(); // the focus is settled before the cursor moves
    m_wired->model.setSelection(StageCell{GridRole::Target, {0, 1}});
    const auto focused = test::EventLog::of(QAccessible::Focus, QAccessible::Cell);
    QCOMPARE(focused.size(), size_t(1));
    QCOMPARE(focused.front().name, QStringLiteral("Output row 0, column 1: not computed yet"));

    m_wired->model.next();
    QTRY_COMPARE(test::EventLog::of(QAccessible::NameChanged, QAccessible::Cell).size(), size_t(1));
    QCOMPARE(test::EventLog::of(QAccessible::NameChanged, QAccessible::Cell).front().name,
             QStringLiteral("Output row 0, column 1, computed in this step: 52 = 5·1 + 2·2 + "
                            "7·1 + 1·2 + 3·1 + 8·2 + 3·1 + 8·1 + 2·2"));
}

void TestStageAnnouncement::focusComingBackGoesToTheCursorCell()
{
    startAt(0);
    m_wired->model.setSelection(StageCell{GridRole::Kernel, {2, 2}});
    m_wired->field->setFocus();
    QTRY_VERIFY(m_wired->field->hasFocus());
    test::EventLog::clear();

    m_wired->stage->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(!test::EventLog::of(QAccessible::Focus, QAccessible::Cell).empty());
    QCOMPARE(test::EventLog::of(QAccessible::Focus, QAccessible::Cell).back().name,
             QStringLiteral("Kernel row 2, column 2: 2, in this step: 8·2 = 16"));
    // The stage's own focus event comes first; the cell's is the last word.
    QCOMPARE(test::EventLog::events().back().type, QAccessible::Focus);
    QCOMPARE(test::EventLog::events().back().role, QAccessible::Cell);
}

QTEST_MAIN(TestStageAnnouncement)
#include "tst_stage_announcement.moc"
