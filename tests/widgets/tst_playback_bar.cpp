#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/support/theme_grab.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/timeline_widget.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace convstep;
using Control = PlaybackBar::Control;

class TestPlaybackBar final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void transportButtonsMoveTheStep();
    void buttonsAreDisabledWhereTheyCannotAct();
    void playAdvancesAndPauses();
    void speedBoxAndModelStayInSync();
    void followAlongButtonAndModelStayInSync();
    void everyControlIsNamedForAccessibility();
    void installsNoShortcuts();
    void windowActionsDriveTheButtons();
    void stepLabelFollowsANewTrace();
    void paintsInLightAndDarkThemes();

private:
    void click(Control control);

    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<PlaybackBar> m_bar;
};

void TestPlaybackBar::init()
{
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    QVERIFY(m_model->setProblem(findBuiltInLesson(QStringLiteral("article-same"))->lesson.problem));
    m_bar = std::make_unique<PlaybackBar>(m_model.get());
    m_bar->resize(1200, m_bar->sizeHint().height());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestPlaybackBar::cleanup()
{
    m_bar.reset();
    m_model.reset();
}

void TestPlaybackBar::click(Control control)
{
    QTest::mouseClick(m_bar->button(control), Qt::LeftButton);
}

void TestPlaybackBar::transportButtonsMoveTheStep()
{
    QCOMPARE(m_bar->stepText(), QStringLiteral("Step 1 of 17"));
    click(Control::Forward);
    QCOMPARE(m_model->step(), 1);
    QCOMPARE(m_bar->stepLabel()->text(), QStringLiteral("Step 2 of 17"));
    click(Control::Forward);
    QCOMPARE(m_model->step(), 2);
    click(Control::Back);
    QCOMPARE(m_model->step(), 1);
    click(Control::Last);
    QCOMPARE(m_model->step(), 16);
    QCOMPARE(m_bar->stepText(), QStringLiteral("Step 17 of 17"));
    QCOMPARE(m_bar->timeline()->step(), 16);
    click(Control::First);
    QCOMPARE(m_model->step(), 0);
    QCOMPARE(m_bar->stepText(), QStringLiteral("Step 1 of 17"));
}

void TestPlaybackBar::buttonsAreDisabledWhereTheyCannotAct()
{
    QVERIFY(!m_bar->button(Control::First)->isEnabled());
    QVERIFY(!m_bar->button(Control::Back)->isEnabled());
    QVERIFY(m_bar->button(Control::Forward)->isEnabled());
    m_model->last();
    QVERIFY(m_bar->button(Control::First)->isEnabled());
    QVERIFY(!m_bar->button(Control::Forward)->isEnabled());
    QVERIFY(!m_bar->button(Control::Last)->isEnabled());
    QVERIFY(m_bar->button(Control::PlayPause)->isEnabled()); // plays again from the start
}

void TestPlaybackBar::playAdvancesAndPauses()
{
    m_model->setSpeed(4.0);
    QSignalSpy steps(m_model.get(), &PlaybackModel::stepChanged);
    click(Control::PlayPause);
    QVERIFY(m_model->isPlaying());
    QCOMPARE(m_bar->action(Control::PlayPause)->text(), QStringLiteral("Pause"));
    QCOMPARE(m_bar->button(Control::PlayPause)->accessibleName(), QStringLiteral("Pause"));
    QTRY_VERIFY(steps.count() >= 2);
    QVERIFY(m_model->step() >= 2);
    QCOMPARE(m_bar->stepText(), QStringLiteral("Step %1 of 17").arg(m_model->step() + 1));
    click(Control::PlayPause);
    QVERIFY(!m_model->isPlaying());
    QCOMPARE(m_bar->action(Control::PlayPause)->text(), QStringLiteral("Play"));
}

void TestPlaybackBar::speedBoxAndModelStayInSync()
{
    QComboBox *box = m_bar->speedBox();
    QCOMPARE(box->count(), static_cast<int>(PlaybackModel::speeds().size()));
    QCOMPARE(box->itemText(0), QStringLiteral("0.25×"));
    QCOMPARE(box->itemText(box->count() - 1), QStringLiteral("4×"));
    QCOMPARE(box->currentText(), QStringLiteral("1×"));

    box->setCurrentIndex(box->findText(QStringLiteral("2×")));
    QCOMPARE(m_model->speed(), 2.0);
    m_model->faster();
    QCOMPARE(box->currentText(), QStringLiteral("3×"));
    m_model->setSpeed(0.25);
    QCOMPARE(box->currentText(), QStringLiteral("0.25×"));

    // Keyboard on the focused box, as a user would.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(m_model->speed(), 0.5);
}

void TestPlaybackBar::followAlongButtonAndModelStayInSync()
{
    QToolButton *follow = m_bar->followAlongButton();
    QVERIFY(follow->isCheckable());
    QVERIFY(!follow->isChecked());
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(m_model->followAlong());
    m_model->setFollowAlong(false);
    QVERIFY(!follow->isChecked());
}

void TestPlaybackBar::everyControlIsNamedForAccessibility()
{
    const QStringList expected{QStringLiteral("First step"), QStringLiteral("Step back"),
                               QStringLiteral("Play"), QStringLiteral("Step forward"),
                               QStringLiteral("Last step")};
    for (int i = 0; i < 5; ++i) {
        QToolButton *button = m_bar->button(static_cast<Control>(i));
        QCOMPARE(button->accessibleName(), expected[i]);
        QVERIFY(!button->icon().isNull());
        QVERIFY(!button->toolTip().isEmpty());
    }
    QCOMPARE(m_bar->speedBox()->accessibleName(), QStringLiteral("Playback speed"));
    QCOMPARE(m_bar->followAlongButton()->accessibleName(), QStringLiteral("Follow along"));
    QCOMPARE(m_bar->timeline()->accessibleName(), QStringLiteral("Timeline"));
    QVERIFY(m_bar->timeline()->accessibleDescription().startsWith(QStringLiteral("Step 1 · pad")));
}

void TestPlaybackBar::installsNoShortcuts()
{
    QVERIFY(m_bar->findChildren<QShortcut *>().isEmpty());
    for (QAction *action : m_bar->findChildren<QAction *>())
        QVERIFY2(action->shortcuts().isEmpty(), qPrintable(action->text()));
}

// The main window's way: its actions carry the shortcuts and drive the model; the bar only
// shows them.
void TestPlaybackBar::windowActionsDriveTheButtons()
{
    QWidget window;
    QAction *actions[5];
    const char *texts[5] = {"F&irst Step", "Step &Back", "&Play", "Step &Forward", "&Last Step"};
    const Qt::Key keys[5] = {Qt::Key_Home, Qt::Key_Left, Qt::Key_Space, Qt::Key_Right, Qt::Key_End};
    for (int i = 0; i < 5; ++i) {
        actions[i] = new QAction(QString::fromUtf8(texts[i]), &window);
        actions[i]->setShortcut(keys[i]);
        actions[i]->setToolTip(QStringLiteral("%1 (%2)").arg(
            actions[i]->iconText(), actions[i]->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(actions[3], &QAction::triggered, m_model.get(), &PlaybackModel::next);
    QSignalSpy forwardTriggered(actions[3], &QAction::triggered);
    m_bar->setActions(actions[0], actions[1], actions[2], actions[3], actions[4]);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_bar->button(static_cast<Control>(i))->defaultAction(), actions[i]);
    QCOMPARE(m_bar->button(Control::Forward)->toolTip(), QStringLiteral("Step Forward (Right)"));
    QCOMPARE(m_bar->button(Control::PlayPause)->accessibleName(), QStringLiteral("Play"));

    click(Control::Forward);
    QCOMPARE(forwardTriggered.count(), 1);
    QCOMPARE(m_model->step(), 1); // once: the bar does not connect the window's actions too

    // The bar keeps the window's actions enabled only where they can act…
    QVERIFY(actions[0]->isEnabled());
    m_model->first();
    QVERIFY(!actions[0]->isEnabled());
    QVERIFY(!actions[1]->isEnabled());
    // …but leaves their text to the window, and renames the button after it.
    m_model->setPlaying(true);
    QCOMPARE(actions[2]->text(), QStringLiteral("&Play"));
    actions[2]->setText(QStringLiteral("&Pause"));
    QCOMPARE(m_bar->button(Control::PlayPause)->accessibleName(), QStringLiteral("Pause"));
    m_model->setPlaying(false);

    // A window action deleted first leaves the bar's own in its place, not a dangling one.
    delete actions[3];
    QCOMPARE(m_bar->button(Control::Forward)->defaultAction()->parent(), m_bar.get());
    m_model->last();
    QVERIFY(!m_bar->button(Control::Forward)->isEnabled());

    // Null keeps the bar's own action for that button.
    m_bar->setActions(nullptr, nullptr, nullptr, nullptr, nullptr);
    QCOMPARE(m_bar->button(Control::First)->defaultAction()->parent(), m_bar.get());
}

void TestPlaybackBar::stepLabelFollowsANewTrace()
{
    const int widthFor17 = m_bar->stepLabel()->minimumWidth();
    Problem problem = defaultLesson().problem;
    QVERIFY(m_model->setProblem(problem));
    QCOMPARE(m_bar->stepText(), QStringLiteral("Step 1 of 4"));
    problem.input = test::counting(40, 40);
    QVERIFY(m_model->setProblem(problem));
    QCOMPARE(m_bar->stepText(), QStringLiteral("Step 1 of 1444"));
    QVERIFY(m_bar->stepLabel()->minimumWidth() > widthFor17); // room for "Step 1444 of 1444"
}

void TestPlaybackBar::paintsInLightAndDarkThemes()
{
    m_model->setStep(6);
    QCOMPARE(test::grabInBothThemes(m_bar.get(), {1200, 48}, QStringLiteral("playback-bar")),
             QString());
    QVERIFY(m_bar->timeline()->height() >= m_bar->timeline()->minimumSizeHint().height());
    m_bar->followAlongButton()->setChecked(true);
    m_model->setSpeed(0.25);
    QCOMPARE(test::grabInBothThemes(m_bar.get(), {760, 48}, QStringLiteral("playback-bar-narrow")),
             QString());
}

QTEST_MAIN(TestPlaybackBar)
#include "tst_playback_bar.moc"
