#include "core/channels.h"
#include "core/compute.h"
#include "core/conv_matrix.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "tests/io/channel_cases.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace convstep;

namespace {

// PyTorch's outputs (float64) for every channel lesson of the catalog, written by
// tests/tools/make_lesson_cases.py; a case is named "<lesson id>/<place in its file>".
constexpr double tolerance = 1e-9;

QJsonArray loadCases()
{
    return test::loadCases(CONVSTEP_LESSON_CASES);
}

using test::channelsFromJson;

const Lesson *lessonNamed(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    const CatalogEntry *entry = parts.size() == 2 ? findBuiltInLesson(parts[0]) : nullptr;
    const size_t place = parts.size() == 2 ? parts[1].toULongLong() : 0;
    if (!entry || place >= entry->file.lessons.size())
        return nullptr;
    return &entry->file.lessons[place];
}

const LessonFile &fileOf(const char *id)
{
    const CatalogEntry *entry = findBuiltInLesson(QString::fromLatin1(id));
    if (!entry)
        qFatal("no built-in lesson %s", id);
    return entry->file;
}

Grid dense(const SparseMatrix &matrix)
{
    return Grid(matrix.toDense());
}

} // namespace

Q_DECLARE_METATYPE(std::vector<convstep::Grid>)

class TestChannelLessons final : public QObject
{
    Q_OBJECT

private slots:
    void everyChannelLessonHasItsCase();
    void matchesPyTorch_data();
    void matchesPyTorch();
    void channelCountsAndGroups_data();
    void channelCountsAndGroups();
    void separablePairFeedsTheFirstOutputToTheSecond();
    void transposeLessonUsesTheSameWeightAndCTransposed();
};

void TestChannelLessons::everyChannelLessonHasItsCase()
{
    QSet<QString> names;
    for (const QJsonValue &c : loadCases())
        names.insert(c.toObject()["name"].toString());
    QSet<QString> channelLessons;
    for (const CatalogEntry &entry : builtInLessons())
        for (size_t i = 0; i < entry.file.lessons.size(); ++i)
            if (hasChannels(entry.file.lessons[i].problem))
                channelLessons.insert(entry.id + QLatin1Char('/') + QString::number(i));
    QCOMPARE(channelLessons, names);
    for (const char *id :
         {"channels-rgb-to-two", "channels-pointwise", "channels-grouped", "channels-depthwise",
          "channels-depthwise-separable", "channels-transpose-weight-layout"})
        QVERIFY2(names.contains(QString::fromLatin1(id) + QStringLiteral("/0")), id);
}

void TestChannelLessons::matchesPyTorch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<std::vector<Grid>>("expected");
    for (const QJsonValue &c : loadCases()) {
        const QJsonObject object = c.toObject();
        const QString name = object["name"].toString();
        QTest::newRow(qPrintable(name))
            << name << QJsonDocument(object["problem"].toObject()).toJson(QJsonDocument::Compact)
            << channelsFromJson(object["output"].toArray());
    }
}

void TestChannelLessons::matchesPyTorch()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, problem);
    QFETCH(std::vector<Grid>, expected);
    const Lesson *lesson = lessonNamed(name);
    QVERIFY(lesson);
    const Problem &p = lesson->problem;
    // The case holds the problem the lesson states, so the numbers are the lesson's.
    const auto stated = parseLesson(problem);
    QVERIFY(stated.ok());
    QVERIFY(stated.value().problem == p);
    const auto error = validate(p);
    QVERIFY2(!error, error ? error->text().c_str() : "");
    QVERIFY(!lesson->title.isEmpty());
    QVERIFY(!lesson->note.isEmpty());
    const std::vector<Grid> outputs = computeOutputs(p);
    QCOMPARE(outputs.size(), expected.size());
    for (size_t o = 0; o < outputs.size(); ++o)
        CONVSTEP_COMPARE_GRIDS(outputs[o], expected[o], tolerance);
    const View view = lesson->view.value_or(View::Direct);
    QVERIFY(!checkView(p, view));
    const Trace trace = makeTrace(p, view);
    const std::vector<GridState> states = channelStates(trace, trace.stepCount - 1);
    QCOMPARE(states.size(), expected.size());
    for (size_t o = 0; o < states.size(); ++o)
        CONVSTEP_COMPARE_GRIDS(states[o].values, expected[o], tolerance);
}

