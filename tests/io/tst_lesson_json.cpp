#include "core/channels.h"
#include "core/compute.h"
#include "core/narration.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "tests/io/lesson_error.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace convstep;
using convstep::test::errorOf;
using convstep::test::gridOf;

namespace {

const QByteArray minimal = R"({"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]})";

// The minimal problem with extra fields spliced in: with(R"("stride": 2)").
QByteArray with(const QByteArray &fields)
{
    QByteArray json = minimal;
    json.chop(1);
    return json + ", " + fields + "}";
}

std::optional<Lesson> parsed(const QByteArray &json)
{
    auto result = parseLesson(json);
    if (!result.ok()) {
        qWarning("unexpected error: %s", result.error().text().c_str());
        return std::nullopt;
    }
    return std::move(result).value();
}

// Field-by-field, so a failure says which field differs.
QString problemDifference(const Problem &a, const Problem &b)
{
    if (a.op != b.op)
        return "op";
    if (!test::gridsClose(a.input, b.input))
        return "input " + QString::fromUtf8(gridText(a.input));
    if (!test::gridsClose(a.kernel, b.kernel))
        return "kernel " + QString::fromUtf8(gridText(a.kernel));
    if (a.stride != b.stride)
        return "stride " + QString::fromStdString(pairText(a.stride));
    if (a.dilation != b.dilation)
        return "dilation " + QString::fromStdString(pairText(a.dilation));
    if (a.paddingMode != b.paddingMode)
        return QStringLiteral("padding mode %1").arg(paddingModeName(a.paddingMode));
    if (a.paddingMode == PaddingMode::Explicit && a.padding != b.padding)
        return "padding " + QString::fromStdString(pairText(a.padding));
    if (a.outputPadding != b.outputPadding)
        return "output_padding " + QString::fromStdString(pairText(a.outputPadding));
    if (a.bias != b.bias)
        return QStringLiteral("bias %1").arg(a.bias, 0, 'g', 17);
    return {};
}

} // namespace

class TestLessonJson final : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void malformedJsonIsLocated_data();
    void malformedJsonIsLocated();
    void columnCountsCharacters();
    void oversizedInputIsRejected();
    void accepts_data();
    void accepts();
    void lessonFields();
    void roundTrip_data();
    void roundTrip();
    void gridsOnePerLine();
    void viewNames();
    void builtInLessonsWork();
    void catalogFollowsTheResourceFiles();
    void defaultLessonIsTheArticle();
};

void TestLessonJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not an object") << QByteArray("[1, 2]") << ""
                                   << "must be a JSON object";
    QTest::newRow("missing op") << QByteArray(R"({"input": [[1]], "kernel": [[1]]})") << "op"
                                << "is missing";
    QTest::newRow("missing input") << QByteArray(R"({"op": "conv2d", "kernel": [[1]]})") << "input"
                                   << "is missing";
    QTest::newRow("missing kernel") << QByteArray(R"({"op": "conv2d", "input": [[1]]})") << "kernel"
                                    << "is missing";
    QTest::newRow("strides") << with(R"("strides": 2)") << "strides"
                             << R"(is not a known field; did you mean "stride"?)";
    QTest::newRow("paddding") << with(R"("paddding": 1)") << "paddding"
                              << R"(did you mean "padding"?)";
    QTest::newRow("outputpadding") << with(R"("outputpadding": 1)") << "outputpadding"
                                   << R"(did you mean "output_padding"?)";
    QTest::newRow("unknown op") << QByteArray(
        R"({"op": "conv3d", "input": [[1]], "kernel": [[1]]})")
                                << "op"
                                << R"(got "conv3d"; did you mean "conv2d"?)";
    QTest::newRow("ragged rows") << QByteArray(
        R"({"op": "conv2d", "input": [[1, 2], [3]], "kernel": [[1]]})")
                                 << "input"
                                 << "rows must be equally long; row 1 has 1 values, row 0 has 2";
    QTest::newRow("empty grid") << QByteArray(R"({"op": "conv2d", "input": [], "kernel": [[1]]})")
                                << "input"
                                << "must be a non-empty list of equally long rows";
    QTest::newRow("row is not a list")
        << QByteArray(R"({"op": "conv2d", "input": [[1], 2], "kernel": [[1]]})") << "input"
        << "row 1 is 2";
    QTest::newRow("string value") << QByteArray(
        R"({"op": "conv2d", "input": [[1, "a"]], "kernel": [[1]]})")
                                  << "input"
                                  << R"(values must be finite numbers; row 0, column 1 is "a")";
    QTest::newRow("null in kernel")
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[null]]})") << "kernel"
        << "row 0, column 0 is null";
    QTest::newRow("stride 1.5") << with(R"("stride": 1.5)") << "stride"
                                << "must be an integer, got 1.5";
    QTest::newRow("stride in a pair 1.5") << with(R"("stride": [1, 1.5])") << "stride"
                                          << "must be an integer, got 1.5";
    QTest::newRow("stride as a string") << with(R"("stride": "2")") << "stride"
                                        << R"(must be an integer or a [rows, cols] pair, got "2")";
    QTest::newRow("three strides") << with(R"("stride": [1, 2, 3])") << "stride"
                                   << "must be an integer or a [rows, cols] pair, got [1,2,3]";
    QTest::newRow("padding full")
        << with(R"("padding": "full")") << "padding"
        << R"(must be "valid", "same", an integer or a [rows, cols] pair, got "full")";
    QTest::newRow("padding true") << with(R"("padding": true)") << "padding"
                                  << "got true";
    QTest::newRow("bias as a string") << with(R"("bias": "1")") << "bias"
                                      << R"(must be a finite number, got "1")";
    QTest::newRow("title not a string") << with(R"("title": 5)") << "title"
                                        << "must be a string, got 5";
    QTest::newRow("unknown view") << with(R"("view": "matrx")") << "view"
                                  << R"(did you mean "matrix"?)";
    QTest::newRow("zero insertion of conv2d") << with(R"("view": "zero-insertion")") << "view"
                                              << "zero-insertion applies only to conv_transpose2d";
    QTest::newRow("upstream of the wrong shape") << with(R"("upstream": [[1, 2]])") << "upstream"
                                                 << "must be shaped like the output, 2×2, got 1×2";
    QTest::newRow("upstream not a grid") << with(R"("upstream": 1)") << "upstream"
                                         << "must be a non-empty list of equally long rows";
    QTest::newRow("upstream of an upsampling op") << QByteArray(
        R"({"op": "upsample_nearest", "input": [[1]], "scale": 2, "upstream": [[1, 1], [1, 1]]})")
                                                  << "upstream"
                                                  << "applies only to conv2d and conv_transpose2d: "
                                                     "upsample_nearest";
    QTest::newRow("backward view of an upsampling op") << QByteArray(
        R"({"op": "upsample_nearest", "input": [[1]], "scale": 2, "view": "backward-input"})")
                                                       << "view"
                                                       << "upsample_nearest has only the direct "
                                                          "view";
    QTest::newRow("negative step") << with(R"("step": -1)") << "step"
                                   << "must not be negative, got -1";
    QTest::newRow("fractional step") << with(R"("step": 0.5)") << "step"
                                     << "must be an integer";
    QTest::newRow("validate: stride 0") << with(R"("stride": 0)") << "stride"
                                        << "between 1 and 16";
    QTest::newRow("validate: output_padding on conv2d")
        << with(R"("output_padding": 1)") << "output_padding"
        << "applies only to conv_transpose2d";
    QTest::newRow("validate: kernel too large")
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1, 2]]})") << "kernel"
        << "spans 2 columns";
    QByteArray tall = R"({"op": "conv2d", "kernel": [[1]], "input": [)";
    for (int i = 0; i < 513; ++i)
        tall += i ? ",[0]" : "[0]";
    QTest::newRow("513 rows") << tall + "]}"
                              << "input"
                              << "must have 1 to 512 rows, got 513";
}

void TestLessonJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);

    test::verifyRejected(json, field, fragment);
}

void TestLessonJson::malformedJsonIsLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the offending character

    QTest::newRow("stray word") << QByteArray("{\"op\": \"conv2d\",\n \"input\": [[1, 2]],\n "
                                              "\"kernel\": [[1]] x}")
                                << 3 << 18;
    QTest::newRow("missing comma")
        << QByteArray("{\n  \"op\": \"conv2d\"\n  \"input\": 1}") << 3 << 3;
}

