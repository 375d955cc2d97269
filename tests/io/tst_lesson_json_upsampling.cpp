#include "io/lesson_json.h"
#include "tests/io/lesson_error.h"
#include "tests/support/test_support.h"

#include <QTest>

using namespace convstep;
using convstep::test::gridOf;

namespace {

// An upsampling problem of `op` with extra fields spliced in.
QByteArray upsampling(const char *op, const QByteArray &fields = R"("scale": 2)")
{
    return QByteArray(R"({"op": ")") + op + R"(", "input": [[1, 2], [3, 4]], )" + fields + "}";
}

} // namespace

class TestLessonJsonUpsampling final : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();
    void roundTrip_data();
    void roundTrip();
};

void TestLessonJsonUpsampling::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    const char *nearest = "upsample_nearest";
    QTest::newRow("scale 0") << upsampling(nearest, R"("scale": 0)") << "scale"
                             << "must be between 1 and 8 on each axis, got 0";
    QTest::newRow("scale 9") << upsampling(nearest, R"("scale": [2, 9])") << "scale"
                             << "must be between 1 and 8 on each axis, got [2, 9]";
    QTest::newRow("scale 1.5") << upsampling(nearest, R"("scale": 1.5)") << "scale"
                               << "must be an integer, got 1.5";
    QTest::newRow("missing scale") << upsampling(nearest, R"("title": "x")") << "scale"
                                   << R"(is missing; upsample_nearest needs "scale")";
    QTest::newRow("kernel") << upsampling(nearest, R"("scale": 2, "kernel": [[1]])") << "kernel"
                            << "does not apply to upsample_nearest, which has no kernel";
    QTest::newRow("stride")
        << upsampling("bed_of_nails", R"("scale": 2, "stride": 1)") << "stride"
        << R"(does not apply to bed_of_nails; an upsampling op takes only "input" and "scale")";
    QTest::newRow("padding") << upsampling("max_unpool2d", R"("scale": 2, "padding": "same")")
                             << "padding"
                             << "does not apply to max_unpool2d";
    QTest::newRow("bias") << upsampling("upsample_bilinear", R"("scale": 2, "bias": 0)") << "bias"
                          << R"(only "input" and "scale" (and "align_corners"))";
    QTest::newRow("align_corners on nearest")
        << upsampling(nearest, R"("scale": 2, "align_corners": true)") << "align_corners"
        << "applies only to upsample_bilinear, not upsample_nearest";
    QTest::newRow("align_corners false on nearest")
        << upsampling(nearest, R"("scale": 2, "align_corners": false)") << "align_corners"
        << "applies only to upsample_bilinear";
    QTest::newRow("align_corners on conv2d")
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "align_corners": true})")
        << "align_corners"
        << "applies only to upsample_bilinear, not conv2d";
    QTest::newRow("scale on conv2d")
        << QByteArray(R"({"op": "conv2d", "input": [[1]], "kernel": [[1]], "scale": 1})") << "scale"
        << "applies only to the upsampling ops (upsample_nearest, upsample_bilinear, "
           "bed_of_nails, max_unpool2d), not conv2d";
    QTest::newRow("align_corners not a bool")
        << upsampling("upsample_bilinear", R"("scale": 2, "align_corners": 1)") << "align_corners"
        << "must be true or false, got 1";
    QTest::newRow("op nearest") << upsampling("nearest") << "op"
                                << R"(got "nearest"; did you mean "upsample_nearest"?)";
    QTest::newRow("op misspelt") << upsampling("upsample_bilinaer") << "op"
                                 << R"(did you mean "upsample_bilinear"?)";
    QTest::newRow("op unpool") << upsampling("max_unpool") << "op"
                               << R"(did you mean "max_unpool2d"?)";
    QTest::newRow("op bed-of-nails") << upsampling("bed-of-nails") << "op"
                                     << R"(did you mean "bed_of_nails"?)";
    QTest::newRow("scales") << upsampling(nearest, R"("scales": 2)") << "scales"
                            << R"(is not a known field; did you mean "scale"?)";
    QTest::newRow("align") << upsampling("upsample_bilinear", R"("scale": 2, "align": true)")
                           << "align"
                           << R"(did you mean "align_corners"?)";
    QTest::newRow("unpool input smaller than a block")
        << upsampling("max_unpool2d", R"("scale": [1, 3])") << "input"
        << "max_unpool2d pools in blocks of the scale [1, 3], so it needs at least 3 columns, "
           "got 2";
    QTest::newRow("matrix view of max unpooling")
        << upsampling("max_unpool2d", R"("scale": 2, "view": "matrix")") << "view"
        << "max_unpool2d has only the direct view, not matrix: it is not linear";
    QTest::newRow("zero insertion")
        << upsampling(nearest, R"("scale": 2, "view": "zero-insertion")") << "view"
        << "zero-insertion applies only to conv_transpose2d";
}

