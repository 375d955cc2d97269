#include "io/lesson_catalog.h"
#include "tests/export/export_fixture.h"
#include "tests/support/test_support.h"
#include "tests/support/theme_grab.h"
#include "ui/window/export_dialog.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

Q_DECLARE_METATYPE(convstep::ExportFormat)

using namespace convstep;
using namespace convstep::test;

namespace {

constexpr int exportTimeout = 60000;

int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // Qt writes plain page objects (no object streams), so counting them is exact.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return static_cast<int>(QString::fromLatin1(file.readAll()).count(page));
}

ExportDialogSetup setupFor(const Lesson &lesson, View view = View::Direct,
                           Theme theme = Theme::Light)
{
    ExportDialogSetup setup;
    setup.lesson = lesson;
    setup.view = view;
    setup.theme = theme;
    return setup;
}

} // namespace

// The export dialog as a teacher uses it: options in, a file out, off the GUI thread.
class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportsAGifOfTheDefaultLesson();
    void exportsAPdfHandout();
    void cancelLeavesNoFile();
    void closingWhileExportingAsksFirst();
    void existingTargetNeedsConfirmation();
    void previewSaysWhatTheExportMakes_data();
    void previewSaysWhatTheExportMakes();
    void largeExportAsksFirst_data();
    void largeExportAsksFirst();
    void failureShowsTheExportersMessage();
    void controlsFollowTheFormat_data();
    void controlsFollowTheFormat();
    void extensionFollowsTheFormat();
    void oddVideoSizeIsRefusedInline();
    void invalidLessonIsExplainedInline();
    void defaultsFollowTheWindow();
    void stepRangeIsOneBased();
    void remembersTheLastOptions();
    void previewHasTheAspectRatio();
    void staysResponsiveDuringExport();
    void showInFolderOpensTheContainingFolder();
    void fileMenuOpensTheDialog();
    void looksRightInBothPalettes();

private:
    std::unique_ptr<ExportDialog> dialogFor(const Lesson &lesson, ExportFormat format,
                                            const QString &name);
    template<typename T> T *control(const ExportDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no control %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export_dialog"));
    QVERIFY(m_dir.isValid());
    // Settings of this run only, so parallel runs do not share the remembered options.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestExportDialog::init()
{
    QSettings().clear();
}

void TestExportDialog::cleanup()
{
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

std::unique_ptr<ExportDialog> TestExportDialog::dialogFor(const Lesson &lesson, ExportFormat format,
                                                          const QString &name)
{
    auto dialog = std::make_unique<ExportDialog>(setupFor(lesson));
    // Yes to starting a large export (the long ones here are meant to be cancelled), no to
    // anything else.
    dialog->setConfirm([](const QString &title, const QString &) {
        return title == QLatin1String("Large Export");
    });
    dialog->setOpenUrl([](const QUrl &) { return true; });
    ExportOptions options = dialog->options();
    options.format = format;
    options.path = m_dir.filePath(name);
    dialog->setOptions(options);
    return dialog;
}

void TestExportDialog::exportsAGifOfTheDefaultLesson()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("lesson.gif"));
    dialog->show();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QPushButton *exportButton = control<QPushButton>(*dialog, "export");
    QVERIFY(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(dialog->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(finished.first().first().toBool(), true);

    const QString path = m_dir.filePath(QStringLiteral("lesson.gif"));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("gif"));
    QCOMPARE(reader.imageCount(), 4); // the default lesson's four slides
    QCOMPARE(dialog->result().frames, 4);
    QCOMPARE(reader.size(), QSize(800, 600));
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Wrote lesson.gif — 4 frames, ")),
             qPrintable(dialog->statusText()));
    QVERIFY(control<QPushButton>(*dialog, "showInFolder")->isVisible());
    QVERIFY(control<QPushButton>(*dialog, "open")->isVisible());
    QVERIFY(!control<QProgressBar>(*dialog, "progress")->isVisible());
    QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("lesson.gif")});
}

