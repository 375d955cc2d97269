#include "tests/window/window_fixture.h"
#include "ui/window/worksheet_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace convstep;

// File → Print Worksheet…: the command line's options as controls, checked before anything is
// written, and the PDF written on a worker thread.
class TestWorksheetDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void optionsAreTheCommandLines();
    void levelOneHasNoTransposedKinds();
    void invalidOptionsSayWhy();
    void writesThePdfAndAsksBeforeReplacing();
    void cancellingKeepsTheOldFile();
    void remembersTheLastOptions();

private:
    QTemporaryDir m_dir;
};

void TestWorksheetDialog::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_worksheet_dialog"));
    QVERIFY(m_dir.isValid());
}

void TestWorksheetDialog::init()
{
    QSettings().clear();
}

void TestWorksheetDialog::optionsAreTheCommandLines()
{
    WorksheetDialog dialog;
    // The command line's defaults: seed 1, 10 exercises, level 2, every kind.
    const ExerciseOptions options = dialog.exerciseOptions();
    QCOMPARE(options.seed, std::uint64_t(1));
    QCOMPARE(options.count, 10);
    QCOMPARE(options.level, 2);
    QVERIFY(options.kinds.empty());
    dialog.findChild<QCheckBox *>(QStringLiteral("worksheetKind_reach"))->setChecked(false);
    QCOMPARE(dialog.exerciseOptions().kinds,
             (std::vector<ExerciseKind>{ExerciseKind::Value, ExerciseKind::Shape,
                                        ExerciseKind::Recipe}));
    ExerciseOptions set;
    set.seed = 12345678901234ULL;
    set.count = 3;
    set.level = 3;
    set.kinds = {ExerciseKind::Shape};
    dialog.setExerciseOptions(set);
    const ExerciseOptions read = dialog.exerciseOptions();
    QCOMPARE(read.seed, set.seed);
    QCOMPARE(read.count, 3);
    QCOMPARE(read.level, 3);
    QCOMPARE(read.kinds, set.kinds);
}

void TestWorksheetDialog::levelOneHasNoTransposedKinds()
{
    WorksheetDialog dialog;
    dialog.findChild<QComboBox *>(QStringLiteral("worksheetLevel"))->setCurrentIndex(0);
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("worksheetKind_reach"))->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("worksheetKind_recipe"))->isEnabled());
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("worksheetKind_value"))->isEnabled());
    // Every kind level 1 has is ticked: the command line's default, so no list.
    QVERIFY(dialog.exerciseOptions().kinds.empty());
    QVERIFY(!dialog.problem());
}

void TestWorksheetDialog::invalidOptionsSayWhy()
{
    WorksheetDialog dialog;
    for (const char *kind : {"value", "reach", "shape", "recipe"})
        dialog.findChild<QCheckBox *>(QStringLiteral("worksheetKind_") + QLatin1String(kind))
            ->setChecked(false);
    QCOMPARE(dialog.problem().value_or(QString()),
             QStringLiteral("Tick at least one kind of exercise."));
    QCOMPARE(dialog.statusText(), QStringLiteral("Tick at least one kind of exercise."));
    QVERIFY(!dialog.startWriting());
    dialog.findChild<QCheckBox *>(QStringLiteral("worksheetKind_value"))->setChecked(true);
    dialog.setPath(QString());
    QCOMPARE(dialog.problem().value_or(QString()), QStringLiteral("Choose where to save the PDF."));
    dialog.findChild<QLineEdit *>(QStringLiteral("worksheetSeed"))->clear();
    QCOMPARE(dialog.problem().value_or(QString()),
             QStringLiteral("Type a seed: a whole number such as 1."));
}

void TestWorksheetDialog::writesThePdfAndAsksBeforeReplacing()
{
    WorksheetDialog dialog;
    const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
    ExerciseOptions options;
    options.count = 3;
    options.level = 1;
    dialog.setExerciseOptions(options);
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &WorksheetDialog::writingFinished);
    QVERIFY(dialog.startWriting());
    QVERIFY(dialog.isWriting());
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().message));
    QVERIFY(dialog.result().frames >= 2); // the exercises, then the answer key
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("Wrote sheet.pdf — ")));

    bool asked = false;
    dialog.setConfirm([&asked](const QString &, const QString &) {
        asked = true;
        return false;
    });
    QVERIFY(!dialog.startWriting());
    QVERIFY(asked);
    QCOMPARE(dialog.statusText(), QStringLiteral("Not written: “sheet.pdf” already exists."));
    dialog.setConfirm([](const QString &, const QString &) { return true; });
    QVERIFY(dialog.startWriting());
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.result().ok());
}

void TestWorksheetDialog::cancellingKeepsTheOldFile()
{
    WorksheetDialog dialog;
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old sheet");
    old.close();
    dialog.setConfirm([](const QString &, const QString &) { return true; });
    ExerciseOptions options;
    options.count = maxExerciseCount; // long enough to stop halfway
    dialog.setExerciseOptions(options);
    dialog.setPath(path);
    dialog.show();
    QSignalSpy finished(&dialog, &WorksheetDialog::writingFinished);
    QVERIFY(dialog.startWriting());
    QVERIFY(dialog.isWriting()); // the GUI thread is free while it writes
    dialog.reject(); // asks (yes), stops the job and closes once it has stopped
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(dialog.result().status, ExportStatus::Cancelled);
    QCOMPARE(dialog.statusText(), QStringLiteral("Cancelled; nothing was written."));
    QVERIFY(!dialog.isVisible());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old sheet")); // replaced only when complete
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*kept*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("kept.pdf")}); // no temporary file left behind
}

void TestWorksheetDialog::remembersTheLastOptions()
{
    const QString path = m_dir.filePath(QStringLiteral("remembered.pdf"));
    {
        WorksheetDialog dialog;
        ExerciseOptions options;
        options.seed = 9;
        options.count = 2;
        options.level = 1;
        options.kinds = {ExerciseKind::Shape};
        dialog.setExerciseOptions(options);
        dialog.setPath(path);
        QSignalSpy finished(&dialog, &WorksheetDialog::writingFinished);
        QVERIFY(dialog.startWriting());
        QVERIFY(finished.wait(30000));
    }
    WorksheetDialog again;
    const ExerciseOptions options = again.exerciseOptions();
    QCOMPARE(options.seed, std::uint64_t(9));
    QCOMPARE(options.count, 2);
    QCOMPARE(options.level, 1);
    QCOMPARE(options.kinds, std::vector<ExerciseKind>{ExerciseKind::Shape});
    QCOMPARE(again.path(), path);
}

QTEST_MAIN(TestWorksheetDialog)
#include "tst_worksheet_dialog.moc"
