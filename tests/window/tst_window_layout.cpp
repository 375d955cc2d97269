#include "io/language.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/predict_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/lab_controls.h"
#include "ui/window/main_window.h"
#include "ui/window/matrix_controls.h"
#include "ui/window/predict_controls.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace convstep;

namespace {

using Lab = LabControls::Lab;
constexpr Lab allLabs[] = {Lab::Upsampling, Lab::Checkerboard, Lab::Shapes, Lab::Code};

} // namespace

// The window's layout: labs in windows of their own, the stage's legible minimum, View →
// Reset Layout, and the Matrix Explorer kept to the matrix view.
class TestWindowLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void labsOpenAsWindowsAndLeaveTheStageAlone();
    void dockedLabsStopAtTheLegibleMinimum();
    void resetLayoutRestoresTheFirstRunStage();
    void explorerStaysWithTheMatrixView();
    void predictModeFitsASmallScreen();
    void problemPanelFitsInEveryLanguage_data();
    void problemPanelFitsInEveryLanguage();
    void toolBarShowsEveryAction_data();
    void toolBarShowsEveryAction();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_window_layout"));
    QVERIFY(m_dir.isValid());
}

void TestWindowLayout::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowLayout::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestWindowLayout::labsOpenAsWindowsAndLeaveTheStageAlone()
{
    QCoreApplication::processEvents();
    const QSize stage = m_window->stage()->size();
    QDockWidget *explanation =
        m_window->findChild<QDockWidget *>(QStringLiteral("explanationDock"));
    for (Lab lab : allLabs) {
        m_window->labControls()->action(lab)->trigger();
        QDockWidget *dock = m_window->labControls()->dock(lab);
        QVERIFY(dock->isVisible());
        QVERIFY2(dock->isFloating(), qPrintable(LabControls::labId(lab)));
        // Room to read: most of the window, not a strip.
        QVERIFY2(dock->width() >= 640 && dock->height() >= 600,
                 qPrintable(LabControls::labId(lab)
                            + QStringLiteral(" %1×%2").arg(dock->width()).arg(dock->height())));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->stage()->size(), stage);
        // The explanation stays where it was; Framework Code does not take its place.
        QVERIFY(explanation->isVisible());
        QVERIFY(!m_window->tabifiedDockWidgets(explanation).contains(dock));
    }
}

// Docked by hand and pulled as large as it goes, a lab still leaves the stage its minimum,
// at which the default lesson's 3×3 kernel keeps cells wide enough for their numbers.
void TestWindowLayout::dockedLabsStopAtTheLegibleMinimum()
{
    m_window->resize(1024, 600);
    for (Lab lab : {Lab::Checkerboard, Lab::Code}) {
        m_window->labControls()->action(lab)->trigger();
        QDockWidget *dock = m_window->labControls()->dock(lab);
        dock->setFloating(false);
        m_window->addDockWidget(
            lab == Lab::Code ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea, dock);
        dock->show();
        m_window->resizeDocks({dock}, {2000}, lab == Lab::Code ? Qt::Horizontal : Qt::Vertical);
        QCoreApplication::processEvents();
        const QSize stage = m_window->stage()->size();
        QVERIFY2(stage.width() >= legibleStageSize.width()
                     && stage.height() >= legibleStageSize.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(stage.width()).arg(stage.height())));
        QVERIFY(m_window->stage()->stageLayout().kernel.cell >= 22.0);
        dock->hide();
    }
}

