#include "tests/labs/lab_grab.h"
#include "tests/support/test_support.h"
#include "ui/labs/checkerboard_lab.h"
#include "ui/labs/code_panel.h"
#include "ui/labs/upsampling_lab.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/lesson_browser.h"
#include "ui/window/lab_controls.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

Problem transposed()
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = test::counting(3, 3);
    p.kernel = test::gridOf({{1, 2}, {3, 4}});
    p.stride = {2, 2};
    p.padding = {1, 1};
    p.outputPadding = {1, 1};
    return p;
}

QString script(const Problem &p, Framework framework)
{
    return QString::fromStdString(frameworkScript(p, framework));
}

} // namespace

// The framework code panel, and the labs in the main window (Labs menu, Lessons menu, start
// page, shortcuts).
class TestCodePanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheScriptOfTheProblem();
    void copyPutsItOnTheClipboard();
    void staysReadOnlyAndMonospace();
    void labsMenuOpensTheDocks();
    void startPageOpensALab();
    void readableInBothThemes();

private:
    QTemporaryDir m_dir;
};

void TestCodePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lab_code"));
    QVERIFY(m_dir.isValid());
}

void TestCodePanel::showsTheScriptOfTheProblem()
{
    PlaybackModel model;
    const Problem p = transposed();
    QVERIFY(model.setProblem(p));
    CodePanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.framework(), Framework::PyTorch);
    QCOMPARE(panel.text(), script(p, Framework::PyTorch));
    panel.frameworkBox()->setCurrentIndex(1);
    QCOMPARE(panel.framework(), Framework::Keras);
    QCOMPARE(panel.text(), script(p, Framework::Keras));
    // Live: an edit of the problem changes the script.
    Problem q = p;
    q.kernel(0, 0) = 7;
    QVERIFY(model.setProblem(q));
    QCOMPARE(panel.text(), script(q, Framework::Keras));
    // A rejected edit keeps the last good script and says so.
    Problem bad = q;
    bad.stride = {0, 0};
    QVERIFY(!model.setProblem(bad));
    QCOMPARE(panel.text(), script(q, Framework::Keras));
    QVERIFY(panel.note()->isVisible());
    QVERIFY(model.setProblem(q));
    QVERIFY(!panel.note()->isVisible());
    // Hidden, it catches up when shown again.
    panel.hide();
    QVERIFY(model.setProblem(p));
    panel.show();
    QCOMPARE(panel.text(), script(p, Framework::Keras));
}

void TestCodePanel::copyPutsItOnTheClipboard()
{
    PlaybackModel model;
    const Problem p = transposed();
    QVERIFY(model.setProblem(p));
    CodePanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), script(p, Framework::PyTorch));
    panel.setFramework(Framework::Keras);
    panel.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), script(p, Framework::Keras));
}

void TestCodePanel::staysReadOnlyAndMonospace()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(transposed()));
    CodePanel panel(&model);
    QVERIFY(panel.editor()->isReadOnly());
    QVERIFY(QFontInfo(panel.editor()->font()).fixedPitch());
}