void TestLessonJson::malformedJsonIsLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);

    const ProblemError error = errorOf(json);
    QCOMPARE(QString::fromStdString(error.field), QString());
    static const QRegularExpression where(
        QStringLiteral("^not valid JSON at line (\\d+), column (\\d+): \\S"));
    const auto match = where.match(QString::fromStdString(error.message));
    QVERIFY2(match.hasMatch(), error.message.c_str());
    QCOMPARE(match.captured(1).toInt(), line);
    QCOMPARE(match.captured(2).toInt(), column);
}

void TestLessonJson::columnCountsCharacters()
{
    // A learner counts characters, not UTF-8 bytes: "×" before the error must count as one.
    const ProblemError ascii = errorOf(R"({"title": "ab", x})");
    const ProblemError wide = errorOf(R"({"title": "××", x})");
    QCOMPARE(QString::fromStdString(wide.message), QString::fromStdString(ascii.message));
}

void TestLessonJson::oversizedInputIsRejected()
{
    // Exactly 16 MiB still parses (whitespace is valid JSON padding); one byte more does not.
    QByteArray json = minimal;
    json += QByteArray(int(limits::maxFileBytes) - json.size(), ' ');
    QCOMPARE(json.size(), qsizetype(16 * 1024 * 1024));
    QVERIFY(parseLesson(json).ok());
    json += ' ';
    const ProblemError error = errorOf(json);
    QCOMPARE(QString::fromStdString(error.field), QString());
    QVERIFY2(QString::fromStdString(error.message).contains("larger than the 16 MiB limit"),
             error.message.c_str());
}

void TestLessonJson::accepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Problem>("expected");

    const Problem base{
        .op = Op::Conv2d, .input = gridOf({{1, 2}, {3, 4}}), .kernel = gridOf({{1}})};
    auto change = [&](auto edit) {
        Problem p = base;
        edit(p);
        return p;
    };
    QTest::newRow("defaults") << minimal << base;
    QTest::newRow("VALID") << with(R"("padding": "VALID")")
                           << change([](Problem &p) { p.paddingMode = PaddingMode::Valid; });
    QTest::newRow("Same") << with(R"("padding": "Same")")
                          << change([](Problem &p) { p.paddingMode = PaddingMode::Same; });
    QTest::newRow("scalar stride") << with(R"("stride": 2)") << change([](Problem &p) {
        p.stride = {2, 2};
    });
    QTest::newRow("stride pair") << with(R"("stride": [2, 1])") << change([](Problem &p) {
        p.stride = {2, 1};
    });
    QTest::newRow("integer written as 2.0") << with(R"("dilation": 2.0)") << change([](Problem &p) {
        p.dilation = {2, 2};
    });
    QTest::newRow("padding pair") << with(R"("padding": [1, 0])") << change([](Problem &p) {
        p.padding = {1, 0};
    });
    QTest::newRow("bias") << with(R"("bias": -0.75)") << change([](Problem &p) { p.bias = -0.75; });
    QTest::newRow("transposed with output_padding")
        << QByteArray(R"({"op": "conv_transpose2d", "input": [[1.5, -2]], "kernel": [[1], [2]],
                          "stride": [3, 2], "padding": [0, 1], "output_padding": [2, 0]})")
        << Problem{.op = Op::ConvTranspose2d,
                   .input = gridOf({{1.5, -2}}),
                   .kernel = gridOf({{1}, {2}}),
                   .stride = {3, 2},
                   .padding = {0, 1},
                   .outputPadding = {2, 0}};
}

