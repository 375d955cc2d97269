#include "core/geometry.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <limits>

using namespace convstep;
using convstep::test::counting;

namespace {

Problem conv()
{
    return Problem{.op = Op::Conv2d, .input = counting(4, 4), .kernel = Grid::Ones(3, 3)};
}

Problem transposed(int in = 3, int k = 3)
{
    return Problem{
        .op = Op::ConvTranspose2d, .input = counting(in, in), .kernel = Grid::Ones(k, k)};
}

Problem upsampling(Op op = Op::UpsampleNearest)
{
    return Problem{.op = op, .input = counting(3, 4), .kernel = Grid(0, 0), .scale = {2, 2}};
}

template<typename Change> Problem with(Problem p, Change change)
{
    change(p);
    return p;
}

} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();
    void errorTextNamesField();
    void nonFiniteCellIsLocated();
};

void TestValidation::rejects_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();

    QTest::newRow("input with 0 rows")
        << with(conv(), [](Problem &p) { p.input = Grid(0, 4); }) << "input"
        << "must have 1 to 512 rows, got 0";
    QTest::newRow("input with 0 columns")
        << with(conv(), [](Problem &p) { p.input = Grid(4, 0); }) << "input"
        << "must have 1 to 512 columns, got 0";
    QTest::newRow("input with 513 rows")
        << with(conv(), [](Problem &p) { p.input = Grid::Zero(513, 4); }) << "input"
        << "must have 1 to 512 rows, got 513";
    QTest::newRow("input with 513 columns")
        << with(conv(), [](Problem &p) { p.input = Grid::Zero(4, 513); }) << "input"
        << "must have 1 to 512 columns, got 513";
    QTest::newRow("kernel with 0 rows")
        << with(conv(), [](Problem &p) { p.kernel = Grid(0, 3); }) << "kernel"
        << "must have 1 to 64 rows, got 0";
    QTest::newRow("kernel with 65 columns")
        << with(conv(), [](Problem &p) { p.kernel = Grid::Ones(1, 65); }) << "kernel"
        << "must have 1 to 64 columns, got 65";
    QTest::newRow("stride 0") << with(conv(),
                                      [](Problem &p) {
                                          p.stride = {0, 1};
                                      })
                              << "stride"
                              << "between 1 and 16 on each axis, got [0, 1]";
    QTest::newRow("stride 17") << with(conv(),
                                       [](Problem &p) {
                                           p.stride = {1, 17};
                                       })
                               << "stride"
                               << "between 1 and 16 on each axis, got [1, 17]";
    QTest::newRow("dilation 0") << with(conv(),
                                        [](Problem &p) {
                                            p.dilation = {0, 0};
                                        })
                                << "dilation"
                                << "between 1 and 16";
    QTest::newRow("dilation 17") << with(conv(),
                                         [](Problem &p) {
                                             p.dilation = {17, 1};
                                         })
                                 << "dilation"
                                 << "got [17, 1]";
    QTest::newRow("padding -1") << with(conv(),
                                        [](Problem &p) {
                                            p.padding = {-1, 0};
                                        })
                                << "padding"
                                << "between 0 and 64 on each axis, got [-1, 0]";
    QTest::newRow("padding 65") << with(conv(),
                                        [](Problem &p) {
                                            p.padding = {0, 65};
                                        })
                                << "padding"
                                << "between 0 and 64 on each axis, got [0, 65]";
    QTest::newRow("non-finite input")
        << with(conv(), [=](Problem &p) { p.input(1, 2) = nan; }) << "input"
        << "finite";
    QTest::newRow("infinite kernel")
        << with(conv(), [=](Problem &p) { p.kernel(0, 0) = -inf; }) << "kernel"
        << "finite";
    QTest::newRow("NaN bias") << with(conv(), [=](Problem &p) { p.bias = nan; }) << "bias"
                              << "must be a finite number";
    QTest::newRow("infinite bias") << with(conv(), [=](Problem &p) { p.bias = inf; }) << "bias"
                                   << "must be a finite number";

    QTest::newRow("output_padding on conv2d") << with(conv(),
                                                      [](Problem &p) {
                                                          p.outputPadding = {1, 0};
                                                      })
                                              << "output_padding"
                                              << "applies only to conv_transpose2d";
    QTest::newRow("negative output_padding") << with(transposed(),
                                                     [](Problem &p) {
                                                         p.outputPadding = {0, -1};
                                                     })
                                             << "output_padding"
                                             << "must not be negative, got [0, -1]";
    QTest::newRow("PyTorch output_padding = stride")
        << with(transposed(),
                [](Problem &p) {
                    p.stride = {2, 2};
                    p.outputPadding = {2, 0};
                })
        << "output_padding"
        << "smaller than max(stride, dilation) = 2 on the rows axis (PyTorch)";
    QTest::newRow("PyTorch output_padding = dilation > stride")
        << with(transposed(),
                [](Problem &p) {
                    p.dilation = {1, 3};
                    p.outputPadding = {0, 3};
                })
        << "output_padding"
        << "max(stride, dilation) = 3 on the columns axis";
    QTest::newRow("Keras output_padding = stride")
        << with(transposed(),
                [](Problem &p) {
                    p.paddingMode = PaddingMode::Same;
                    p.stride = {2, 2};
                    p.outputPadding = {2, 1};
                })
        << "output_padding"
        << "smaller than the stride on the rows axis (Keras)";
    QTest::newRow("Keras output_padding < dilation is still >= stride")
        << with(transposed(),
                [](Problem &p) {
                    p.paddingMode = PaddingMode::Valid;
                    p.dilation = {2, 2};
                    p.outputPadding = {1, 1};
                })
        << "output_padding"
        << "smaller than the stride";
    QTest::newRow("Keras stride with dilation")
        << with(conv(),
                [](Problem &p) {
                    p.paddingMode = PaddingMode::Same;
                    p.stride = {2, 1};
                    p.dilation = {1, 2};
                })
        << "dilation"
        << "stride above 1 together with a dilation above 1";
    QTest::newRow("Keras transposed, unequal dilation")
        << with(transposed(),
                [](Problem &p) {
                    p.paddingMode = PaddingMode::Valid;
                    p.dilation = {1, 2};
                })
        << "dilation"
        << "same dilation on both axes, got [1, 2]";
    // same, k2, s2: o = (3−1)·2 + 2 − 2·1 + op; columns (op 0) give 4, and ⌈4/2⌉ = 2 ≠ 3.
    QTest::newRow("Keras size TensorFlow rejects") << with(transposed(3, 2),
                                                           [](Problem &p) {
                                                               p.paddingMode = PaddingMode::Same;
                                                               p.stride = {2, 2};
                                                               p.outputPadding = {1, 0};
                                                           })
                                                   << "output_padding"
                                                   << "gives 4 columns, which TensorFlow rejects";
    QTest::newRow("kernel larger than input")
        << with(conv(), [](Problem &p) { p.input = counting(2, 4); }) << "kernel"
        << "spans 3 rows but the padded input has only 2";
    QTest::newRow("Keras valid, kernel larger than input")
        << with(conv(),
                [](Problem &p) {
                    p.paddingMode = PaddingMode::Valid;
                    p.input = counting(4, 2);
                })
        << "kernel"
        << "spans 3 columns but the padded input has only 2";
    QTest::newRow("dilated kernel larger than padded input") << with(conv(),
                                                                     [](Problem &p) {
                                                                         p.dilation = {2, 2};
                                                                         p.input = counting(3, 3);
                                                                         p.padding = {0, 0};
                                                                     })
                                                             << "kernel"
                                                             << "spans 5 rows";
    QTest::newRow("transposed output < 1") << with(transposed(1, 1),
                                                   [](Problem &p) {
                                                       p.padding = {1, 0};
                                                   })
                                           << "padding"
                                           << "too large: the output would have -1 rows";
    QTest::newRow("transposed output of 0 columns") << with(transposed(2, 2),
                                                            [](Problem &p) {
                                                                p.padding = {0, 2};
                                                            })
                                                    << "padding"
                                                    << "would have -1 columns";
    QTest::newRow("output > 4096") << with(transposed(),
                                           [](Problem &p) {
                                               p.input = Grid::Zero(512, 512);
                                               p.kernel = Grid::Ones(1, 1);
                                               p.stride = {16, 16};
                                           })
                                   << "input"
                                   << "the output would have 8177 rows; the limit is 4096";
    QTest::newRow("output 4097") << with(transposed(),
                                         [](Problem &p) {
                                             p.input = Grid::Zero(256, 1);
                                             p.kernel = Grid::Ones(16, 1);
                                             p.stride = {16, 16};
                                             p.outputPadding = {1, 0};
                                         })
                                 << "input"
                                 << "the output would have 4097 rows";

    // Upsampling ops: a scale of 1 to 8 and nothing of a convolution's.
    const auto set = [](auto change) { return with(upsampling(), change); };
    QTest::newRow("scale 0") << set([](Problem &p) {
        p.scale = {0, 2};
    }) << "scale"
                             << "must be between 1 and 8 on each axis, got [0, 2]";
    QTest::newRow("scale 9") << set([](Problem &p) {
        p.scale = {2, 9};
    }) << "scale"
                             << "must be between 1 and 8 on each axis, got [2, 9]";
    QTest::newRow("kernel for upsampling")
        << set([](Problem &p) { p.kernel = Grid::Ones(2, 2); }) << "kernel"
        << "upsample_nearest takes no kernel, got 2×2";
    QTest::newRow("stride for upsampling") << set([](Problem &p) {
        p.stride = {2, 2};
    }) << "stride"
                                           << "does not apply to upsample_nearest, got 2";
    QTest::newRow("dilation for upsampling") << set([](Problem &p) {
        p.dilation = {1, 2};
    }) << "dilation"
                                             << "does not apply to upsample_nearest";
    QTest::newRow("padding for upsampling") << set([](Problem &p) {
        p.padding = {1, 1};
    }) << "padding"
                                            << "does not apply";
    QTest::newRow("Keras padding for upsampling")
        << set([](Problem &p) { p.paddingMode = PaddingMode::Same; }) << "padding"
        << R"(does not apply to upsample_nearest, got "same")";
    QTest::newRow("output_padding for upsampling") << set([](Problem &p) {
        p.outputPadding = {1, 0};
    }) << "output_padding"
                                                   << "does not apply";
    QTest::newRow("bias for upsampling") << set([](Problem &p) { p.bias = 0.5; }) << "bias"
                                         << "does not apply to upsample_nearest, got 0.5";
    QTest::newRow("align_corners on nearest")
        << set([](Problem &p) { p.alignCorners = true; }) << "align_corners"
        << "applies only to upsample_bilinear";
    QTest::newRow("align_corners on max_unpool2d")
        << with(upsampling(Op::MaxUnpool2d), [](Problem &p) { p.alignCorners = true; })
        << "align_corners"
        << "applies only to upsample_bilinear, not max_unpool2d";
    QTest::newRow("max_unpool2d input smaller than a block") << with(upsampling(Op::MaxUnpool2d),
                                                                     [](Problem &p) {
                                                                         p.scale = {2, 5};
                                                                     })
                                                             << "input"
                                                             << "needs at least 5 columns, got 4";
    QTest::newRow("non-finite input for upsampling")
        << with(upsampling(Op::UpsampleBilinear),
                [](Problem &p) { p.input(0, 0) = std::numeric_limits<double>::infinity(); })
        << "input"
        << "finite";
    QTest::newRow("scale on conv2d") << with(conv(),
                                             [](Problem &p) {
                                                 p.scale = {2, 2};
                                             })
                                     << "scale"
                                     << "applies only to the upsampling ops";
    QTest::newRow("align_corners on conv_transpose2d")
        << with(transposed(), [](Problem &p) { p.alignCorners = true; }) << "align_corners"
        << "applies only to upsample_bilinear, not conv_transpose2d";
}