void TestCodePanel::labsMenuOpensTheDocks()
{
    QSettings().clear();
    MainWindow window(m_dir.filePath(QStringLiteral("autosave.json")));
    window.resize(1400, 860);
    window.startUp();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *labs = window.menuBar()->findChild<QMenu *>(QStringLiteral("labsMenu"));
    QVERIFY(labs);
    using Lab = LabControls::Lab;
    const std::pair<Lab, const char *> entries[] = {
        {Lab::Upsampling, "labUpsampling"}, {Lab::Checkerboard, "labCheckerboard"},
        {Lab::Shapes, "labShapes"},         {Lab::Code, "labCode"},
        {Lab::Weights, "labWeights"},       {Lab::Learn, "labLearn"}};
    QCOMPARE(labs->actions().size(), 6);
    for (int i = 0; i < 6; ++i) {
        QAction *a = window.labControls()->action(entries[i].first);
        QVERIFY(a);
        QCOMPARE(labs->actions()[i], a);
        QCOMPARE(a->objectName(), QLatin1String(entries[i].second));
        QVERIFY(!a->shortcut().isEmpty());
    }
    // Ways to Upsample is on the Lessons menu too.
    auto *lessons = window.menuBar()->findChild<QMenu *>(QStringLiteral("lessonsMenu"));
    QVERIFY(lessons->actions().contains(window.labControls()->action(Lab::Upsampling)));

    auto *code = window.findChild<QDockWidget *>(QStringLiteral("codeDock"));
    QVERIFY(code && !code->isVisible());
    QTest::keySequence(&window, window.labControls()->action(Lab::Code)->shortcut());
    QVERIFY(code->isVisible());
    auto *panel = window.findChild<CodePanel *>();
    QCOMPARE(panel->text(), script(*window.model()->problem(), Framework::PyTorch));
    // It follows the document.
    window.document()->editProblem(transposed(), QStringLiteral("test"));
    QCOMPARE(panel->text(), script(transposed(), Framework::PyTorch));

    window.labControls()->action(Lab::Checkerboard)->trigger();
    auto *checker = window.findChild<QDockWidget *>(QStringLiteral("checkerboardDock"));
    QVERIFY(checker->isVisible());
    QTRY_VERIFY(checker->isAncestorOf(QApplication::focusWidget())); // its own window, once active
    QCOMPARE(test::grabLabInBothThemes(&window, window.model(), QSize(1400, 860),
                                       QStringLiteral("lab-window-checkerboard")),
             QString());
    window.labControls()->action(Lab::Shapes)->trigger();
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("shapesDock"))->isVisible());
    QCOMPARE(test::grabLabInBothThemes(&window, window.model(), QSize(1400, 860),
                                       QStringLiteral("lab-window-shapes")),
             QString());
    window.labControls()->action(Lab::Upsampling)->trigger();
    auto *upsampling = window.findChild<QDockWidget *>(QStringLiteral("upsamplingDock"));
    QVERIFY(upsampling->isVisible());
    QVERIFY(upsampling->width() >= 800);
    window.document()->undoStack()->setClean();
}

void TestCodePanel::startPageOpensALab()
{
    QSettings().clear();
    MainWindow window(m_dir.filePath(QStringLiteral("autosave2.json")));
    window.resize(1200, 800);
    window.startUp();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.mainActions().startPage->trigger();
    auto *browser = window.findChild<LessonBrowser *>();
    QVERIFY(browser->isVisible());
    QListWidgetItem *lab = nullptr;
    for (int i = 0; i < browser->list()->count(); ++i)
        if (browser->list()->item(i)->text().startsWith(QStringLiteral("Ways to Upsample")))
            lab = browser->list()->item(i);
    QVERIFY(lab);
    browser->list()->scrollToItem(lab);
    QCOMPARE(test::grabLabInBothThemes(&window, window.model(), QSize(1200, 800),
                                       QStringLiteral("lab-start-page")),
             QString());
    emit browser->list()->itemActivated(lab);
    QVERIFY(!browser->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("upsamplingDock"))->isVisible());
    // Lessons still open lessons.
    QSignalSpy lessons(browser, &LessonBrowser::lessonChosen);
    window.mainActions().startPage->trigger();
    emit browser->list()->itemActivated(browser->list()->item(1));
    QCOMPARE(lessons.count(), 1);
    window.document()->undoStack()->setClean();
}

void TestCodePanel::readableInBothThemes()
{
    PlaybackModel model;
    QVERIFY(model.setProblem(transposed()));
    CodePanel panel(&model);
    panel.show();
    QCOMPARE(test::grabLabInBothThemes(&panel, &model, QSize(560, 520), QStringLiteral("lab-code")),
             QString());
}

QTEST_MAIN(TestCodePanel)
#include "tst_code_panel.moc"