void TestWindowLayout::resetLayoutRestoresTheFirstRunStage()
{
    // A window as on the first run: no saved layout, its own first size.
    test::closeTestWindow(m_window, m_dir);
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(test::autosavePath(m_dir));
    m_window->startUp();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();
    const QSize firstRun = m_window->stage()->size();
    auto *problem = m_window->findChild<QDockWidget *>(QStringLiteral("problemDock"));
    auto *explanation = m_window->findChild<QDockWidget *>(QStringLiteral("explanationDock"));
    // Distort it: wide side panels, a lab docked under the stage, the explanation closed.
    m_window->resizeDocks({problem}, {520}, Qt::Horizontal);
    m_window->labControls()->action(Lab::Shapes)->trigger();
    QDockWidget *shapes = m_window->labControls()->dock(Lab::Shapes);
    shapes->setFloating(false);
    m_window->resizeDocks({shapes}, {400}, Qt::Vertical);
    explanation->hide();
    QCoreApplication::processEvents();
    QVERIFY(m_window->stage()->size() != firstRun);
    shapes->close();

    m_window->mainActions().resetLayout->trigger();
    QCoreApplication::processEvents();
    QVERIFY(problem->isVisible() && explanation->isVisible());
    for (Lab lab : allLabs)
        QVERIFY(!m_window->labControls()->dock(lab)->isVisible());
    QTRY_COMPARE(m_window->stage()->size(), firstRun);
    // A lab opened after the reset is a window of its own again.
    m_window->labControls()->action(Lab::Shapes)->trigger();
    QVERIFY(shapes->isFloating());
}

// The explorer opens by itself for a matrix too large to read on the stage; in the other
// views it closes, and it comes back only with the matrix view (not after the person
// closed it, and not when classroom mode puts the layout back).
void TestWindowLayout::explorerStaysWithTheMatrixView()
{
    QDockWidget *dock = m_window->matrixControls()->explorerDock();
    Problem p = m_window->document()->problem();
    p.input = test::counting(64, 64);
    m_window->document()->editProblem(p, QStringLiteral("test"));
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QTRY_VERIFY(dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QVERIFY(!dock->isVisible());
    QTest::qWait(50); // the explorer's offer comes a turn of the event loop late
    QVERIFY(!dock->isVisible());
    m_window->setClassroomMode(true);
    m_window->setClassroomMode(false);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QVERIFY(dock->isVisible());
    // Closed in the matrix view, it stays closed across views.
    m_window->matrixControls()->explorerAction()->trigger();
    QVERIFY(!dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QTest::qWait(50);
    QVERIFY(!dock->isVisible());
}

// At 1024 × 600 with predict mode on, the window keeps its size, the stage its legible minimum,
// the Problem panel its full width (no sideways scrolling) and the question its every line.
void TestWindowLayout::predictModeFitsASmallScreen()
{
    m_window->resize(1024, 600);
    QTRY_COMPARE(m_window->size(), QSize(1024, 600));
    m_window->mainActions().resetLayout->trigger(); // the side panels as a first run sizes them
    QCoreApplication::processEvents();
    QTest::keyClick(m_window.get(), Qt::Key_P);
    PredictPanel *panel = m_window->predictControls()->panel();
    QTRY_VERIFY(panel->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), QSize(1024, 600));
    const QSize stage = m_window->stage()->size();
    QVERIFY2(stage.width() >= legibleStageSize.width()
                 && stage.height() >= legibleStageSize.height(),
             qPrintable(QStringLiteral("stage %1×%2").arg(stage.width()).arg(stage.height())));
    auto *problem = m_window->findChild<QDockWidget *>(QStringLiteral("problemDock"));
    auto *scroll = qobject_cast<QScrollArea *>(problem->widget());
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("Problem panel %1 px wide in %2 px")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    auto *question = panel->findChild<QLabel *>(QStringLiteral("predictQuestion"));
    QVERIFY(!question->text().isEmpty());
    QVERIFY2(question->height() >= question->heightForWidth(question->width()),
             qPrintable(QStringLiteral("question %1 px high, needs %2")
                            .arg(question->height())
                            .arg(question->heightForWidth(question->width()))));
    const QRect window = m_window->rect();
    for (QWidget *w :
         {static_cast<QWidget *>(question), static_cast<QWidget *>(panel->commitButton())}) {
        const QRect at(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
        QVERIFY2(window.contains(at), qPrintable(w->objectName()));
    }
}

void TestWindowLayout::problemPanelFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lesson"); // empty: the default lesson
    QTest::addColumn<int>("index"); // of a sequence's lessons
    for (const char *code : {"en", "de", "es", "zh_CN"}) {
        QTest::addRow("%s", code) << QString::fromLatin1(code) << QString() << 0;
        // With channels the panel has its groups and bias rows too.
        QTest::addRow("%s, channels", code)
            << QString::fromLatin1(code) << QStringLiteral("channels-rgb-to-two") << 0;
        QTest::addRow("%s, transposed channels", code)
            << QString::fromLatin1(code) << QStringLiteral("channels-transpose-weight-layout") << 1;
    }
}

// The first-run window on a 1024×600 screen: the Problem panel's fields all fit its dock.
void TestWindowLayout::problemPanelFitsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lesson);
    QFETCH(int, index);
    test::closeTestWindow(m_window, m_dir);
    QVERIFY(installLanguage(language));
    const auto english = qScopeGuard([] { installLanguage(QStringLiteral("en")); });
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!lesson.isEmpty()) {
        const CatalogEntry *entry = findBuiltInLesson(lesson);
        QVERIFY(entry);
        m_window->document()->load(entry->file);
        QVERIFY(m_window->document()->setLessonIndex(index));
    }
    m_window->resize(942, 552);
    QTRY_COMPARE(m_window->size(), QSize(942, 552));
    m_window->mainActions().resetLayout->trigger();
    QCoreApplication::processEvents();
    auto *problem = m_window->findChild<QDockWidget *>(QStringLiteral("problemDock"));
    auto *scroll = qobject_cast<QScrollArea *>(problem->widget());
    QVERIFY(scroll);
    QVERIFY2(
        !scroll->horizontalScrollBar()->isVisible(),
        qPrintable(QStringLiteral("Problem panel %1 px wide in %2 px; explanation %3")
                       .arg(scroll->widget()->minimumSizeHint().width())
                       .arg(scroll->viewport()->width())
                       .arg(m_window->findChild<QDockWidget *>(QStringLiteral("explanationDock"))
                                ->width())));
    QVERIFY(m_window->stage()->width() >= legibleStageSize.width());
}

