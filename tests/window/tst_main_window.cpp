#include "core/channels.h"
#include "core/links.h"
#include "core/views.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/session/autosaver.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/key_hint.h"
#include "ui/widgets/lesson_browser.h"
#include "ui/widgets/notice_bar.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <map>
#include <memory>
#include <set>

using namespace convstep;

namespace {

// Every field of MainActions with the objectName it had when actions were found by name.
const std::pair<QAction * MainActions::*, const char *> namedActions[] = {
    {&MainActions::newLesson, "newLesson"},
    {&MainActions::open, "open"},
    {&MainActions::save, "save"},
    {&MainActions::saveAs, "saveAs"},
    {&MainActions::exportLesson, "export"},
    {&MainActions::quit, "quit"},
    {&MainActions::undo, "undo"},
    {&MainActions::redo, "redo"},
    {&MainActions::editCell, "editCell"},
    {&MainActions::zeroCell, "zeroCell"},
    {&MainActions::playPause, "playPause"},
    {&MainActions::stepBack, "stepBack"},
    {&MainActions::stepForward, "stepForward"},
    {&MainActions::firstStep, "firstStep"},
    {&MainActions::lastStep, "lastStep"},
    {&MainActions::slower, "slower"},
    {&MainActions::faster, "faster"},
    {&MainActions::followAlong, "followAlong"},
    {&MainActions::pageForward, "pageForward"},
    {&MainActions::pageBack, "pageBack"},
    {&MainActions::viewSliding, "viewSliding"},
    {&MainActions::viewScatter, "viewScatter"},
    {&MainActions::viewZeroInsertion, "viewZeroInsertion"},
    {&MainActions::viewMatrix, "viewMatrix"},
    {&MainActions::themeSystem, "theme_system"},
    {&MainActions::themeLight, "theme_light"},
    {&MainActions::themeDark, "theme_dark"},
    {&MainActions::classroom, "classroom"},
    {&MainActions::leaveClassroom, "leaveClassroom"},
    {&MainActions::blank, "blank"},
    {&MainActions::largerText, "largerText"},
    {&MainActions::smallerText, "smallerText"},
    {&MainActions::resetLayout, "resetLayout"},
    {&MainActions::lessonProperties, "lessonProperties"},
    {&MainActions::nextLesson, "nextLesson"},
    {&MainActions::previousLesson, "previousLesson"},
    {&MainActions::startPage, "startPage"},
    {&MainActions::shortcuts, "shortcuts"},
    {&MainActions::about, "about"},
    {&MainActions::aboutQt, "aboutQt"},
};

} // namespace

// The window as a teacher drives it: keys, mouse and files, checked through the model the
// stage paints from.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheDefaultLesson();
    void actionsKeepTheirNames_data();
    void actionsKeepTheirNames();
    void steppingMovesTheHighlightAndTheStrip();
    void keyboardShortcutsDrivePlayback();
    void transportButtonsCarryOnlyTheWindowActions();
    void keyboardShortcutsSwitchViews();
    void playAdvancesToTheEnd();
    void editingACellChangesTheOutput_data();
    void editingACellChangesTheOutput();
    void badTextStaysInTheEditor();
    void deleteZeroesTheSelectedCell();
    void undoRestoresTheProblem();
    void hoverOnOutputLinksExactlyTheFeedingCells();
    void hoverOnInputLinksEveryOutputItReaches();
    void saveThenOpenRoundTrips();
    void badFileOnStartShowsAMessageAndTheDefaultLesson();
    void failedOpenAndSaveSayWhyAndChangeNothing();
    void autosaveIsOfferedAfterAnUncleanExit();
    void classroomModeFillsTheScreenAndComesBack();
    void presenterKeysWorkInClassroomMode();
    void lessonsAreGrouped_data();
    void lessonsAreGrouped();
    void everyLessonLoadsAndPlaysToTheEnd_data();
    void everyLessonLoadsAndPlaysToTheEnd();
    void firstRunFitsTheScreen();
    void stageZoomKeysShareNoShortcut();

private:
    QPoint centreOf(GridRole role, Cell cell) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_main_window"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

QPoint TestMainWindow::centreOf(GridRole role, Cell cell) const
{
    const StageLayout &layout = m_window->stage()->stageLayout();
    return layout.box(role).cellRect(cell).center().toPoint();
}

