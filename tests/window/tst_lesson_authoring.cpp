#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/export/exporter.h"
#include "ui/render/stage_title.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/lesson_properties_dialog.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// A teacher's own lesson: File → New Lesson, its title and note in Lesson Properties, the
// title on the stage, the window and an export, the note marked when the problem moves away
// from it, and the file written as docs/formats.md says.
class TestLessonAuthoring final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newLessonAndPropertiesSurviveSaveAndOpen();
    void openedLessonsShowTheirTitleNotTheFileName();
    void titleIsOnTheStageAndInAnExportsFirstFrame();
    void noteIsMarkedOutOfDateAfterAnEditAndClearedByUndo();
    void propertiesConfirmTheNote();
    void savedFilesUseTwoSpaceIndentation();
    void aNoteAtItsCapKeepsTheExplanationWithinTheWindow();

private:
    LessonPropertiesDialog *openDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestLessonAuthoring::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_lesson_authoring"));
    QVERIFY(m_dir.isValid());
}

void TestLessonAuthoring::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLessonAuthoring::cleanup()
{
    for (auto *dialog : m_window->findChildren<LessonPropertiesDialog *>())
        dialog->reject();
    test::closeTestWindow(m_window, m_dir);
}

LessonPropertiesDialog *TestLessonAuthoring::openDialog()
{
    m_window->mainActions().lessonProperties->trigger();
    for (auto *dialog : m_window->findChildren<LessonPropertiesDialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

void TestLessonAuthoring::newLessonAndPropertiesSurviveSaveAndOpen()
{
    m_window->mainActions().newLesson->trigger();
    LessonDocument *document = m_window->document();
    QVERIFY(document->lesson().title.isEmpty());
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->problem() == defaultLesson().problem);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled lesson")));
    // New opens the Properties dialog at once, for the title.
    auto *dialog = m_window->findChild<LessonPropertiesDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->titleEdit()->maxLength(), limits::maxTitleLength);
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Strides for 7B"));
    dialog->noteEdit()->setPlainText(QStringLiteral("Watch the gaps the stride leaves."));
    dialog->accept();
    QCOMPARE(document->lesson().title, QStringLiteral("Strides for 7B"));
    QCOMPARE(document->lesson().note, QStringLiteral("Watch the gaps the stride leaves."));
    QVERIFY(document->isModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Strides for 7B")));
    QCOMPARE(m_window->explanationPanel()->lessonNote(),
             QStringLiteral("Watch the gaps the stride leaves."));
    // The edit is one undo step.
    m_window->mainActions().undo->trigger();
    QVERIFY(document->lesson().title.isEmpty());
    m_window->mainActions().redo->trigger();

    const QString path = m_dir.filePath(QStringLiteral("own.json"));
    QVERIFY(!m_window->saveLessonAs(path));
    m_window->openBuiltInLesson(QStringLiteral("article-same"));
    QVERIFY(!m_window->openLessonFile(path));
    QCOMPARE(document->lesson().title, QStringLiteral("Strides for 7B"));
    QCOMPARE(document->lesson().note, QStringLiteral("Watch the gaps the stride leaves."));
    QVERIFY(!document->isModified());

    // The dialog opens on what the lesson holds, and Cancel changes nothing.
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Strides for 7B"));
    dialog->titleEdit()->setText(QStringLiteral("Something else"));
    dialog->reject();
    QCOMPARE(document->lesson().title, QStringLiteral("Strides for 7B"));
    QVERIFY(!document->isModified());
}

void TestLessonAuthoring::openedLessonsShowTheirTitleNotTheFileName()
{
    Lesson lesson = defaultLesson();
    lesson.title = QStringLiteral("Padding by hand");
    const QString path = m_dir.filePath(QStringLiteral("file-name-nobody-reads.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lessonToBytes(lesson));
    file.close();
    QVERIFY(!m_window->openLessonFile(path));
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Padding by hand")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("file-name-nobody-reads")));
    // Without a title, the file's name is what there is.
    lesson.title.clear();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lessonToBytes(lesson));
    file.close();
    QVERIFY(!m_window->openLessonFile(path));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("file-name-nobody-reads.json")));
}

void TestLessonAuthoring::titleIsOnTheStageAndInAnExportsFirstFrame()
{
    const QString title = QStringLiteral("Convolution for class 7B");
    m_window->document()->setText({title, QString(), QString()});
    const StageFrame &frame = m_window->stage()->frame();
    QCOMPARE(frame.style.title, title);
    // In a band of its own: no grid or grid title starts above its foot.
    const TitleBand band = titleBand(QRectF(m_window->stage()->rect()), frame.style);
    QCOMPARE(band.text, title);
    const StageLayout &layout = m_window->stage()->stageLayout();
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target})
        QVERIFY(box->rect().top() - QFontMetricsF(layout.titleFont).height() * 1.5
                >= band.rect.bottom());
    // Classroom mode keeps it.
    m_window->setClassroomMode(true);
    QCOMPARE(m_window->stage()->frame().style.title, title);
    m_window->setClassroomMode(false);

    // The export of the lesson as the window has it: the title is text in the first frame.
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.path = m_dir.filePath(QStringLiteral("frames"));
    options.size = QSize(640, 480);
    options.overwrite = true;
    const ExportResult result = exportAnimation(m_window->document()->lesson(), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QStringList frames = QDir(options.path).entryList(QDir::Files, QDir::Name);
    QVERIFY(!frames.isEmpty());
    const QByteArray first = fileBytes(QDir(options.path).filePath(frames.first()));
    QVERIFY2(first.contains(title.toUtf8()), first.left(400).constData());
}

