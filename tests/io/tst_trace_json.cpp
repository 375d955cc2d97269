#include "io/lesson_catalog.h"
#include "io/trace_json.h"
#include "tests/support/test_support.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace convstep;
using convstep::test::gridOf;

namespace {

// Accepts `room` bytes, then refuses every write, like a full disk or a closed pipe.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : room_(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > room_)
            return -1;
        room_ -= size;
        return size;
    }

private:
    qint64 room_;
};

QJsonObject traceJson(const Problem &problem, View view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeTraceJson(buffer, makeTrace(problem, view)))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("trace JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

const Grid Y = gridOf({{55, 52}, {57, 50}});
const Grid K = gridOf({{1, 2}, {2, 1}});

} // namespace

class TestTraceJson final : public QObject
{
    Q_OBJECT

private slots:
    void header();
    void slideStep();
    void nullCellsAndMissingKeys();
    void everyStepIsWritten_data();
    void everyStepIsWritten();
    void refusedWritesAreReported();
};

void TestTraceJson::header()
{
    const QJsonObject trace = traceJson(defaultLesson().problem, View::Direct);
    QCOMPARE(trace["view"].toString(), "direct");
    QCOMPARE(trace["op"].toString(), "conv2d");
    QCOMPARE(trace["step_count"].toInt(), 4);
    QCOMPARE(trace["steps"].toArray().size(), 4);
    QCOMPARE(trace["output"], QJsonValue(QJsonArray{QJsonArray{55, 52}, QJsonArray{57, 50}}));
    QCOMPARE(trace["output_shape"], QJsonValue(QJsonArray{2, 2}));
    QCOMPARE(resultToJson(Y)["output_shape"], QJsonValue(QJsonArray{2, 2}));
}

void TestTraceJson::slideStep()
{
    const QJsonObject step =
        traceJson(defaultLesson().problem, View::Direct)["steps"].toArray()[3].toObject();
    QCOMPARE(step["index"].toInt(), 3);
    QCOMPARE(step["phase"].toString(), "slide");
    QCOMPARE(step["focus"], QJsonValue(QJsonArray{1, 1}));
    QCOMPARE(step["value"].toDouble(), 50.0);
    QVERIFY(step["text"].toString().endsWith("output (1, 1) = 50."));
    const QJsonArray macs = step["macs"].toArray();
    QCOMPARE(macs.size(), 9);
    const QJsonObject mac = macs[8].toObject(); // kernel (2, 2) on input (3, 3) = 5
    QCOMPARE(mac["input"], QJsonValue(QJsonArray{3, 3}));
    QCOMPARE(mac["kernel"], QJsonValue(QJsonArray{2, 2}));
    QCOMPARE(mac["out"], QJsonValue(QJsonArray{1, 1}));
    QCOMPARE(mac["source"], QJsonValue(QJsonArray{3, 3}));
    QCOMPARE(mac["target"], QJsonValue(QJsonArray{1, 1}));
    QCOMPARE(mac["value"].toDouble(), 5.0);
    QCOMPARE(mac["weight"].toDouble(), 2.0);
    QCOMPARE(mac["product"].toDouble(), 10.0);
}

void TestTraceJson::nullCellsAndMissingKeys()
{
    const Problem same{
        .op = Op::ConvTranspose2d, .input = Y, .kernel = K, .paddingMode = PaddingMode::Same};
    // Scatter: the last input's products mostly fall in the cropped row/column.
    const QJsonArray scatter = traceJson(same, View::Direct)["steps"].toArray();
    const QJsonObject last = scatter[3].toObject();
    QCOMPARE(last["focus"], QJsonValue(QJsonArray{1, 1}));
    QVERIFY(!last.contains("value"));
    QCOMPARE(last["macs"].toArray()[1].toObject()["out"], QJsonValue(QJsonValue::Null));
    const QJsonObject crop = scatter[4].toObject();
    QCOMPARE(crop["phase"].toString(), "crop");
    QVERIFY(!crop.contains("focus"));
    QCOMPARE(crop["macs"].toArray().size(), 0);

    // Zero insertion: the first window starts on padding, so its first input is null.
    const QJsonArray zeros = traceJson(same, View::ZeroInsertion)["steps"].toArray();
    QCOMPARE(zeros[0].toObject()["phase"].toString(), "pad");
    QCOMPARE(zeros[1].toObject()["phase"].toString(), "rotate_kernel");
    const QJsonObject slide = zeros[2].toObject();
    QCOMPARE(slide["macs"].toArray()[0].toObject()["input"], QJsonValue(QJsonValue::Null));
    QCOMPARE(slide["macs"].toArray()[0].toObject()["kernel"], QJsonValue(QJsonArray{1, 1}));
}

void TestTraceJson::everyStepIsWritten_data()
{
    QTest::addColumn<int>("lesson");
    QTest::addColumn<View>("view");
    for (int i = 0; i < int(builtInLessons().size()); ++i)
        for (View view : {View::Direct, View::ZeroInsertion, View::Matrix})
            if (!checkView(builtInLessons()[size_t(i)].lesson.problem, view))
                QTest::addRow("%s %s", qPrintable(builtInLessons()[size_t(i)].id), viewName(view))
                    << i << view;
}

void TestTraceJson::everyStepIsWritten()
{
    QFETCH(int, lesson);
    QFETCH(View, view);
    const Problem &p = builtInLessons()[size_t(lesson)].lesson.problem;
    const Trace trace = makeTrace(p, view);
    const QJsonObject json = traceJson(p, view);
    QCOMPARE(json["step_count"].toInt(), trace.stepCount);
    const QJsonArray steps = json["steps"].toArray();
    QCOMPARE(steps.size(), trace.stepCount);
    for (int i = 0; i < trace.stepCount; ++i) {
        const QJsonObject step = steps[i].toObject();
        QCOMPARE(step["index"].toInt(), i);
        QCOMPARE(step["phase"].toString(), QString::fromLatin1(phaseName(phaseOf(trace, i))));
        QCOMPARE(step["macs"].toArray().size(), qsizetype(stepAt(trace, i).macs.size()));
    }
}

void TestTraceJson::refusedWritesAreReported()
{
    const Trace trace = makeTrace(defaultLesson().problem, View::Direct);
    QBuffer full;
    full.open(QIODevice::WriteOnly);
    QVERIFY(writeTraceJson(full, trace));
    // Refusing at the header, in the middle of the steps, or at the closing bracket.
    for (qint64 room : {qint64(0), full.size() / 2, full.size() - 1}) {
        FullDevice device(room);
        QVERIFY2(!writeTraceJson(device, trace), qPrintable(QString::number(room)));
    }
    FullDevice roomy(full.size());
    QVERIFY(writeTraceJson(roomy, trace));
}

QTEST_APPLESS_MAIN(TestTraceJson)
#include "tst_trace_json.moc"
