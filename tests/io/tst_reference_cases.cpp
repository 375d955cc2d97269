#include "core/compute.h"
#include "io/lesson_json.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace convstep;
using convstep::test::sumOfProducts;

namespace {

// Outputs computed by PyTorch (float64) and by Keras's rules emulated in torch; the upsampling
// ops' by PyTorch alone.
constexpr double tolerance = 1e-9;

QJsonArray loadCases(const char *path = CONVSTEP_REFERENCE_CASES)
{
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", path);
    return QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
}

Grid gridFromJson(const QJsonArray &rows)
{
    Grid grid(rows.size(), rows.isEmpty() ? 0 : rows[0].toArray().size());
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < grid.cols(); ++c)
            grid(r, c) = rows[r].toArray()[c].toDouble();
    return grid;
}

} // namespace

class TestReferenceCases final : public QObject
{
    Q_OBJECT

private slots:
    void fileIsComplete();
    void upsampleFileIsComplete();
    void matchesFrameworks_data();
    void matchesFrameworks();
};

void TestReferenceCases::fileIsComplete()
{
    const QJsonArray cases = loadCases();
    // tests/tools/make_reference_cases.py writes 99 hand-picked and 500 random cases.
    QCOMPARE(cases.size(), 599);
    QSet<QString> names;
    int transposed = 0, keras = 0;
    for (const QJsonValue &c : cases) {
        const QJsonObject object = c.toObject();
        names.insert(object["name"].toString());
        transposed += object["problem"].toObject()["op"] == QLatin1String("conv_transpose2d");
        keras += object["source"] == QLatin1String("keras-emulated");
    }
    QCOMPARE(names.size(), cases.size());
    // Both ops and both conventions are well represented.
    QVERIFY(transposed > 150 && transposed < 450);
    QVERIFY(keras > 100 && keras < 500);
}

void TestReferenceCases::upsampleFileIsComplete()
{
    const QJsonArray cases = loadCases(CONVSTEP_UPSAMPLE_CASES);
    // tests/tools/make_reference_cases.py writes 40 hand-picked and 40 random cases.
    QCOMPARE(cases.size(), 80);
    QMap<QString, int> perOp;
    QSet<QString> names;
    int corners = 0, ties = 0, nonSquare = 0;
    for (const QJsonValue &c : cases) {
        const QJsonObject object = c.toObject();
        const QJsonObject problem = object["problem"].toObject();
        names.insert(object["name"].toString());
        ++perOp[problem["op"].toString()];
        corners += problem["align_corners"].toBool();
        ties += object["name"].toString().startsWith(QLatin1String("unpool ties"));
        nonSquare += problem["scale"].toArray()[0] != problem["scale"].toArray()[1];
    }
    QCOMPARE(names.size(), cases.size());
    QCOMPARE(
        perOp.keys(),
        QStringList({"bed_of_nails", "max_unpool2d", "upsample_bilinear", "upsample_nearest"}));
    for (int count : perOp)
        QVERIFY(count >= 15);
    QVERIFY(corners >= 8 && corners < perOp["upsample_bilinear"]);
    QVERIFY(ties >= 5);
    QVERIFY(nonSquare >= 15);
}

void TestReferenceCases::matchesFrameworks_data()
{
    QTest::addColumn<QByteArray>("problem");
    QTest::addColumn<QString>("source");
    QTest::addColumn<Grid>("expected");

    QJsonArray cases = loadCases();
    for (const QJsonValue &c : loadCases(CONVSTEP_UPSAMPLE_CASES))
        cases.append(c);
    for (const QJsonValue &c : cases) {
        const QJsonObject object = c.toObject();
        QTest::newRow(qPrintable(object["name"].toString()))
            << QJsonDocument(object["problem"].toObject()).toJson(QJsonDocument::Compact)
            << object["source"].toString() << gridFromJson(object["output"].toArray());
    }
}

void TestReferenceCases::matchesFrameworks()
{
    QFETCH(QByteArray, problem);
    QFETCH(QString, source);
    QFETCH(Grid, expected);

    const auto parsed = parseLesson(problem);
    if (!parsed.ok())
        QFAIL(qPrintable("rejected: " + QString::fromStdString(parsed.error().text())));
    const Problem &p = parsed.value().problem;
    QCOMPARE(usesKerasPadding(p), source == QLatin1String("keras-emulated"));

    CONVSTEP_COMPARE_GRIDS(computeOutput(p), expected, tolerance);
    if (isUpsampling(p.op)) {
        const Trace trace = makeTrace(p, View::Direct);
        CONVSTEP_COMPARE_GRIDS(stateAfter(trace, trace.stepCount - 1).values, expected, tolerance);
        CONVSTEP_COMPARE_GRIDS(sumOfProducts(trace), expected, tolerance);
        return;
    }
    std::vector<View> views{View::Direct, View::Matrix};
    if (p.op == Op::ConvTranspose2d)
        views.push_back(View::ZeroInsertion);
    for (View view : views) {
        const Trace trace = makeTrace(p, view);
        CONVSTEP_COMPARE_GRIDS(stateAfter(trace, trace.stepCount - 1).values, expected, tolerance);
        if (view == View::Direct && p.op == Op::ConvTranspose2d)
            continue;
        // Gather views: each step's own value, from its products.
        Grid fromSteps = Grid::Zero(expected.rows(), expected.cols());
        for (int i = trace.phases.back().first; i < trace.stepCount; ++i) {
            const Step step = stepAt(trace, i);
            double sum = p.bias;
            for (const Mac &mac : step.macs)
                sum += mac.product;
            fromSteps(step.focus->row, step.focus->col) = sum;
        }
        CONVSTEP_COMPARE_GRIDS(fromSteps, expected, tolerance);
    }
}

QTEST_APPLESS_MAIN(TestReferenceCases)
#include "tst_reference_cases.moc"