void TestLessonAuthoring::noteIsMarkedOutOfDateAfterAnEditAndClearedByUndo()
{
    LessonDocument *document = m_window->document();
    ExplanationPanel *explanation = m_window->explanationPanel();
    QVERIFY(!document->lesson().note.isEmpty());
    QVERIFY(!document->isNoteOutOfDate());
    QVERIFY(!explanation->isNoteOutOfDate());
    auto *warning = explanation->findChild<QWidget *>(QStringLiteral("noteOutOfDate"));
    QVERIFY(warning && !warning->isVisibleTo(explanation));

    Problem strided = document->problem();
    strided.stride = {2, 2};
    document->editProblem(strided, QStringLiteral("Set stride to 2"));
    QVERIFY(document->isNoteOutOfDate());
    QVERIFY(explanation->isNoteOutOfDate());
    QVERIFY(warning->isVisibleTo(explanation));

    m_window->mainActions().undo->trigger();
    QVERIFY(!document->isNoteOutOfDate());
    QVERIFY(!explanation->isNoteOutOfDate());
    QVERIFY(!warning->isVisibleTo(explanation));
    // An edit and its reversal by hand come back to the problem the note describes, too.
    document->setInputValue({0, 0}, 99.0);
    QVERIFY(document->isNoteOutOfDate());
    document->setInputValue({0, 0}, defaultLesson().problem.input(0, 0));
    QVERIFY(!document->isNoteOutOfDate());
}

void TestLessonAuthoring::propertiesConfirmTheNote()
{
    LessonDocument *document = m_window->document();
    document->setInputValue({0, 0}, 99.0);
    QVERIFY(document->isNoteOutOfDate());
    auto *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("noteOutOfDate")));
    dialog->noteEdit()->setPlainText(QStringLiteral("The top-left input is now 99."));
    dialog->accept();
    QVERIFY(!document->isNoteOutOfDate());
    QVERIFY(!m_window->explanationPanel()->isNoteOutOfDate());
    // Undoing the Properties edit brings back the old note, out of date again.
    m_window->mainActions().undo->trigger();
    QCOMPARE(document->lesson().note, defaultLesson().note);
    QVERIFY(document->isNoteOutOfDate());
}

void TestLessonAuthoring::savedFilesUseTwoSpaceIndentation()
{
    const QString path = m_dir.filePath(QStringLiteral("indent.json"));
    QVERIFY(!m_window->saveLessonAs(path));
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(bytes.startsWith("{\n  \""), bytes.constData());
    QVERIFY2(bytes.contains("\n  \"input\": [\n    [3, 5, 2, 7],"), bytes.constData());
    QVERIFY(!bytes.contains("\n    \"op\""));
    QVERIFY(parseLesson(bytes).ok());
}

// The file that froze the window held a 16 MiB note. The cap keeps the work bounded: a note at
// the cap (one long word, the worst case for wrapping) opens and the explanation stays inside
// the window, its text wrapped rather than widening it.
void TestLessonAuthoring::aNoteAtItsCapKeepsTheExplanationWithinTheWindow()
{
    Lesson lesson = defaultLesson();
    lesson.note = QString(limits::maxNoteLength, QLatin1Char('w'));
    const QString path = m_dir.filePath(QStringLiteral("long-note.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lessonToBytes(lesson));
    file.close();
    QVERIFY(!m_window->openLessonFile(path));
    QCOMPARE(m_window->explanationPanel()->lessonNote().size(), limits::maxNoteLength);
    QCoreApplication::processEvents();
    const int room = m_window->width();
    ExplanationPanel *panel = m_window->explanationPanel();
    QVERIFY2(panel->minimumSizeHint().width() < room / 3,
             qPrintable(QString::number(panel->minimumSizeHint().width())));
    for (QWidget *w : panel->findChildren<QWidget *>())
        QVERIFY2(w->minimumSizeHint().width() < room / 2,
                 qPrintable(w->metaObject()->className() + QStringLiteral(" ")
                            + QString::number(w->minimumSizeHint().width())));
    const QRect inWindow(panel->mapTo(m_window.get(), QPoint(0, 0)), panel->size());
    QVERIFY2(
        m_window->rect().contains(inWindow),
        qPrintable(QStringLiteral("%1 wide at %2").arg(inWindow.width()).arg(inWindow.left())));
    // One character more is refused with one line, before anything is laid out.
    lesson.note += QLatin1Char('w');
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lessonToBytes(lesson));
    file.close();
    const auto error = m_window->openLessonFile(path);
    QVERIFY(error);
    QCOMPARE(error->message,
             QStringLiteral("note: holds 2001 characters; a note may hold at most 2000"));
}

QTEST_MAIN(TestLessonAuthoring)
#include "tst_lesson_authoring.moc"