void TestMainWindow::opensOnTheDefaultLesson()
{
    QCOMPARE(m_window->document()->lesson().title, defaultLesson().title);
    QCOMPARE(m_window->model()->stepCount(), 4);
    QCOMPARE(m_window->model()->step(), 0);
    QVERIFY(m_window->windowTitle().contains(defaultLesson().title));
}

void TestMainWindow::actionsKeepTheirNames_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(namedActions)); ++i)
        QTest::newRow(namedActions[i].second) << i;
}

void TestMainWindow::actionsKeepTheirNames()
{
    QFETCH(int, index);
    const auto &[field, name] = namedActions[index];
    QAction *a = m_window->mainActions().*field;
    QVERIFY(a);
    QCOMPARE(a->objectName(), QLatin1String(name));
    QCOMPARE(m_window->findChildren<QAction *>(QLatin1String(name)), QList<QAction *>({a}));
    QVERIFY(m_window->actions().contains(a)); // its shortcut works with the menu bar hidden
}

void TestMainWindow::steppingMovesTheHighlightAndTheStrip()
{
    PlaybackModel *model = m_window->model();
    const CalculationStrip *strip = m_window->calculationStrip();
    QCOMPARE(m_window->stage()->frame().step.focus, std::optional<Cell>(Cell{0, 0}));
    QVERIFY(strip->calculation().startsWith(QStringLiteral("3·1 + 5·2")));
    QVERIFY(strip->calculation().endsWith(QStringLiteral("= 55")));
    m_window->mainActions().stepForward->trigger();
    QCOMPARE(model->step(), 1);
    QCOMPARE(m_window->stage()->frame().step.focus, std::optional<Cell>(Cell{0, 1}));
    QVERIFY(strip->calculation().endsWith(QStringLiteral("= 52")));
    m_window->mainActions().lastStep->trigger();
    QCOMPARE(m_window->stage()->frame().step.focus, std::optional<Cell>(Cell{1, 1}));
    QVERIFY(strip->calculation().endsWith(QStringLiteral("= 50")));
}

void TestMainWindow::keyboardShortcutsDrivePlayback()
{
    PlaybackModel *model = m_window->model();
    m_window->stage()->setFocus();
    QTest::keyClick(m_window->stage(), Qt::Key_Right);
    QCOMPARE(model->step(), 1);
    QTest::keyClick(m_window->stage(), Qt::Key_End);
    QCOMPARE(model->step(), 3);
    QTest::keyClick(m_window->stage(), Qt::Key_Left);
    QCOMPARE(model->step(), 2);
    QTest::keyClick(m_window->stage(), Qt::Key_Home);
    QCOMPARE(model->step(), 0);
    const double speed = model->speed();
    QTest::keyClick(m_window->stage(), Qt::Key_BracketRight);
    QVERIFY(model->speed() > speed);
    QTest::keyClick(m_window->stage(), Qt::Key_BracketLeft);
    QTest::keyClick(m_window->stage(), Qt::Key_BracketLeft);
    QVERIFY(model->speed() < speed);
    QTest::keyClick(m_window->stage(), Qt::Key_Space);
    QVERIFY(model->isPlaying());
    QTest::keyClick(m_window->stage(), Qt::Key_Space);
    QVERIFY(!model->isPlaying());
}

void TestMainWindow::transportButtonsCarryOnlyTheWindowActions()
{
    // A second action on a tool button turns it into a menu button with an arrow.
    const auto buttons = m_window->playbackBar()->findChildren<QToolButton *>();
    int transport = 0;
    for (const QToolButton *button : buttons) {
        if (!button->defaultAction() || button->defaultAction()->parent() != m_window.get())
            continue;
        ++transport;
        QCOMPARE(button->actions().size(), qsizetype(1));
    }
    QCOMPARE(transport, 5);
}