void TestExportDialog::exportsAPdfHandout()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Pdf, QStringLiteral("lesson.pdf"));
    control<QSpinBox>(*dialog, "perPage")->setValue(2);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().message));
    // The title page, then four steps two to a page.
    QCOMPARE(pdfPageCount(m_dir.filePath(QStringLiteral("lesson.pdf"))), 3);
    QCOMPARE(dialog->result().frames, 3);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Wrote lesson.pdf — 3 pages, ")),
             qPrintable(dialog->statusText()));
}

void TestExportDialog::cancelLeavesNoFile()
{
    auto dialog = dialogFor(paddedConvolution(24), ExportFormat::Gif, QStringLiteral("large.gif"));
    control<QCheckBox>(*dialog, "smooth")->setChecked(true); // thousands of frames
    dialog->show();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QProgressBar *progress = control<QProgressBar>(*dialog, "progress");
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, exportTimeout);
    QVERIFY(dialog->isExporting());
    QTest::mouseClick(control<QPushButton>(*dialog, "cancelExport"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog->result().status, ExportStatus::Cancelled);
    QCOMPARE(entriesOf(m_dir.path()), QStringList()); // no file, no hidden temporary either
    QVERIFY(dialog->statusText().contains(QStringLiteral("nothing was written")));
    QVERIFY(control<QPushButton>(*dialog, "export")->isEnabled());
}

void TestExportDialog::closingWhileExportingAsksFirst()
{
    auto dialog = dialogFor(paddedConvolution(24), ExportFormat::Gif, QStringLiteral("large.gif"));
    control<QCheckBox>(*dialog, "smooth")->setChecked(true);
    QStringList questions;
    bool answer = false;
    dialog->setConfirm([&](const QString &title, const QString &question) {
        if (title == QLatin1String("Large Export"))
            return true; // 3,463 frames: asked before it starts
        questions << question;
        return answer;
    });
    dialog->show();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());

    QVERIFY(!dialog->close()); // "keep exporting"
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("Stop it and close")));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isExporting());

    answer = true;
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(questions.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(dialog->result().status, ExportStatus::Cancelled);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(entriesOf(m_dir.path()), QStringList());
}

void TestExportDialog::existingTargetNeedsConfirmation()
{
    const QString path = m_dir.filePath(QStringLiteral("lesson.gif"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export");
    }
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("lesson.gif"));
    QStringList questions;
    bool answer = false;
    dialog->setConfirm([&](const QString &, const QString &question) {
        questions << question;
        return answer;
    });
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(!dialog->startExport());
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("lesson.gif")));
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Not exported")));
    QCOMPARE(finished.count(), 0);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier export"));
    kept.close();

    answer = true;
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().message));
    QCOMPARE(QImageReader(path).imageCount(), 4);
}

void TestExportDialog::previewSaysWhatTheExportMakes_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QStringList>("says");
    // The padded 8×8 convolution: 65 steps.
    QTest::newRow("gif") << ExportFormat::Gif
                         << QStringList{"65 frames", "32.5 s", "About ", "kB", "to export"};
    QTest::newRow("pdf") << ExportFormat::Pdf
                         << QStringList{"First step", "66 pages", "About ", "to export"};
    QTest::newRow("png") << ExportFormat::Png << QStringList{"MB", "65 frames", "to export"};
}

void TestExportDialog::previewSaysWhatTheExportMakes()
{
    QFETCH(ExportFormat, format);
    QFETCH(QStringList, says);
    auto dialog = dialogFor(paddedConvolution(), format, QStringLiteral("padded"));
    QLabel *info = control<QLabel>(*dialog, "previewInfo");
    QTRY_VERIFY2(info->text().contains(says.first()), qPrintable(info->text()));
    for (const QString &part : says)
        QVERIFY2(info->text().contains(part), qPrintable(info->text()));
    const auto estimate = dialog->estimate();
    QVERIFY(estimate);
    QVERIFY(!asksFirst(*estimate, format));

    // Half the steps, half the frames: the line follows the options.
    control<QSpinBox>(*dialog, "stepTo")->setValue(32);
    QTRY_VERIFY(info->text().contains(format == ExportFormat::Pdf ? QStringLiteral("33 pages")
                                                                  : QStringLiteral("32 frames")));
}