void TestLessonJson::accepts()
{
    QFETCH(QByteArray, json);
    QFETCH(Problem, expected);

    const auto result = parseLesson(json);
    if (!result.ok())
        QFAIL(result.error().text().c_str());
    const QString difference = problemDifference(result.value().problem, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestLessonJson::lessonFields()
{
    const auto read = parsed(R"({"op": "conv_transpose2d", "input": [[1]], "kernel": [[1, 2]],
        "title": "Scatter ×", "note": "One line…", "view": "zero-insertion", "step": 3})");
    QVERIFY(read);
    const Lesson &lesson = *read;
    QCOMPARE(lesson.title, QStringLiteral("Scatter ×"));
    QCOMPARE(lesson.note, QStringLiteral("One line…"));
    QCOMPARE(lesson.view, std::optional<View>(View::ZeroInsertion));
    QCOMPARE(lesson.step, 3);

    const auto readPlain = parsed(minimal);
    QVERIFY(readPlain);
    const Lesson &plain = *readPlain;
    QVERIFY(plain.title.isEmpty());
    QVERIFY(plain.note.isEmpty());
    QCOMPARE(plain.view, std::nullopt);
    QCOMPARE(plain.step, 0);
    QCOMPARE(plain.upstream.size(), 0);
    CONVSTEP_COMPARE_GRIDS(plain.upstreamGradient(), Grid(Grid::Ones(2, 2)), 0.0);

    const auto backward =
        parsed(with(R"("view": "backward-kernel", "upstream": [[1, -2], [0.5, 3]])"));
    QVERIFY(backward);
    QCOMPARE(backward->view, std::optional<View>(View::BackwardKernel));
    CONVSTEP_COMPARE_GRIDS(backward->upstream, gridOf({{1, -2}, {0.5, 3}}), 0.0);
    CONVSTEP_COMPARE_GRIDS(backward->upstreamGradient(), backward->upstream, 0.0);
}

void TestLessonJson::roundTrip_data()
{
    QTest::addColumn<Lesson>("lesson");

    QTest::newRow("the default lesson") << defaultLesson();
    Lesson awkward;
    awkward.problem =
        Problem{.op = Op::ConvTranspose2d,
                .input = gridOf({{0.1, 1.0 / 3.0, -2.5e-7}, {1e20, -0.0, 123456789.125}}),
                .kernel = gridOf({{1, -1}, {0.5, 2}}),
                .stride = {3, 2},
                .dilation = {2, 1},
                .padding = {1, 0},
                .outputPadding = {2, 1},
                .bias = -1.0 / 7.0};
    awkward.title = QStringLiteral("Awkward numbers: ⅓ and \"quotes\"");
    awkward.note = QStringLiteral("line\twith a tab");
    awkward.view = View::Matrix;
    awkward.step = 4;
    QTest::newRow("awkward numbers, pairs, lesson fields") << awkward;
    Lesson keras;
    keras.problem = Problem{.op = Op::ConvTranspose2d,
                            .input = gridOf({{1, 2, 3}}),
                            .kernel = gridOf({{1, 2, 3}}),
                            .stride = {2, 2},
                            .paddingMode = PaddingMode::Same,
                            .outputPadding = {1, 1}};
    QTest::newRow("Keras same with output_padding") << keras;
    Lesson listInText = defaultLesson();
    listInText.title = QStringLiteral("[ 1,2 ]");
    listInText.note = QStringLiteral("see [3,   4] and [\n5]");
    QTest::newRow("number lists inside text are kept as typed") << listInText;
    Lesson backward = defaultLesson();
    backward.view = View::BackwardInput;
    backward.upstream = computeOutput(backward.problem) * -0.5;
    QTest::newRow("backward view with its upstream gradient") << backward;
    for (const CatalogEntry &entry : builtInLessons())
        QTest::addRow("built-in %s", qPrintable(entry.id)) << entry.lesson;
}

void TestLessonJson::roundTrip()
{
    QFETCH(Lesson, lesson);

    const QByteArray bytes = lessonToBytes(lesson);
    const auto result = parseLesson(bytes);
    if (!result.ok())
        QFAIL(qPrintable(QString::fromStdString(result.error().text()) + "\n"
                         + QString::fromUtf8(bytes)));
    const Lesson back = result.value();
    const QString difference = problemDifference(back.problem, lesson.problem);
    QVERIFY2(difference.isEmpty(), qPrintable(difference + "\n" + QString::fromUtf8(bytes)));
    QCOMPARE(back.title, lesson.title);
    QCOMPARE(back.note, lesson.note);
    QCOMPARE(back.view, lesson.view);
    QCOMPARE(back.step, lesson.step);
    CONVSTEP_COMPARE_GRIDS(back.upstream, lesson.upstream, 0.0);
}

void TestLessonJson::gridsOnePerLine()
{
    const QString text = QString::fromUtf8(lessonToBytes(defaultLesson()));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\n\\s*\\[3, 5, 2, 7\\],?\\n"))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\n\\s*\\[1, 1, 2\\]\\n"))),
             qPrintable(text));
}