void TestMainWindow::keyboardShortcutsSwitchViews()
{
    m_window->openBuiltInLesson(QStringLiteral("transposed-padding-strides"));
    PlaybackModel *model = m_window->model();
    QCOMPARE(model->view(), View::Direct);
    m_window->stage()->setFocus();
    QTest::keyClick(m_window->stage(), Qt::Key_3);
    QCOMPARE(model->view(), View::ZeroInsertion);
    QVERIFY(m_window->mainActions().viewZeroInsertion->isChecked());
    QTest::keyClick(m_window->stage(), Qt::Key_2);
    QCOMPARE(model->view(), View::Direct);
    // The sliding window belongs to convolution: the key leaves the transposed view alone.
    QTest::keyClick(m_window->stage(), Qt::Key_1);
    QCOMPARE(model->view(), View::Direct);
    QVERIFY(!m_window->mainActions().viewSliding->isEnabled());
}

void TestMainWindow::playAdvancesToTheEnd()
{
    PlaybackModel *model = m_window->model();
    model->setSpeed(4.0);
    QSignalSpy steps(model, &PlaybackModel::stepChanged);
    m_window->mainActions().playPause->trigger();
    QVERIFY(model->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(model->step(), model->stepCount() - 1, 10000);
    QTRY_VERIFY(!model->isPlaying());
    QCOMPARE(steps.size(), model->stepCount() - 1);
}

void TestMainWindow::editingACellChangesTheOutput_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("expected"); // output (0, 0) afterwards
    // Input (0, 0) meets kernel (0, 0) = 1 once in output (0, 0): 55 - 3 + 10.
    QTest::newRow("input") << int(GridRole::Source) << Cell{0, 0} << "10" << 62.0;
    // Kernel (0, 0) multiplies input (0, 0) = 3 in output (0, 0): 55 - 3 + 3·4.
    QTest::newRow("kernel") << int(GridRole::Kernel) << Cell{0, 0} << "4" << 64.0;
    QTest::newRow("minus sign") << int(GridRole::Source) << Cell{0, 0} << "−1" << 51.0;
}

void TestMainWindow::editingACellChangesTheOutput()
{
    QFETCH(int, role);
    QFETCH(Cell, cell);
    QFETCH(QString, typed);
    QFETCH(double, expected);
    StageWidget *stage = m_window->stage();
    QTest::mouseDClick(stage, Qt::LeftButton, {}, centreOf(GridRole(role), cell));
    QVERIFY(stage->isEditing());
    stage->editor()->clear();
    // QTest types ASCII only; the typographic minus is pasted as a user would.
    if (typed.front().unicode() < 128)
        QTest::keyClicks(stage->editor(), typed);
    else
        stage->editor()->insert(typed);
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QVERIFY(!stage->isEditing());
    QCOMPARE(m_window->model()->trace()->output(0, 0), expected);
    QVERIFY(m_window->document()->isModified());
}