void TestExportDialog::largeExportAsksFirst_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("says");
    // The 64×64 transposed lesson: 4,097 steps.
    QTest::newRow("pdf") << ExportFormat::Pdf << "big.pdf" << QStringList{"4,098 pages", "MB"};
    QTest::newRow("gif") << ExportFormat::Gif << "big.gif"
                         << QStringList{"4,097 frames", "34 min 8 s"};
}

void TestExportDialog::largeExportAsksFirst()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, name);
    QFETCH(QStringList, says);
    Lesson lesson = paddedConvolution(64);
    lesson.problem.op = Op::ConvTranspose2d;
    auto dialog = dialogFor(lesson, format, name);
    QLabel *info = control<QLabel>(*dialog, "previewInfo");
    QTRY_VERIFY2(info->text().contains(says.first()), qPrintable(info->text()));

    QStringList questions;
    bool answer = false;
    dialog->setConfirm([&](const QString &title, const QString &question) {
        questions << title + QLatin1Char('|') + question;
        return answer;
    });
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(!dialog->startExport());
    QCOMPARE(questions.size(), 1);
    for (const QString &part : says)
        QVERIFY2(questions.first().contains(part), qPrintable(questions.first()));
    QVERIFY(questions.first().startsWith(QStringLiteral("Large Export|")));
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Not exported")));
    QVERIFY(!dialog->isExporting());
    QCOMPARE(entriesOf(m_dir.path()), QStringList());

    // A yes starts it (and Cancel leaves nothing); fewer steps ask nothing.
    answer = true;
    QVERIFY(dialog->startExport());
    QVERIFY(dialog->isExporting());
    dialog->cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(entriesOf(m_dir.path()), QStringList());
    control<QSpinBox>(*dialog, "stepTo")->setValue(100);
    QVERIFY(dialog->startExport());
    QCOMPARE(questions.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, exportTimeout);
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().message));
}

void TestExportDialog::failureShowsTheExportersMessage()
{
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("x"));
    control<QLineEdit>(*dialog, "path")->setText(blocker + QStringLiteral("/lesson.gif"));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(dialog->result().status, ExportStatus::Failed);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Export failed: ")),
             qPrintable(dialog->statusText()));
    QVERIFY(!dialog->statusText().contains(QLatin1Char('\n')));
    QVERIFY(!control<QPushButton>(*dialog, "showInFolder")->isVisible());
    QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("not-a-folder")});
}

void TestExportDialog::controlsFollowTheFormat_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("fps");
    QTest::addColumn<bool>("hold");
    QTest::addColumn<bool>("smooth");
    QTest::addColumn<bool>("perPage");
    QTest::addColumn<bool>("caption");
    QTest::newRow("gif") << ExportFormat::Gif << true << true << true << false << true;
    QTest::newRow("mp4") << ExportFormat::Mp4 << true << true << true << false << true;
    QTest::newRow("webm") << ExportFormat::WebM << true << true << true << false << true;
    QTest::newRow("png") << ExportFormat::Png << false << false << true << false << true;
    QTest::newRow("svg") << ExportFormat::Svg << false << false << true << false << true;
    QTest::newRow("pdf") << ExportFormat::Pdf << false << false << false << true << false;
}

void TestExportDialog::controlsFollowTheFormat()
{
    QFETCH(ExportFormat, format);
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("lesson.gif"));
    QComboBox *formats = control<QComboBox>(*dialog, "format");
    formats->setCurrentIndex(formats->findData(static_cast<int>(format)));
    QCOMPARE(dialog->options().format, format);
    QTEST(control<QSpinBox>(*dialog, "fps")->isEnabled(), "fps");
    QTEST(control<QDoubleSpinBox>(*dialog, "hold")->isEnabled(), "hold");
    QTEST(control<QCheckBox>(*dialog, "smooth")->isEnabled(), "smooth");
    QTEST(control<QSpinBox>(*dialog, "perPage")->isEnabled(), "perPage");
    QTEST(control<QCheckBox>(*dialog, "caption")->isEnabled(), "caption");
    QVERIFY(control<QSpinBox>(*dialog, "width")->isEnabled());
    QVERIFY(control<QComboBox>(*dialog, "theme")->isEnabled());
}