void TestLessonJson::viewNames()
{
    QCOMPARE(viewFromName("direct"), std::optional<View>(View::Direct));
    QCOMPARE(viewFromName("zero-insertion"), std::optional<View>(View::ZeroInsertion));
    QCOMPARE(viewFromName("matrix"), std::optional<View>(View::Matrix));
    QCOMPARE(viewFromName("backward-input"), std::optional<View>(View::BackwardInput));
    QCOMPARE(viewFromName("backward-kernel"), std::optional<View>(View::BackwardKernel));
    QCOMPARE(viewFromName("scatter"), std::nullopt);
    QCOMPARE(viewFromName(""), std::nullopt);
}

void TestLessonJson::builtInLessonsWork()
{
    const auto &lessons = builtInLessons();
    QVERIFY(!lessons.empty());
    QSet<QString> ids;
    for (const CatalogEntry &entry : lessons) {
        QVERIFY2(!entry.id.isEmpty() && !ids.contains(entry.id), qPrintable(entry.id));
        ids.insert(entry.id);
        QVERIFY2(!entry.lesson.title.isEmpty(), qPrintable(entry.id));
        const Problem &p = entry.lesson.problem;
        const auto error = validate(p);
        QVERIFY2(!error,
                 qPrintable(entry.id + ": " + QString::fromStdString(error ? error->text() : "")));
        const View view = entry.lesson.view.value_or(View::Direct);
        QVERIFY2(!checkView(p, view), qPrintable(entry.id));
        const Trace trace = makeTrace(p, view);
        QVERIFY2(entry.lesson.step < trace.stepCount, qPrintable(entry.id));
        const std::vector<Grid> outputs = computeOutputs(p);
        const std::vector<GridState> states = channelStates(trace, trace.stepCount - 1);
        QCOMPARE(states.size(), outputs.size());
        for (size_t o = 0; o < outputs.size(); ++o)
            CONVSTEP_COMPARE_GRIDS(states[o].values, outputs[o], 0.0);
        QCOMPARE(findBuiltInLesson(entry.id), &entry);
    }
    QCOMPARE(findBuiltInLesson(QStringLiteral("no-such-lesson")), nullptr);
    QCOMPARE(findBuiltInLesson(QString()), nullptr);
}

void TestLessonJson::catalogFollowsTheResourceFiles()
{
    // "07-classic-arbitrary-padding-no-strides.json" is lesson 7, id without the number.
    const QStringList files = QDir(QStringLiteral(CONVSTEP_LESSON_DIR))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QStringList expected;
    for (QString name : files)
        expected << name.remove(QRegularExpression(QStringLiteral("^\\d+-"))).chopped(5);
    QStringList ids;
    for (const CatalogEntry &entry : builtInLessons())
        ids << entry.id;
    QCOMPARE(ids, expected);
}

void TestLessonJson::defaultLessonIsTheArticle()
{
    const Lesson &lesson = defaultLesson();
    QCOMPARE(&lesson, &builtInLessons().front().lesson);
    const Problem &p = lesson.problem;
    QCOMPARE(p.op, Op::Conv2d);
    CONVSTEP_COMPARE_GRIDS(p.input,
                           gridOf({{3, 5, 2, 7}, {4, 1, 3, 8}, {6, 3, 8, 2}, {9, 6, 1, 5}}), 0.0);
    CONVSTEP_COMPARE_GRIDS(p.kernel, gridOf({{1, 2, 1}, {2, 1, 2}, {1, 1, 2}}), 0.0);
    CONVSTEP_COMPARE_GRIDS(computeOutput(p), gridOf({{55, 52}, {57, 50}}), 0.0);
}

QTEST_APPLESS_MAIN(TestLessonJson)
#include "tst_lesson_json.moc"