void TestMainWindow::badTextStaysInTheEditor()
{
    StageWidget *stage = m_window->stage();
    QVERIFY(stage->editCell({GridRole::Source, {1, 1}}));
    stage->editor()->clear();
    QTest::keyClicks(stage->editor(), QStringLiteral("seven"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QVERIFY(stage->isEditing());
    QCOMPARE(stage->editor()->text(), QStringLiteral("seven"));
    QCOMPARE(m_window->model()->trace()->output(0, 0), 55.0);
    QVERIFY(!m_window->document()->isModified());
    QTest::keyClick(stage->editor(), Qt::Key_Escape);
    QVERIFY(!stage->isEditing());
}

void TestMainWindow::deleteZeroesTheSelectedCell()
{
    StageWidget *stage = m_window->stage();
    QTest::mouseClick(stage, Qt::LeftButton, {}, centreOf(GridRole::Kernel, {1, 1}));
    QCOMPARE(m_window->model()->selection(), std::optional<StageCell>({GridRole::Kernel, {1, 1}}));
    QTest::keyClick(stage, Qt::Key_Delete);
    QCOMPARE(m_window->document()->problem().kernel(1, 1), 0.0);
    // Kernel (1, 1) = 1 met input (1, 1) = 1 in output (0, 0).
    QCOMPARE(m_window->model()->trace()->output(0, 0), 54.0);
}

void TestMainWindow::undoRestoresTheProblem()
{
    const Problem before = m_window->document()->problem();
    m_window->document()->setInputValue({2, 2}, 100.0);
    QCOMPARE(m_window->model()->trace()->output(1, 1), 50.0 - 8.0 + 100.0);
    m_window->mainActions().undo->trigger();
    CONVSTEP_COMPARE_GRIDS(m_window->document()->problem().input, before.input, 0.0);
    QCOMPARE(m_window->model()->trace()->output(1, 1), 50.0);
    QVERIFY(!m_window->document()->isModified());
    m_window->mainActions().redo->trigger();
    QCOMPARE(m_window->model()->trace()->output(1, 1), 142.0);
}

void TestMainWindow::hoverOnOutputLinksExactlyTheFeedingCells()
{
    StageWidget *stage = m_window->stage();
    QTest::mouseMove(stage, centreOf(GridRole::Target, {1, 0}));
    QTRY_COMPARE(m_window->model()->links().size(), size_t(9));
    std::set<Cell> inputs;
    std::set<Cell> kernel;
    for (const Mac &mac : m_window->stage()->frame().links) {
        QCOMPARE(mac.out, std::optional<Cell>(Cell{1, 0}));
        inputs.insert(*mac.input);
        kernel.insert(mac.kernel);
    }
    QCOMPARE(inputs.size(), size_t(9));
    QCOMPARE(kernel.size(), size_t(9));
    QCOMPARE(*inputs.begin(), (Cell{1, 0}));
    QCOMPARE(*inputs.rbegin(), (Cell{3, 2}));
    QTest::mouseMove(stage, QPoint(2, 2));
    QTRY_VERIFY(m_window->model()->links().empty());
}

void TestMainWindow::hoverOnInputLinksEveryOutputItReaches()
{
    StageWidget *stage = m_window->stage();
    // Input (1, 1) of a 4×4 input under a 3×3 kernel reaches all four outputs.
    QTest::mouseMove(stage, centreOf(GridRole::Source, {1, 1}));
    QTRY_COMPARE(m_window->model()->links().size(), size_t(4));
    std::set<Cell> outputs;
    for (const Mac &mac : m_window->model()->links())
        outputs.insert(*mac.out);
    QCOMPARE(outputs, (std::set<Cell>{{0, 0}, {0, 1}, {1, 0}, {1, 1}}));
}

void TestMainWindow::saveThenOpenRoundTrips()
{
    m_window->openBuiltInLesson(QStringLiteral("transposed-padding-strides-odd"));
    m_window->model()->setView(View::ZeroInsertion);
    m_window->model()->setStep(7);
    m_window->document()->setKernelValue({0, 1}, -2.5);
    const QString path = m_dir.filePath(QStringLiteral("round.json"));
    if (const auto error = m_window->saveLessonAs(path))
        QFAIL(qPrintable(error->message));
    QVERIFY(!m_window->document()->isModified());

    m_window->openBuiltInLesson(QStringLiteral("article-convolution"));
    if (const auto error = m_window->openLessonFile(path))
        QFAIL(qPrintable(error->message));
    const Problem &p = m_window->document()->problem();
    QCOMPARE(p.op, Op::ConvTranspose2d);
    QCOMPARE(p.kernel(0, 1), -2.5);
    QCOMPARE(p.outputPadding, (Pair{1, 1}));
    QCOMPARE(m_window->model()->view(), View::ZeroInsertion);
    QCOMPARE(m_window->model()->step(), 7);
    QCOMPARE(m_window->document()->filePath(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::badFileOnStartShowsAMessageAndTheDefaultLesson()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"op": "conv2d", "input": [[1, 2]], "kernel": [[1]], "strides": 2})");
    file.close();
    m_window = std::make_unique<MainWindow>(test::autosavePath(m_dir));
    m_window->startUp(path);
    QVERIFY(m_window->notice()->isVisibleTo(m_window.get()));
    QVERIFY(m_window->notice()->text().contains(QStringLiteral("did you mean \"stride\"")));
    QCOMPARE(m_window->document()->lesson().title, defaultLesson().title);
}

void TestMainWindow::failedOpenAndSaveSayWhyAndChangeNothing()
{
    const QString title = m_window->document()->lesson().title;
    const QString missing = m_dir.filePath(QStringLiteral("absent.json"));
    const auto openError = m_window->openLessonFile(missing);
    QVERIFY(openError);
    QVERIFY2(openError->message.startsWith("cannot read " + missing + ": "),
             qPrintable(openError->message));
    QCOMPARE(m_window->document()->lesson().title, title);

    m_window->document()->setInputValue({0, 0}, 7.0);
    const auto saveError =
        m_window->saveLessonAs(m_dir.filePath(QStringLiteral("no-such-folder/lesson.json")));
    QVERIFY(saveError);
    QVERIFY2(saveError->message.startsWith(QStringLiteral("Could not save lesson.json: ")),
             qPrintable(saveError->message));
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->document()->filePath().isEmpty());
}

void TestMainWindow::autosaveIsOfferedAfterAnUncleanExit()
{
    m_window->document()->setInputValue({0, 0}, 42.0);
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(m_window->autosaver()->path()); }, 3000));
    // A kill: the window goes away without its close event.
    m_window.release()->deleteLater();
    QCoreApplication::processEvents();

    m_window = std::make_unique<MainWindow>(test::autosavePath(m_dir));
    m_window->startUp();
    QVERIFY(m_window->notice()->isVisibleTo(m_window.get()));
    auto *restore = m_window->notice()->findChild<QPushButton *>();
    QVERIFY(restore);
    restore->click();
    QCOMPARE(m_window->document()->problem().input(0, 0), 42.0);
    QVERIFY(m_window->document()->isModified());
}