void TestWindowLayout::toolBarShowsEveryAction_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::newRow("1024×600") << QSize(1024, 600) << "en";
    QTest::newRow("1360×820") << QSize(1360, 820) << "en";
    // Longer words than English.
    QTest::newRow("German 1024×600") << QSize(1024, 600) << "de";
    // The first-run window on a 1024×600 screen.
    QTest::newRow("German 942×552") << QSize(942, 552) << "de";
    QTest::newRow("English 942×552") << QSize(942, 552) << "en";
    QTest::newRow("Spanish 1024×600") << QSize(1024, 600) << "es";
    QTest::newRow("Chinese 1024×600") << QSize(1024, 600) << "zh_CN";
}

// Every action of the main tool bar has its button on the bar: nothing hides behind ».
void TestWindowLayout::toolBarShowsEveryAction()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    if (language != QLatin1String("en")) {
        // The window is built in one language: build it again in this one.
        test::closeTestWindow(m_window, m_dir);
        QVERIFY(installLanguage(language));
        m_window = test::openTestWindow(m_dir);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    const auto english = qScopeGuard([] { installLanguage(QStringLiteral("en")); });
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QCoreApplication::processEvents();
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    QVERIFY(!extension->isVisible());
    // What leaves the bar for want of room is still in a menu.
    const MainActions &actions = m_window->mainActions();
    for (QAction *a : {actions.redo, actions.symbols, actions.undo, actions.viewGradInput,
                       actions.viewGradKernel, actions.save, actions.open}) {
        const QObjectList users = a->associatedObjects();
        QVERIFY2(bar->actions().contains(a)
                     || std::any_of(users.begin(), users.end(),
                                    [](QObject *o) { return qobject_cast<QMenu *>(o); }),
                 qPrintable(a->text()));
    }
    for (QAction *a : bar->actions()) {
        if (a->isSeparator())
            continue;
        QWidget *button = bar->widgetForAction(a);
        QVERIFY2(button && button->isVisible(), qPrintable(a->text()));
        QVERIFY2(bar->rect().contains(button->geometry()), qPrintable(a->text()));
        // Legible: the button shows words, not a bare icon, where there is no icon to show.
        auto *tool = qobject_cast<QToolButton *>(button);
        QVERIFY(tool);
        if (a->icon().isNull())
            QVERIFY2(tool->width() >= tool->fontMetrics().horizontalAdvance(a->iconText()),
                     qPrintable(a->text()));
    }
}

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
