#include "core/counterpart.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "tests/io/lesson_error.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>
#include <QTest>

using namespace convstep;

namespace {

const QByteArray convolution =
    R"({"title": "Convolution", "op": "conv2d", "input": [[3, 5], [4, 1]], "kernel": [[1]]})";
const QByteArray transposed =
    R"({"title": "Transpose", "op": "conv_transpose2d", "input": [[3, 5], [4, 1]],
        "kernel": [[1]], "view": "zero-insertion", "step": 1})";

QByteArray sequenceOf(const QByteArray &lessons, const QByteArray &extra = QByteArray())
{
    return R"({"title": "A class", "note": "Two problems", )" + extra + R"("sequence": [)" + lessons
        + "]}";
}

LessonFile parsedFile(const QByteArray &json)
{
    auto result = parseLessonFile(json);
    if (!result.ok())
        qFatal("unexpected error: %s", result.error().text().c_str());
    return std::move(result).value();
}

ProblemError fileError(const QByteArray &json)
{
    auto result = parseLessonFile(json);
    if (result.ok())
        return {"<accepted>", ""};
    return std::move(result).error();
}

} // namespace

// A lesson file that holds a class's sequence of problems: reading, writing, the errors that
// name a lesson by its place, and the built-in sequence.
class TestLessonSequence final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLessonsInOrder();
    void aSingleLessonIsASequenceOfOne();
    void programsThatTakeOneProblemTakeTheFirst();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void builtInSequenceGoesFromConvolutionToItsTranspose();
};

void TestLessonSequence::readsTheLessonsInOrder()
{
    const LessonFile file = parsedFile(sequenceOf(convolution + ", " + transposed));
    QVERIFY(file.isSequence);
    QCOMPARE(file.title, QStringLiteral("A class"));
    QCOMPARE(file.note, QStringLiteral("Two problems"));
    QCOMPARE(file.shownTitle(), QStringLiteral("A class"));
    QCOMPARE(file.lessons.size(), size_t(2));
    QCOMPARE(file.lessons[0].title, QStringLiteral("Convolution"));
    QCOMPARE(file.lessons[0].problem.op, Op::Conv2d);
    QCOMPARE(file.lessons[1].problem.op, Op::ConvTranspose2d);
    QCOMPARE(file.lessons[1].view, std::optional<View>(View::ZeroInsertion));
    QCOMPARE(file.lessons[1].step, 1);
}

void TestLessonSequence::aSingleLessonIsASequenceOfOne()
{
    const LessonFile file = parsedFile(convolution);
    QVERIFY(!file.isSequence);
    QCOMPARE(file.lessons.size(), size_t(1));
    QCOMPARE(file.shownTitle(), QStringLiteral("Convolution"));
    // Written back, it is the plain lesson it was.
    QCOMPARE(lessonFileToBytes(file), lessonToBytes(file.lessons.front()));
    QVERIFY(!QJsonDocument::fromJson(lessonFileToBytes(file)).object().contains("sequence"));
}

void TestLessonSequence::programsThatTakeOneProblemTakeTheFirst()
{
    const auto first = parseLesson(sequenceOf(transposed + ", " + convolution));
    QVERIFY(first.ok());
    QCOMPARE(first.value().title, QStringLiteral("Transpose"));
    QCOMPARE(first.value().problem.op, Op::ConvTranspose2d);
    // A broken later lesson breaks the file for them too.
    QVERIFY(!parseLesson(sequenceOf(convolution + R"(, {"op": "conv2d"})")).ok());
}

void TestLessonSequence::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("two lessons") << sequenceOf(convolution + ", " + transposed);
    QTest::newRow("one lesson, no title or note")
        << QByteArray("{\"sequence\": [" + convolution + "]}");
    QTest::newRow("text that looks like a grid")
        << QByteArray(R"({"title": "[1,  2] and\n[3]", "sequence": [)" + convolution + "]}");
    QTest::newRow("built-in sequence") << lessonFileToBytes(
        findBuiltInLesson(QStringLiteral("sequence-convolution-to-transpose"))->file);
}

void TestLessonSequence::roundTrip()
{
    QFETCH(QByteArray, json);
    const LessonFile file = parsedFile(json);
    const QByteArray written = lessonFileToBytes(file);
    const LessonFile back = parsedFile(written);
    QCOMPARE(back.isSequence, file.isSequence);
    QCOMPARE(back.title, file.title);
    QCOMPARE(back.note, file.note);
    QCOMPARE(back.lessons.size(), file.lessons.size());
    for (size_t i = 0; i < file.lessons.size(); ++i) {
        QVERIFY(back.lessons[i].problem == file.lessons[i].problem);
        QCOMPARE(back.lessons[i].title, file.lessons[i].title);
        QCOMPARE(back.lessons[i].note, file.lessons[i].note);
        QCOMPARE(back.lessons[i].view, file.lessons[i].view);
        QCOMPARE(back.lessons[i].step, file.lessons[i].step);
        CONVSTEP_COMPARE_GRIDS(back.lessons[i].originalInput, file.lessons[i].originalInput, 0.0);
    }
    // Written twice, the same bytes: the writer is stable.
    QCOMPARE(lessonFileToBytes(back), written);
}