void TestExportDialog::extensionFollowsTheFormat()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("my.lesson.gif"));
    QComboBox *formats = control<QComboBox>(*dialog, "format");
    const auto pick = [&](ExportFormat format) {
        formats->setCurrentIndex(formats->findData(static_cast<int>(format)));
        return QFileInfo(dialog->options().path).fileName();
    };
    QCOMPARE(pick(ExportFormat::Pdf), QStringLiteral("my.lesson.pdf"));
    QCOMPARE(pick(ExportFormat::Png), QStringLiteral("my.lesson")); // a folder of frames
    QCOMPARE(pick(ExportFormat::WebM), QStringLiteral("my.lesson.webm"));
    QCOMPARE(QFileInfo(dialog->options().path).absolutePath(), m_dir.path());
}

void TestExportDialog::oddVideoSizeIsRefusedInline()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Mp4, QStringLiteral("lesson.mp4"));
    dialog->show();
    QPushButton *exportButton = control<QPushButton>(*dialog, "export");
    QLabel *status = control<QLabel>(*dialog, "status");
    QVERIFY(exportButton->isEnabled());
    control<QSpinBox>(*dialog, "width")->setValue(801);
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("even width and height")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("802 × 600")));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(!dialog->startExport());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(entriesOf(m_dir.path()), QStringList());

    // A GIF takes any size; back to video, an even size clears the message.
    QComboBox *formats = control<QComboBox>(*dialog, "format");
    formats->setCurrentIndex(formats->findData(static_cast<int>(ExportFormat::Gif)));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(status->text().isEmpty());
    formats->setCurrentIndex(formats->findData(static_cast<int>(ExportFormat::WebM)));
    QVERIFY(!exportButton->isEnabled());
    control<QSpinBox>(*dialog, "width")->setValue(802);
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::invalidLessonIsExplainedInline()
{
    Lesson broken = defaultLesson();
    broken.problem.kernel = Grid::Ones(9, 9); // larger than the unpadded 4×4 input
    ExportDialog dialog(setupFor(broken));
    dialog.setOptions([&] {
        ExportOptions options = dialog.options();
        options.path = m_dir.filePath(QStringLiteral("broken.gif"));
        return options;
    }());
    QVERIFY(dialog.problem());
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("This lesson cannot be exported")),
             qPrintable(dialog.statusText()));
    QVERIFY(!control<QPushButton>(dialog, "export")->isEnabled());
    QVERIFY(!dialog.startExport());
    QVERIFY(dialog.previewImage().isNull());
    QCOMPARE(control<QLabel>(dialog, "preview")->text(), QStringLiteral("No preview"));
    QCOMPARE(entriesOf(m_dir.path()), QStringList());
}

void TestExportDialog::defaultsFollowTheWindow()
{
    const Lesson &transposed = builtIn("article-transposed");
    ExportDialog dialog(setupFor(transposed, View::ZeroInsertion, Theme::Dark));
    const ExportOptions options = dialog.options();
    QCOMPARE(options.view, std::optional<View>(View::ZeroInsertion));
    QCOMPARE(options.theme, Theme::Dark);
    QVERIFY(!options.steps.first && !options.steps.last); // all the steps
    QComboBox *views = control<QComboBox>(dialog, "view");
    QVERIFY(views->findData(static_cast<int>(View::ZeroInsertion)) >= 0);
    QCOMPARE(views->itemText(views->findData(static_cast<int>(View::Direct))),
             QStringLiteral("Scatter & sum"));

    // Zero insertion is only for transposed convolutions; a convolution's list leaves it out.
    ExportDialog conv(setupFor(defaultLesson(), View::Direct, Theme::Contrast));
    QComboBox *convViews = control<QComboBox>(conv, "view");
    QCOMPARE(convViews->findData(static_cast<int>(View::ZeroInsertion)), -1);
    QCOMPARE(convViews->itemText(0), QStringLiteral("Sliding window"));
    QCOMPARE(conv.options().theme, Theme::Contrast);
}