void TestMainWindow::classroomModeFillsTheScreenAndComesBack()
{
    auto *problemDock = m_window->findChild<QDockWidget *>(QStringLiteral("problemDock"));
    QVERIFY(problemDock->isVisible());
    QTest::keyClick(m_window->stage(), Qt::Key_F11);
    QVERIFY(m_window->isClassroomMode());
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!problemDock->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QCOMPARE(m_window->stage()->frame().style.theme, Theme::Contrast);
    QVERIFY(m_window->keyHint()->isShowing());
    const double scale = m_window->stage()->frame().style.fontScale;
    QVERIFY(scale > 1.0);
    QTest::keyClick(m_window->stage(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(m_window->stage()->frame().style.fontScale > scale);
    QTest::keyClick(m_window->stage(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window->stage(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_window->stage()->frame().style.fontScale < scale);

    QTest::keyClick(m_window->stage(), Qt::Key_Escape);
    QVERIFY(!m_window->isClassroomMode());
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(problemDock->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->stage()->frame().style.theme != Theme::Contrast);
    QCOMPARE(m_window->stage()->frame().style.fontScale, 1.0);
}

void TestMainWindow::presenterKeysWorkInClassroomMode()
{
    m_window->setClassroomMode(true);
    PlaybackModel *model = m_window->model();
    QTest::keyClick(m_window->stage(), Qt::Key_PageDown);
    QTest::keyClick(m_window->stage(), Qt::Key_PageDown);
    QCOMPARE(model->step(), 2);
    QTest::keyClick(m_window->stage(), Qt::Key_PageUp);
    QCOMPARE(model->step(), 1);
    QTest::keyClick(m_window->stage(), Qt::Key_B);
    QVERIFY(m_window->stage()->isBlanked());
    // A blank stage paints only its background, whatever the step.
    const QImage blank = m_window->stage()->grab().toImage();
    QCOMPARE(blank.pixelColor(blank.width() / 2, blank.height() / 2),
             paletteFor(Theme::Contrast).background);
    QTest::keyClick(m_window->stage(), Qt::Key_B);
    QVERIFY(!m_window->stage()->isBlanked());
    m_window->setClassroomMode(false);
}

void TestMainWindow::lessonsAreGrouped_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("group");
    QTest::newRow("article") << "article-convolution"
                             << "Worked examples";
    QTest::newRow("classic") << "classic-dilation"
                             << "Convolution arithmetic";
    QTest::newRow("transposed") << "transposed-padding-strides"
                                << "Transposed convolution arithmetic";
    QTest::newRow("nearest") << "upsample-nearest"
                             << "Upsampling without weights";
    QTest::newRow("max unpool") << "max-unpool"
                                << "Upsampling without weights";
    QTest::newRow("channels") << "channels-rgb-to-two"
                              << "Channels and groups";
    QTest::newRow("channel sequence") << "channels-transpose-weight-layout"
                                      << "Channels and groups";
}

void TestMainWindow::lessonsAreGrouped()
{
    QFETCH(QString, id);
    QFETCH(QString, group);
    QVERIFY(findBuiltInLesson(id));
    QCOMPARE(lessonGroup(id), group);
}

void TestMainWindow::everyLessonLoadsAndPlaysToTheEnd_data()
{
    QTest::addColumn<QString>("id");
    for (const CatalogEntry &entry : builtInLessons())
        QTest::newRow(qPrintable(entry.id)) << entry.id;
}

void TestMainWindow::everyLessonLoadsAndPlaysToTheEnd()
{
    QFETCH(QString, id);
    m_window->openBuiltInLesson(id);
    PlaybackModel *model = m_window->model();
    QVERIFY(model->trace());
    QVERIFY(!model->error());
    model->setSpeed(4.0);
    // Play by stepping the timer quickly: each step must paint and reach the last one.
    for (int i = 0; i < model->stepCount(); ++i) {
        model->setStep(i);
        QCOMPARE(m_window->stage()->frame().step.index, i);
        m_window->stage()->grab();
    }
    QCOMPARE(model->step(), model->stepCount() - 1);
    const GridState end = model->state();
    const Trace &trace = *model->trace();
    if (!hasChannels(trace.problem)) {
        CONVSTEP_COMPARE_GRIDS(end.values, trace.output, 1e-9);
        return;
    }
    // A channel problem ends on the output channel of its last step, every channel complete.
    const int last = model->step();
    CONVSTEP_COMPARE_GRIDS(
        end.values, trace.outputs[static_cast<size_t>(views::activeOutChannel(trace, last))], 1e-9);
    const std::vector<GridState> states = channelStates(trace, last);
    QCOMPARE(states.size(), trace.outputs.size());
    for (size_t o = 0; o < states.size(); ++o)
        CONVSTEP_COMPARE_GRIDS(states[o].values, trace.outputs[o], 1e-9);
}

void TestMainWindow::firstRunFitsTheScreen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    const QSize room = screen->availableGeometry().size();
    const QSize size = firstRunSize(screen);
    QVERIFY(size.width() <= room.width() && size.height() <= room.height());
    QCOMPARE(firstRunSize(nullptr), QSize(1360, 820));
    // No saved geometry: a new window opens at that size, or at least at its minimum.
    QSettings().clear();
    MainWindow window(m_dir.filePath(QStringLiteral("first-run-autosave.json")));
    QCOMPARE(window.size(), size.expandedTo(window.minimumSizeHint()));
}

void TestMainWindow::stageZoomKeysShareNoShortcut()
{
    // No key does two things in the window.
    std::map<QString, QString> owner;
    for (const QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString name = key.toString();
            const auto [at, fresh] = owner.emplace(name, a->objectName());
            QVERIFY2(fresh || at->second == a->objectName(),
                     qPrintable(name + ": " + at->second + ", " + a->objectName()));
        }
    }
    StageWidget *stage = m_window->stage();
    const QList<const QAction *> listed = m_window->listedShortcuts();
    for (const QAction *zoom : {stage->zoomInAction(), stage->zoomOutAction(), stage->fitAction()})
        QVERIFY2(listed.contains(zoom), qPrintable(zoom->objectName())); // F1 lists them

    // + zooms the stage, Ctrl+= enlarges the text: neither does the other's job.
    const double textScale = m_window->textScale();
    QTest::keyClick(stage, Qt::Key_Plus);
    QCOMPARE(stage->viewport().zoom(), 1.25);
    QCOMPARE(m_window->textScale(), textScale);
    QTest::keyClick(stage, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(stage->viewport().zoom(), 1.25);
    QVERIFY(m_window->textScale() > textScale);
    QTest::keyClick(stage, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(stage->viewport().zoom(), 1.0);
    // A minus sign typed into the cell editor is a minus sign, not a zoom.
    QTest::keyClick(stage, Qt::Key_Plus);
    QVERIFY(stage->editCell({GridRole::Source, {0, 0}}));
    stage->editor()->clear();
    QTest::keyClick(stage->editor(), Qt::Key_Minus);
    QCOMPARE(stage->viewport().zoom(), 1.25);
    QCOMPARE(stage->editor()->text(), QStringLiteral("-"));
    QTest::keyClick(stage->editor(), Qt::Key_Escape);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
