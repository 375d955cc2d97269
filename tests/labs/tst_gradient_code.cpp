#include "core/framework_code.h"
#include "core/gradient.h"
#include "tests/support/test_support.h"
#include "ui/labs/code_panel.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QTest>

using namespace convstep;
using convstep::test::counting;
using convstep::test::gridOf;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

bool torchAvailable()
{
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

Grid gridFromJson(const QByteArray &line)
{
    const QJsonArray rows = QJsonDocument::fromJson(line).array();
    if (rows.isEmpty())
        return Grid();
    Grid grid(rows.size(), rows[0].toArray().size());
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].toArray().size(); ++c)
            grid(r, c) = rows[r].toArray()[c].toDouble();
    return grid;
}

} // namespace

// In a backward view the Framework Code panel shows PyTorch's autograd for the gradient on the
// stage; run with /usr/bin/python3 and torch (skipped without them) it prints those numbers.
class TestGradientCode final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theScriptPrintsTheGradientOnTheStage_data();
    void theScriptPrintsTheGradientOnTheStage();
    void kerasSaysTheGradientIsPyTorchs();

private:
    bool m_torch = false;
};

void TestGradientCode::initTestCase()
{
    m_torch = torchAvailable();
}

void TestGradientCode::theScriptPrintsTheGradientOnTheStage_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<bool>("onesUpstream");

    const Problem padded{.op = Op::Conv2d,
                         .input = counting(5, 4),
                         .kernel = gridOf({{1, -1}, {2, 0.5}}),
                         .stride = {2, 1},
                         .padding = {1, 1},
                         .bias = 0.5};
    const Problem kerasSame{.op = Op::Conv2d,
                            .input = counting(5, 4),
                            .kernel = gridOf({{1, 2}, {3, -1}}),
                            .paddingMode = PaddingMode::Same};
    const Problem transposed{.op = Op::ConvTranspose2d,
                             .input = counting(2, 3),
                             .kernel = counting(3, 2),
                             .stride = {2, 3},
                             .padding = {1, 0},
                             .outputPadding = {1, 2}};
    const Problem kerasTransposed{.op = Op::ConvTranspose2d,
                                  .input = counting(3, 3),
                                  .kernel = gridOf({{1, 2, 0}, {-1, 1, 3}, {0.5, 2, 1}}),
                                  .stride = {2, 2},
                                  .paddingMode = PaddingMode::Same,
                                  .bias = -1};
    for (bool ones : {true, false}) {
        const char *g = ones ? "ones" : "counting";
        QTest::addRow("conv2d padded, %s", g) << padded << ones;
        QTest::addRow("conv2d Keras same, %s", g) << kerasSame << ones;
        QTest::addRow("conv_transpose2d, %s", g) << transposed << ones;
        QTest::addRow("conv_transpose2d Keras same, %s", g) << kerasTransposed << ones;
    }
}

void TestGradientCode::theScriptPrintsTheGradientOnTheStage()
{
    QFETCH(Problem, problem);
    QFETCH(bool, onesUpstream);
    PlaybackModel model;
    QVERIFY(model.setProblem(problem));
    const Pair out = sizeOf(convstep::onesUpstream(problem));
    const Grid g = onesUpstream ? Grid() : counting(out.h, out.w, -3);
    model.setUpstream(g);
    CodePanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (View view : {View::BackwardInput, View::BackwardKernel}) {
        QVERIFY(model.setView(view));
        const Trace &trace = *model.trace();
        const bool kernel = view == View::BackwardKernel;
        QCOMPARE(panel.text(),
                 QString::fromStdString(gradientScript(problem, trace.upstream, kernel)));
        QVERIFY(panel.text().contains(QStringLiteral("y.backward(g)")));
        QVERIFY(!panel.note()->isVisible());
        if (!m_torch)
            continue;
        QProcess process;
        process.start(python, {QStringLiteral("-c"), panel.text()});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const Grid printed = gridFromJson(process.readAllStandardOutput().trimmed());
        CONVSTEP_COMPARE_GRIDS(printed, trace.output, 1e-9);
        CONVSTEP_COMPARE_GRIDS(printed,
                               kernel ? kernelGradient(problem, trace.upstream)
                                      : inputGradient(problem, trace.upstream),
                               1e-9);
    }
    // Back in the forward pass, the forward script.
    QVERIFY(model.setView(View::Direct));
    QCOMPARE(panel.text(), QString::fromStdString(frameworkScript(problem, Framework::PyTorch)));
    if (!m_torch)
        QSKIP("/usr/bin/python3 cannot import torch: the scripts were not run");
}

void TestGradientCode::kerasSaysTheGradientIsPyTorchs()
{
    PlaybackModel model;
    const Problem p{.op = Op::Conv2d, .input = counting(4, 4), .kernel = counting(2, 2)};
    QVERIFY(model.setProblem(p));
    CodePanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setFramework(Framework::Keras);
    QVERIFY(!panel.note()->isVisible());
    QVERIFY(model.setView(View::BackwardKernel));
    QCOMPARE(panel.text(), QString::fromStdString(frameworkScript(p, Framework::Keras)));
    QVERIFY(panel.note()->isVisible());
    QVERIFY(panel.note()->text().contains(QStringLiteral("PyTorch")));
    panel.setFramework(Framework::PyTorch);
    QVERIFY(!panel.note()->isVisible());
    QVERIFY(panel.text().contains(QStringLiteral("layer.weight.grad")));
}

QTEST_MAIN(TestGradientCode)
#include "tst_gradient_code.moc"
