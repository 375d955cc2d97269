#include "core/channels.h"
#include "core/links.h"
#include "core/step_channels.h"
#include "core/trace.h"
#include "tests/core/channel_fixture.h"
#include "tests/support/test_support.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

using namespace convstep;
using convstep::test::channelProblem;

namespace {

using Key = std::tuple<int, int, int, int, int, int, int, int, int, int, double, double>;

// A multiply-accumulate as a sortable value: where it reads, multiplies and lands, its channels
// and numbers.
Key keyOf(const Mac &m)
{
    return {m.input ? m.input->row : -1,
            m.input ? m.input->col : -1,
            m.kernel.row,
            m.kernel.col,
            m.out ? m.out->row : -1,
            m.out ? m.out->col : -1,
            m.source.row * 1000 + m.source.col,
            m.target.row * 1000 + m.target.col,
            m.inChannel.value_or(-1),
            m.outChannel.value_or(-1),
            m.value,
            m.weight};
}

std::vector<Key> keys(const std::vector<Mac> &macs)
{
    std::vector<Key> all;
    for (const Mac &m : macs)
        all.push_back(keyOf(m));
    std::sort(all.begin(), all.end());
    return all;
}

// Every multiply-accumulate of the trace that `keep` takes, step by step: what the links of a
// pair must be.
std::vector<Key> everyMac(const Trace &trace, const std::function<bool(const Mac &)> &keep)
{
    std::vector<Mac> macs;
    for (int i = 0; i < trace.stepCount; ++i)
        for (const Mac &m : stepAt(trace, i).macs)
            if (keep(m))
                macs.push_back(m);
    return keys(macs);
}

bool ofPair(const Mac &m, ChannelPair pair)
{
    return m.inChannel.value_or(0) == pair.in && m.outChannel.value_or(0) == pair.out;
}

} // namespace

// Hovering a cell of the channels a stage shows links the multiply-accumulates of that (out, in)
// pair, every one of them, and nothing of the other channels' contributions.
class TestChannelLinks final : public QObject
{
    Q_OBJECT

private slots:
    void linksStayWithinThePair_data();
    void linksStayWithinThePair();
};

void TestChannelLinks::linksStayWithinThePair_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("padding");
    QTest::addColumn<View>("view");

    QTest::newRow("rgb to 2, sliding") << Op::Conv2d << 3 << 2 << 1 << 1 << View::Direct;
    QTest::newRow("rgb to 2, matrix") << Op::Conv2d << 3 << 2 << 1 << 0 << View::Matrix;
    QTest::newRow("grouped") << Op::Conv2d << 4 << 2 << 2 << 0 << View::Direct;
    QTest::newRow("depthwise") << Op::Conv2d << 3 << 3 << 3 << 1 << View::Direct;
    QTest::newRow("scatter") << Op::ConvTranspose2d << 2 << 3 << 1 << 1 << View::Direct;
    QTest::newRow("zero insertion")
        << Op::ConvTranspose2d << 2 << 3 << 1 << 0 << View::ZeroInsertion;
    QTest::newRow("one channel each") << Op::Conv2d << 1 << 1 << 1 << 0 << View::Direct;
}

void TestChannelLinks::linksStayWithinThePair()
{
    QFETCH(Op, op);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(int, groups);
    QFETCH(int, padding);
    QFETCH(View, view);
    const Problem problem = channelProblem(op, in, out, groups, padding);
    QVERIFY(!validate(problem));
    const Trace trace = makeTrace(problem, view);
    const ChannelShape s = channelShape(problem);
    const Pair inputSize = sizeOf(problem.input);
    const Pair outputSize = trace.geometry.outputSize();
    const Pair kernelSize = sizeOf(problem.kernel);
    int linked = 0;
    for (int o = 0; o < s.out; ++o) {
        for (int i = 0; i < s.in; ++i) {
            if (s.groupOfIn(i) != s.groupOfOut(o))
                continue;
            const ChannelPair pair{o, i};
            for (int r = 0; r < inputSize.h; ++r)
                for (int c = 0; c < inputSize.w; ++c) {
                    const Cell cell{r, c};
                    const auto links = pairMacsFromInput(trace, cell, pair);
                    linked += static_cast<int>(links.size());
                    QCOMPARE(keys(links), everyMac(trace, [&](const Mac &m) {
                                 return ofPair(m, pair) && m.input == cell;
                             }));
                }
            for (int r = 0; r < outputSize.h; ++r)
                for (int c = 0; c < outputSize.w; ++c) {
                    const Cell cell{r, c};
                    QCOMPARE(keys(pairMacsIntoOutput(trace, cell, pair)),
                             everyMac(trace, [&](const Mac &m) {
                                 return ofPair(m, pair) && m.out == cell;
                             }));
                }
            for (int r = 0; r < kernelSize.h; ++r)
                for (int c = 0; c < kernelSize.w; ++c) {
                    const Cell cell{r, c};
                    QCOMPARE(keys(pairMacsOfKernel(trace, cell, pair)),
                             everyMac(trace, [&](const Mac &m) {
                                 return ofPair(m, pair) && m.kernel == cell;
                             }));
                }
        }
    }
    QVERIFY(linked > 0);
}

QTEST_APPLESS_MAIN(TestChannelLinks)
#include "tst_channel_links.moc"
