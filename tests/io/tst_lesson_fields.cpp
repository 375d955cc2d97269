#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "tests/io/lesson_error.h"
#include "tests/support/test_support.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace convstep;
using convstep::test::errorOf;

namespace {

const QByteArray minimal = R"({"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]})";

QByteArray with(const QByteArray &fields)
{
    QByteArray json = minimal;
    json.chop(1);
    return json + ", " + fields + "}";
}

QByteArray textField(const char *key, const QByteArray &text)
{
    return with("\"" + QByteArray(key) + "\": \"" + text + "\"");
}

// Lesson 05's problem: the 2×2 result of the default lesson scattered back.
QByteArray shapeBack(const QByteArray &originalInput)
{
    return R"({"op": "conv_transpose2d", "input": [[55, 52], [57, 50]],
               "kernel": [[1, 2, 1], [2, 1, 2], [1, 1, 2]], "padding": "valid",
               "original_input": )"
        + originalInput + "}";
}

const QByteArray articleInput = "[[3, 5, 2, 7], [4, 1, 3, 8], [6, 3, 8, 2], [9, 6, 1, 5]]";

} // namespace

// What a lesson adds to a problem and how it is written: the caps on its title and note
// (so a lesson at the size limit still lays out at once), the original input of a transposed
// convolution, and the writer's two-space indentation.
class TestLessonFields final : public QObject
{
    Q_OBJECT

private slots:
    void textWithinItsCapIsRead_data();
    void textWithinItsCapIsRead();
    void textOverItsCapIsOneClearError_data();
    void textOverItsCapIsOneClearError();
    void aMaximalFileWithALongNoteIsRefusedByTheCap();
    void originalInputIsRead();
    void originalInputIsChecked_data();
    void originalInputIsChecked();
    void writtenWithTwoSpaceIndentation();
};

void TestLessonFields::textWithinItsCapIsRead_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("cap");
    QTest::newRow("title") << QByteArray("title") << limits::maxTitleLength;
    QTest::newRow("note") << QByteArray("note") << limits::maxNoteLength;
}

void TestLessonFields::textWithinItsCapIsRead()
{
    QFETCH(QByteArray, key);
    QFETCH(int, cap);
    // Characters, not bytes: "é" is two bytes of UTF-8 and one character.
    QByteArray text;
    for (int i = 0; i < cap; ++i)
        text += "é";
    const auto lesson = parseLesson(textField(key.constData(), text));
    QVERIFY(lesson.ok());
    const QString &read = key == "title" ? lesson.value().title : lesson.value().note;
    QCOMPARE(read.size(), cap);
}

void TestLessonFields::textOverItsCapIsOneClearError_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("message");
    QTest::newRow("title") << QByteArray("title") << limits::maxTitleLength
                           << "holds 201 characters; a title may hold at most 200";
    QTest::newRow("note") << QByteArray("note") << limits::maxNoteLength
                          << "holds 2001 characters; a note may hold at most 2000";
}

void TestLessonFields::textOverItsCapIsOneClearError()
{
    QFETCH(QByteArray, key);
    QFETCH(int, cap);
    QFETCH(QString, message);
    const ProblemError error = errorOf(textField(key.constData(), QByteArray(cap + 1, 'a')));
    QCOMPARE(QString::fromStdString(error.field), QString::fromLatin1(key));
    QCOMPARE(QString::fromStdString(error.message), message);
}

// The file that froze the window: just under 16 MiB, nearly all of it note. Reading it stops at
// the cap with one line, whatever the note's length.
void TestLessonFields::aMaximalFileWithALongNoteIsRefusedByTheCap()
{
    const int room = static_cast<int>(limits::maxFileBytes) - static_cast<int>(minimal.size()) - 20;
    const QByteArray json = textField("note", QByteArray(room, 'w'));
    QVERIFY(json.size() <= limits::maxFileBytes);
    const ProblemError error = errorOf(json);
    QCOMPARE(QString::fromStdString(error.field), QStringLiteral("note"));
    QVERIFY2(QString::fromStdString(error.message)
                 .endsWith(QStringLiteral("a note may hold at most 2000")),
             error.message.c_str());
}