void TestValidation::rejects()
{
    QFETCH(Problem, problem);
    QFETCH(QString, field);
    QFETCH(QString, fragment);

    const auto error = validate(problem);
    QVERIFY2(error, "the problem was accepted");
    QCOMPARE(QString::fromStdString(error->field), field);
    const QString message = QString::fromStdString(error->message);
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestValidation::accepts_data()
{
    QTest::addColumn<Problem>("problem");

    QTest::newRow("512 input, scale 8") << with(upsampling(), [](Problem &p) {
        p.input = Grid::Zero(512, 512);
        p.scale = {8, 8};
    });
    QTest::newRow("bilinear align_corners, scale [1, 8]")
        << with(upsampling(Op::UpsampleBilinear), [](Problem &p) {
               p.alignCorners = true;
               p.scale = {1, 8};
           });
    QTest::newRow("max_unpool2d input one block")
        << with(upsampling(Op::MaxUnpool2d), [](Problem &p) {
               p.scale = {3, 4};
           });
    QTest::newRow("bed_of_nails scale 1") << with(upsampling(Op::BedOfNails), [](Problem &p) {
        p.scale = {1, 1};
    });
    QTest::newRow("512 input, 64 kernel, stride 16, padding 64") << with(conv(), [](Problem &p) {
        p.input = Grid::Zero(512, 512);
        p.kernel = Grid::Ones(64, 64);
        p.stride = {16, 16};
        p.padding = {64, 64};
    });
    QTest::newRow("dilation 16") << with(conv(), [](Problem &p) {
        p.input = Grid::Zero(512, 40);
        p.dilation = {16, 16};
        p.padding = {0, 8};
    });
    QTest::newRow("output exactly 4096") << with(transposed(), [](Problem &p) {
        p.input = Grid::Zero(256, 1);
        p.kernel = Grid::Ones(16, 1);
        p.stride = {16, 16};
    });
    QTest::newRow("1x1 everything") << with(conv(), [](Problem &p) {
        p.input = Grid::Ones(1, 1);
        p.kernel = Grid::Ones(1, 1);
    });
    QTest::newRow("PyTorch output_padding < dilation, >= stride")
        << with(transposed(), [](Problem &p) {
               p.dilation = {3, 3};
               p.outputPadding = {2, 2};
           });
    QTest::newRow("Keras conv with unequal dilation") << with(conv(), [](Problem &p) {
        p.paddingMode = PaddingMode::Same;
        p.dilation = {1, 2};
    });
    QTest::newRow("Keras ignores a stale integer padding") << with(conv(), [](Problem &p) {
        p.paddingMode = PaddingMode::Valid;
        p.padding = {-5, 99};
    });
    QTest::newRow("negative and fractional values") << with(conv(), [](Problem &p) {
        p.input(0, 0) = -1e300;
        p.kernel(2, 2) = 0.125;
        p.bias = -3.5;
    });
}

void TestValidation::accepts()
{
    QFETCH(Problem, problem);
    const auto error = validate(problem);
    QVERIFY2(!error, error ? error->text().c_str() : "");
}

void TestValidation::errorTextNamesField()
{
    const auto error = validate(with(conv(), [](Problem &p) { p.stride = {0, 0}; }));
    QVERIFY(error);
    QCOMPARE(QString::fromStdString(error->text()),
             "stride: must be between 1 and 16 on each axis, got 0");
    const ProblemError fieldless{"", "whole document"};
    QCOMPARE(QString::fromStdString(fieldless.text()), "whole document");
}

void TestValidation::nonFiniteCellIsLocated()
{
    const auto error = validate(
        with(conv(), [](Problem &p) { p.input(2, 1) = std::numeric_limits<double>::infinity(); }));
    QVERIFY(error);
    QVERIFY2(error->message.find("row 2, column 1") != std::string::npos, error->message.c_str());
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