void TestChannelLessons::channelCountsAndGroups_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("kernelSide");
    QTest::newRow("RGB to 2") << "channels-rgb-to-two" << 3 << 2 << 1 << 2;
    QTest::newRow("1×1 mixing") << "channels-pointwise" << 3 << 2 << 1 << 1;
    QTest::newRow("grouped") << "channels-grouped" << 4 << 2 << 2 << 2;
    QTest::newRow("depthwise") << "channels-depthwise" << 3 << 3 << 3 << 3;
}

void TestChannelLessons::channelCountsAndGroups()
{
    QFETCH(QString, id);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    QFETCH(int, kernelSide);
    const CatalogEntry *entry = findBuiltInLesson(id);
    QVERIFY(entry);
    QVERIFY(!entry->file.isSequence);
    const ChannelShape s = channelShape(entry->lesson.problem);
    QCOMPARE(s.in, in);
    QCOMPARE(s.out, out);
    QCOMPARE(s.groups, groups);
    QCOMPARE(entry->lesson.problem.kernel.rows(), kernelSide);
    QCOMPARE(entry->lesson.problem.kernel.cols(), kernelSide);
}

void TestChannelLessons::separablePairFeedsTheFirstOutputToTheSecond()
{
    const LessonFile &file = fileOf("channels-depthwise-separable");
    QVERIFY(file.isSequence);
    QCOMPARE(file.lessons.size(), size_t(2));
    const Problem &depthwise = file.lessons[0].problem;
    const Problem &pointwise = file.lessons[1].problem;
    const ChannelShape first = channelShape(depthwise);
    QVERIFY(first.in > 1);
    QCOMPARE(first.groups, first.in);
    QCOMPARE(first.out, first.in);
    const ChannelShape second = channelShape(pointwise);
    QCOMPARE(second.in, first.out);
    QVERIFY(second.out != second.in);
    QCOMPARE(second.groups, 1);
    QCOMPARE(pointwise.kernel.rows(), 1);
    QCOMPARE(pointwise.kernel.cols(), 1);
    const std::vector<Grid> filtered = computeOutputs(depthwise);
    QCOMPARE(pointwise.inputs.size(), filtered.size());
    for (size_t c = 0; c < filtered.size(); ++c)
        CONVSTEP_COMPARE_GRIDS(pointwise.inputs[c], filtered[c], 0.0);
}

// The transposed convolution keeps the convolution's weight tensor; its matrix is the
// convolution's C transposed, and its input is the convolution's output.
void TestChannelLessons::transposeLessonUsesTheSameWeightAndCTransposed()
{
    const LessonFile &file = fileOf("channels-transpose-weight-layout");
    QVERIFY(file.isSequence);
    QCOMPARE(file.lessons.size(), size_t(2));
    const Lesson &conv = file.lessons[0];
    const Lesson &transposed = file.lessons[1];
    QCOMPARE(conv.problem.op, Op::Conv2d);
    QCOMPARE(transposed.problem.op, Op::ConvTranspose2d);
    QCOMPARE(conv.view, std::optional<View>(View::Matrix));
    QCOMPARE(transposed.view, std::optional<View>(View::Matrix));
    const ChannelShape c = channelShape(conv.problem);
    const ChannelShape t = channelShape(transposed.problem);
    QVERIFY(c.in != c.out);
    QCOMPARE(t.in, c.out);
    QCOMPARE(t.out, c.in);
    QCOMPARE(transposed.problem.kernels.size(), conv.problem.kernels.size());
    for (size_t k = 0; k < conv.problem.kernels.size(); ++k)
        CONVSTEP_COMPARE_GRIDS(transposed.problem.kernels[k], conv.problem.kernels[k], 0.0);
    const std::vector<Grid> y = computeOutputs(conv.problem);
    for (size_t o = 0; o < y.size(); ++o)
        CONVSTEP_COMPARE_GRIDS(transposed.problem.inputs[o], y[o], 0.0);
    const SparseMatrix forward = viewMatrix(conv.problem).c;
    const SparseMatrix backward = viewMatrix(transposed.problem).c;
    CONVSTEP_COMPARE_GRIDS(dense(backward), dense(SparseMatrix(forward.transpose())), 0.0);
}

QTEST_APPLESS_MAIN(TestChannelLessons)
#include "tst_channel_lessons.moc"