void TestExportDialog::stepRangeIsOneBased()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("two.gif"));
    QSpinBox *from = control<QSpinBox>(*dialog, "stepFrom");
    QSpinBox *to = control<QSpinBox>(*dialog, "stepTo");
    QCOMPARE(from->value(), 1);
    QCOMPARE(to->value(), 4);
    QCOMPARE(to->maximum(), dialog->stepCount());
    from->setValue(2);
    to->setValue(3);
    QCOMPARE(dialog->options().steps.first, std::optional<int>(2));
    QCOMPARE(dialog->options().steps.last, std::optional<int>(3));
    from->setValue(4); // FROM never passes TO: TO follows
    QCOMPARE(to->value(), 4);
    from->setValue(2);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(QImageReader(m_dir.filePath(QStringLiteral("two.gif"))).imageCount(), 3);
}

void TestExportDialog::remembersTheLastOptions()
{
    {
        auto dialog = dialogFor(defaultLesson(), ExportFormat::Pdf, QStringLiteral("notes.pdf"));
        control<QSpinBox>(*dialog, "width")->setValue(1024);
        control<QSpinBox>(*dialog, "height")->setValue(768);
        control<QSpinBox>(*dialog, "perPage")->setValue(4);
        control<QCheckBox>(*dialog, "caption")->setChecked(false);
        QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
        QVERIFY(dialog->startExport());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    }
    ExportDialogSetup setup = setupFor(defaultLesson(), View::Matrix, Theme::Dark);
    setup.baseName = QStringLiteral("next");
    const ExportDialog again(setup);
    const ExportOptions options = again.options();
    QCOMPARE(options.format, ExportFormat::Pdf);
    QCOMPARE(options.size, QSize(1024, 768));
    QCOMPARE(options.perPage, 4);
    QVERIFY(!options.caption);
    QCOMPARE(options.path, m_dir.filePath(QStringLiteral("next.pdf"))); // the same folder
    QCOMPARE(options.view, std::optional<View>(View::Matrix)); // the window's, not remembered
    QCOMPARE(options.theme, Theme::Dark);
    QCOMPARE(control<QComboBox>(again, "sizePreset")->currentText(), QStringLiteral("1024 × 768"));
}

void TestExportDialog::previewHasTheAspectRatio()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("lesson.gif"));
    dialog->show();
    QVERIFY(!dialog->previewImage().isNull());
    QCOMPARE(dialog->previewImage().width() * 3, dialog->previewImage().height() * 4); // 800×600

    QSignalSpy updated(dialog.get(), &ExportDialog::previewUpdated);
    QComboBox *presets = control<QComboBox>(*dialog, "sizePreset");
    presets->setCurrentIndex(presets->findText(QStringLiteral("1280 × 720")));
    emit presets->activated(presets->currentIndex());
    QCOMPARE(dialog->options().size, QSize(1280, 720));
    QCOMPARE(updated.count(), 0); // debounced
    QTRY_COMPARE(updated.count(), 1);
    const QImage wide = dialog->previewImage();
    QVERIFY(qAbs(double(wide.width()) / wide.height() - 16.0 / 9.0) < 0.02);

    // A burst of changes repaints once.
    control<QSpinBox>(*dialog, "width")->setValue(600);
    control<QSpinBox>(*dialog, "height")->setValue(900);
    control<QComboBox>(*dialog, "theme")->setCurrentIndex(1);
    QTRY_COMPARE(updated.count(), 2);
    // No condition marks "no third repaint": two debounce intervals (150 ms) must pass quietly.
    QTest::qWait(300);
    QCOMPARE(updated.count(), 2);
    const QImage tall = dialog->previewImage();
    QVERIFY(qAbs(double(tall.width()) / tall.height() - 600.0 / 900.0) < 0.02);
    // The dark theme's background, as the renderer paints it.
    QCOMPARE(tall.pixelColor(2, 2), paletteFor(Theme::Dark).background);
}