void TestLessonFields::originalInputIsRead()
{
    const auto lesson = parseLesson(shapeBack(articleInput));
    QVERIFY(lesson.ok());
    CONVSTEP_COMPARE_GRIDS(lesson.value().originalInput,
                           test::gridOf({{3, 5, 2, 7}, {4, 1, 3, 8}, {6, 3, 8, 2}, {9, 6, 1, 5}}),
                           0.0);
    // Written only when there is one, and read back the same.
    const QByteArray bytes = lessonToBytes(lesson.value());
    QVERIFY(bytes.contains("\"original_input\""));
    CONVSTEP_COMPARE_GRIDS(parseLesson(bytes).value().originalInput, lesson.value().originalInput,
                           0.0);
    QVERIFY(!lessonToBytes(parseLesson(minimal).value()).contains("original_input"));
    // Lesson 05 names it.
    QCOMPARE(findBuiltInLesson(QStringLiteral("article-shape-back"))->lesson.originalInput.rows(),
             4);
}

void TestLessonFields::originalInputIsChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("on a convolution")
        << with(R"("original_input": [[1]])") << "applies only to conv_transpose2d, not conv2d";
    QTest::newRow("another number")
        << shapeBack("[[3, 5, 2, 7], [4, 1, 3, 8], [6, 3, 8, 2], [9, 6, 1, 4]]")
        << "its convolution with the kernel gives 48 at row 1, column 1, where the input has 50";
    QTest::newRow("another shape")
        << shapeBack("[[3, 5, 2], [4, 1, 3], [6, 3, 8]]")
        << "its convolution with the kernel is 1×1, but the input is 2×2";
    QTest::newRow("too small for the kernel")
        << shapeBack("[[1, 2], [3, 4]]")
        << "cannot be convolved with the kernel: kernel: the dilated kernel spans 3 ";
    QTest::newRow("not a grid") << shapeBack("[]") << "must be a non-empty list";
    QTest::newRow("with channels")
        << QByteArray(R"({"op": "conv_transpose2d", "input": [[[1, 2], [3, 4]]],
                          "kernel": [[1]], "original_input": [[1, 2], [3, 4]]})")
        << "applies only to a problem of one channel in and one out";
}

void TestLessonFields::originalInputIsChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ProblemError error = errorOf(json);
    QCOMPARE(QString::fromStdString(error.field), QStringLiteral("original_input"));
    QVERIFY2(QString::fromStdString(error.message).startsWith(message), error.message.c_str());
}

// docs/formats.md: two-space indentation, each grid row on a line of its own.
void TestLessonFields::writtenWithTwoSpaceIndentation()
{
    for (const CatalogEntry &entry : builtInLessons()) {
        const QString text = QString::fromUtf8(lessonFileToBytes(entry.file));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 3, qPrintable(entry.id));
        QCOMPARE(lines.front(), QStringLiteral("{"));
        QVERIFY2(text.endsWith(QStringLiteral("}\n")), qPrintable(entry.id));
        int least = 0;
        for (const QString &line : lines) {
            const int depth =
                static_cast<int>(line.indexOf(QRegularExpression(QStringLiteral("\\S"))));
            QVERIFY2(depth <= 0 || depth % 2 == 0,
                     qPrintable(entry.id + ": indented by " + QString::number(depth)));
            if (depth > 0)
                least = least ? std::min(least, depth) : depth;
        }
        QCOMPARE(least, 2); // the top-level keys
    }
    // A file the program writes reads like the shipped lessons.
    const QString written = QString::fromUtf8(lessonToBytes(defaultLesson()));
    QVERIFY2(written.contains(QStringLiteral("\n  \"input\": [\n    [3, 5, 2, 7],\n")),
             qPrintable(written));
}

QTEST_APPLESS_MAIN(TestLessonFields)
#include "tst_lesson_fields.moc"