void TestLessonJsonUpsampling::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);

    test::verifyRejected(json, field, fragment);
}

void TestLessonJsonUpsampling::accepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Op>("op");
    QTest::addColumn<Pair>("scale");
    QTest::addColumn<bool>("alignCorners");

    QTest::newRow("nearest") << upsampling("upsample_nearest") << Op::UpsampleNearest << Pair{2, 2}
                             << false;
    QTest::newRow("bilinear, pair") << upsampling("upsample_bilinear", R"("scale": [1, 8])")
                                    << Op::UpsampleBilinear << Pair{1, 8} << false;
    QTest::newRow("bilinear, align_corners")
        << upsampling("upsample_bilinear", R"("scale": 3, "align_corners": true)")
        << Op::UpsampleBilinear << Pair{3, 3} << true;
    QTest::newRow("bed of nails") << upsampling("bed_of_nails", R"("scale": [2, 1])")
                                  << Op::BedOfNails << Pair{2, 1} << false;
    QTest::newRow("max_unpool2d, direct view")
        << upsampling("max_unpool2d", R"("scale": 2, "view": "direct", "step": 3)")
        << Op::MaxUnpool2d << Pair{2, 2} << false;
}

void TestLessonJsonUpsampling::accepts()
{
    QFETCH(QByteArray, json);
    QFETCH(Op, op);
    QFETCH(Pair, scale);
    QFETCH(bool, alignCorners);

    const auto result = parseLesson(json);
    if (!result.ok())
        QFAIL(result.error().text().c_str());
    const Problem &p = result.value().problem;
    QCOMPARE(p.op, op);
    QCOMPARE(p.scale, scale);
    QCOMPARE(p.alignCorners, alignCorners);
    QCOMPARE(p.kernel.size(), Eigen::Index(0));
    CONVSTEP_COMPARE_GRIDS(p.input, gridOf({{1, 2}, {3, 4}}), 0.0);
}

void TestLessonJsonUpsampling::roundTrip_data()
{
    QTest::addColumn<Lesson>("lesson");

    for (Op op : {Op::UpsampleNearest, Op::UpsampleBilinear, Op::BedOfNails, Op::MaxUnpool2d}) {
        Lesson lesson;
        lesson.problem.op = op;
        lesson.problem.input = gridOf({{0.1, -2.5}, {1.0 / 3.0, 7}});
        lesson.problem.kernel = Grid(0, 0);
        lesson.problem.scale = {2, op == Op::MaxUnpool2d ? 1 : 5};
        lesson.problem.alignCorners = op == Op::UpsampleBilinear;
        lesson.title = QStringLiteral("Ways to upsample");
        lesson.view = View::Direct;
        QTest::addRow("%s", opName(op)) << lesson;
    }
}

void TestLessonJsonUpsampling::roundTrip()
{
    QFETCH(Lesson, lesson);

    const QByteArray bytes = lessonToBytes(lesson);
    // Only the fields the op takes are written.
    for (const char *absent : {"kernel", "stride", "dilation", "padding", "bias"})
        QVERIFY2(!bytes.contains(absent), bytes.constData());
    QCOMPARE(bytes.contains("align_corners"), lesson.problem.op == Op::UpsampleBilinear);
    const auto result = parseLesson(bytes);
    if (!result.ok())
        QFAIL(qPrintable(QString::fromStdString(result.error().text()) + "\n"
                         + QString::fromUtf8(bytes)));
    const Lesson back = result.value();
    QCOMPARE(back.problem.op, lesson.problem.op);
    CONVSTEP_COMPARE_GRIDS(back.problem.input, lesson.problem.input, 0.0);
    QCOMPARE(back.problem.scale, lesson.problem.scale);
    QCOMPARE(back.problem.alignCorners, lesson.problem.alignCorners);
    QCOMPARE(back.title, lesson.title);
    QCOMPARE(back.view, lesson.view);
}

QTEST_APPLESS_MAIN(TestLessonJsonUpsampling)
#include "tst_lesson_json_upsampling.moc"