void TestExportDialog::staysResponsiveDuringExport()
{
    auto dialog = dialogFor(paddedConvolution(12), ExportFormat::Gif, QStringLiteral("medium.gif"));
    control<QCheckBox>(*dialog, "smooth")->setChecked(true);
    dialog->show();
    int ticksWhileExporting = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (dialog->isExporting())
            ++ticksWhileExporting;
    });
    ticker.start();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(dialog->startExport());
    QVERIFY2(clock.elapsed() < 1000, "startExport returns at once; the work is on a worker");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().message));
    QVERIFY2(ticksWhileExporting >= 5, qPrintable(QString::number(ticksWhileExporting)));
}

void TestExportDialog::showInFolderOpensTheContainingFolder()
{
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Png, QStringLiteral("frames"));
    QList<QUrl> opened;
    dialog->setOpenUrl([&](const QUrl &url) {
        opened << url;
        return true;
    });
    dialog->show();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("frames"))).entryList(QDir::Files).size(), 4);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Wrote frames/ — 4 frames")),
             qPrintable(dialog->statusText()));
    QTest::mouseClick(control<QPushButton>(*dialog, "showInFolder"), Qt::LeftButton);
    QTest::mouseClick(control<QPushButton>(*dialog, "open"), Qt::LeftButton);
    QCOMPARE(opened,
             (QList<QUrl>{QUrl::fromLocalFile(m_dir.path()),
                          QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("frames")))}));

    // The folder now holds frames: exporting again asks first (and the hook declines).
    QVERIFY(!dialog->startExport());
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Not exported")));
}

void TestExportDialog::fileMenuOpensTheDialog()
{
    MainWindow window(m_dir.filePath(QStringLiteral("autosave.json")));
    window.startUp();
    QAction *action = window.mainActions().exportLesson;
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file && file->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->options().view, std::optional<View>(View::Direct));
    QCOMPARE(dialog->stepCount(), 4);
    dialog->close();
    QFile::remove(m_dir.filePath(QStringLiteral("autosave.json")));
}

void TestExportDialog::looksRightInBothPalettes()
{
    // With CONVSTEP_UI_GRAB_DIR set, these pictures are saved for a look by eye.
    auto dialog = dialogFor(defaultLesson(), ExportFormat::Gif, QStringLiteral("lesson.gif"));
    dialog->show();
    QCOMPARE(grabInBothThemes(dialog.get(), dialog->sizeHint(), QStringLiteral("export-dialog")),
             QString());

    QSignalSpy previews(dialog.get(), &ExportDialog::previewUpdated);
    QComboBox *formats = control<QComboBox>(*dialog, "format");
    formats->setCurrentIndex(formats->findData(static_cast<int>(ExportFormat::Mp4)));
    control<QSpinBox>(*dialog, "width")->setValue(801);
    QTRY_VERIFY(previews.count() > 0);
    QCOMPARE(grabInBothThemes(dialog.get(), dialog->sizeHint(),
                              QStringLiteral("export-dialog-odd-size")),
             QString());

    control<QSpinBox>(*dialog, "width")->setValue(800);
    formats->setCurrentIndex(formats->findData(static_cast<int>(ExportFormat::Gif)));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, exportTimeout);
    QCOMPARE(
        grabInBothThemes(dialog.get(), dialog->sizeHint(), QStringLiteral("export-dialog-done")),
        QString());

    auto large = dialogFor(paddedConvolution(24), ExportFormat::Gif, QStringLiteral("large.gif"));
    control<QCheckBox>(*large, "smooth")->setChecked(true);
    large->show();
    QSignalSpy largeFinished(large.get(), &ExportDialog::exportFinished);
    QVERIFY(large->startExport());
    QTRY_VERIFY_WITH_TIMEOUT(control<QProgressBar>(*large, "progress")->value() > 0, exportTimeout);
    QCOMPARE(
        grabInBothThemes(large.get(), large->sizeHint(), QStringLiteral("export-dialog-running")),
        QString());
    large->cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(largeFinished.count(), 1, exportTimeout);
}

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