void TestLessonSequence::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QByteArray(R"({"sequence": []})") << "sequence"
                           << "must be a non-empty list of lessons, got []";
    QTest::newRow("not a list") << QByteArray(R"({"sequence": {"op": "conv2d"}})") << "sequence"
                                << "must be a non-empty list of lessons, got an object";
    QTest::newRow("a lesson that is not an object")
        << sequenceOf(convolution + ", 3") << "sequence[1]"
        << "must be a lesson object, got 3";
    QTest::newRow("the second lesson's error names it")
        << sequenceOf(convolution + R"(, {"op": "conv2d", "input": [[1]], "kernel": [[1]],
                                            "stride": 0})")
        << "sequence[1].stride"
        << "must be between 1 and 16 on each axis, got 0";
    QTest::newRow("a whole-lesson error")
        << sequenceOf(R"({"op": "conv2d", "input": [[1]]})") << "sequence[0].kernel"
        << "is missing";
    QTest::newRow("a problem beside the sequence")
        << sequenceOf(convolution, R"("op": "conv2d", )") << "op"
        << R"(belongs inside the lessons of the sequence; a file holds one problem or a "sequence" of them, not both)";
    QTest::newRow("an unknown key") << sequenceOf(convolution, R"("titel": "x", )") << "titel"
                                    << R"(is not a known field; did you mean "title"?)";
    QTest::newRow("a sequence in a sequence")
        << sequenceOf(R"({"sequence": [)" + convolution + "]}") << "sequence[0].sequence"
        << "a lesson of a sequence cannot hold a sequence itself";
    QByteArray many;
    for (int i = 0; i <= limits::maxSequenceLength; ++i)
        many += (i ? ", " : "") + convolution;
    QTest::newRow("too many lessons") << sequenceOf(many) << "sequence"
                                      << "holds 65 lessons; a sequence may hold at most 64";
    QTest::newRow("the sequence's title is capped")
        << QByteArray(R"({"title": ")" + QByteArray(limits::maxTitleLength + 1, 'x')
                      + R"(", "sequence": [)" + convolution + "]}")
        << "title"
        << "holds 201 characters; a title may hold at most 200";
}

void TestLessonSequence::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    const ProblemError error = fileError(json);
    QCOMPARE(QString::fromStdString(error.field), field);
    QVERIFY2(QString::fromStdString(error.message).contains(fragment), error.message.c_str());
}

// "From convolution to its transpose": a convolution, the same as a matrix, its transpose
// (which names the convolution's input as its original input) and the transpose as zero
// insertion.
void TestLessonSequence::builtInSequenceGoesFromConvolutionToItsTranspose()
{
    const CatalogEntry *entry =
        findBuiltInLesson(QStringLiteral("sequence-convolution-to-transpose"));
    QVERIFY(entry);
    const LessonFile &file = entry->file;
    QVERIFY(file.isSequence);
    QCOMPARE(file.title, QStringLiteral("From convolution to its transpose"));
    QCOMPARE(entry->lesson.title, file.title); // one entry in lists, under its own title
    QCOMPARE(file.lessons.size(), size_t(4));
    const std::optional<View> views[] = {View::Direct, View::Matrix, View::Direct,
                                         View::ZeroInsertion};
    for (size_t i = 0; i < 4; ++i) {
        QCOMPARE(file.lessons[i].view, views[i]);
        QVERIFY(!file.lessons[i].title.isEmpty());
        QVERIFY(!file.lessons[i].note.isEmpty());
    }
    const Problem &conv = file.lessons[0].problem;
    QCOMPARE(conv.op, Op::Conv2d);
    const auto back = transposedCounterpart(conv);
    QVERIFY(back);
    QVERIFY(file.lessons[2].problem.op == Op::ConvTranspose2d);
    CONVSTEP_COMPARE_GRIDS(file.lessons[2].problem.input, back->input, 0.0);
    CONVSTEP_COMPARE_GRIDS(file.lessons[2].originalInput, conv.input, 0.0);
}

QTEST_APPLESS_MAIN(TestLessonSequence)
#include "tst_lesson_sequence.moc"
