#include "core/channels.h"
#include "core/compute.h"
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

// Outputs computed by PyTorch (float64), Keras's strings emulated in torch:
// tests/tools/make_reference_cases.py writes them to tests/data/channel_cases.json.
constexpr double tolerance = 1e-9;

QJsonArray loadCases()
{
    return test::loadCases(CONVSTEP_CHANNEL_CASES);
}

using test::channelsFromJson;

} // namespace

Q_DECLARE_METATYPE(std::vector<convstep::Grid>)

class TestChannelReferenceCases final : public QObject
{
    Q_OBJECT

private slots:
    void fileIsComplete();
    void matchesPyTorch_data();
    void matchesPyTorch();
};

void TestChannelReferenceCases::fileIsComplete()
{
    const QJsonArray cases = loadCases();
    // 29 hand-picked and 120 random cases.
    QCOMPARE(cases.size(), 149);
    QSet<QString> names;
    int transposed = 0, keras = 0, depthwise = 0, grouped = 0, unequal = 0, biasLists = 0;
    for (const QJsonValue &c : cases) {
        const QJsonObject object = c.toObject();
        const QJsonObject problem = object["problem"].toObject();
        names.insert(object["name"].toString());
        const auto parsed = parseLesson(QJsonDocument(problem).toJson());
        QVERIFY(parsed.ok());
        const ChannelShape s = channelShape(parsed.value().problem);
        transposed += problem["op"] == QLatin1String("conv_transpose2d");
        keras += object["source"] == QLatin1String("keras-emulated");
        depthwise += s.groups == s.in && s.in > 1;
        grouped += s.groups > 1 && s.groups < s.in;
        unequal += s.in != s.out;
        biasLists += problem["bias"].isArray();
    }
    QCOMPARE(names.size(), cases.size());
    QVERIFY(transposed > 40 && transposed < 110);
    QVERIFY(keras > 30);
    QVERIFY(depthwise >= 15);
    QVERIFY(grouped >= 5);
    QVERIFY(unequal >= 50);
    QVERIFY(biasLists >= 15);
}

void TestChannelReferenceCases::matchesPyTorch_data()
{
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<std::vector<Grid>>("expected");
    for (const QJsonValue &c : loadCases()) {
        const QJsonObject object = c.toObject();
        QTest::newRow(qPrintable(object["name"].toString()))
            << QJsonDocument(object["problem"].toObject()).toJson(QJsonDocument::Compact)
            << channelsFromJson(object["output"].toArray());
    }
}

void TestChannelReferenceCases::matchesPyTorch()
{
    QFETCH(QByteArray, problem);
    QFETCH(std::vector<Grid>, expected);
    const auto parsed = parseLesson(problem);
    if (!parsed.ok())
        QFAIL(qPrintable("rejected: " + QString::fromStdString(parsed.error().text())));
    const Problem &p = parsed.value().problem;
    QVERIFY(hasChannels(p));
    const std::vector<Grid> outputs = computeOutputs(p);
    QCOMPARE(outputs.size(), expected.size());
    for (size_t o = 0; o < outputs.size(); ++o)
        CONVSTEP_COMPARE_GRIDS(outputs[o], expected[o], tolerance);
    std::vector<View> views{View::Direct, View::Matrix};
    if (p.op == Op::ConvTranspose2d)
        views.push_back(View::ZeroInsertion);
    for (View view : views) {
        const Trace trace = makeTrace(p, view);
        const std::vector<GridState> states = channelStates(trace, trace.stepCount - 1);
        for (size_t o = 0; o < outputs.size(); ++o)
            CONVSTEP_COMPARE_GRIDS(states[o].values, expected[o], tolerance);
    }
}

QTEST_APPLESS_MAIN(TestChannelReferenceCases)
#include "tst_channel_reference_cases.moc"
