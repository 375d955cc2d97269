#include "io/channel_json.h"

#include "core/channels.h"
#include "io/json_fields.h"
#include "io/trace_json.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <vector>

namespace convstep::json {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

// How deeply arrays nest along first elements: 2 for a grid, 3 for [C][H][W].
int depthOf(QJsonValue value)
{
    int depth = 0;
    while (value.isArray()) {
        ++depth;
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            break;
        value = array.first();
    }
    return depth;
}

// The grids of a channel list (row < 0) or of row `row` of a weight, each read as a grid; an
// error names the grid's place.
std::vector<Grid> gridsOf(const QString &field, const QJsonArray &list, int maxSide, int row)
{
    if (list.size() > limits::maxChannels)
        fail(field,
             (row < 0 ? Text::tr("must have 1 to %1 channels, got %2")
                      : Text::tr("must have 1 to %1 kernels in a row, got %2"))
                 .arg(limits::maxChannels)
                 .arg(list.size()));
    std::vector<Grid> grids;
    grids.reserve(static_cast<size_t>(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        try {
            grids.push_back(gridOf(field, list[i], maxSide));
        } catch (const FieldError &error) {
            fail(field,
                 (row < 0 ? Text::tr("channel %1: %2").arg(i).arg(errorReason(error.error))
                          : Text::tr("kernel [%1, %2]: %3")
                                .arg(row)
                                .arg(i)
                                .arg(errorReason(error.error))));
        }
    }
    return grids;
}

QString kernelForms()
{
    return Text::tr("must be a 2-D grid [kh][kw] or a 4-D weight (conv2d "
                    "[C_out][C_in/groups][kh][kw], conv_transpose2d [C_in][C_out/groups][kh][kw])");
}

} // namespace

void readInput(const QJsonValue &value, Problem &problem)
{
    const int depth = depthOf(value);
    if (depth <= 2) {
        problem.input = gridOf("input", value, limits::maxInputSide);
        return;
    }
    if (depth > 3)
        fail("input",
             Text::tr("must be a 2-D grid [H][W] or a 3-D array [C_in][H][W], got a %1-D array")
                 .arg(depth));
    problem.inputs = gridsOf("input", value.toArray(), limits::maxInputSide, -1);
    problem.input = problem.inputs.front();
}

void readKernel(const QJsonValue &value, Problem &problem)
{
    const int depth = depthOf(value);
    if (depth <= 2) {
        problem.kernel = gridOf("kernel", value, limits::maxKernelSide);
        return;
    }
    if (depth != 4)
        fail("kernel", Text::tr("%1, got a %2-D array").arg(kernelForms()).arg(depth));
    const QJsonArray rows = value.toArray();
    if (rows.size() > limits::maxChannels)
        fail("kernel",
             Text::tr("the weight's first axis must have 1 to %1 channels, got %2")
                 .arg(limits::maxChannels)
                 .arg(rows.size()));
    std::vector<Grid> kernels;
    qsizetype inner = -1;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!rows[r].isArray() || rows[r].toArray().isEmpty())
            fail("kernel",
                 Text::tr("%1; row %2 of the weight is %3")
                     .arg(kernelForms())
                     .arg(r)
                     .arg(shown(rows[r])));
        const QJsonArray row = rows[r].toArray();
        if (inner >= 0 && row.size() != inner)
            fail("kernel",
                 Text::tr("the weight's rows must hold equally many kernels; row %1 has %2, row "
                          "0 has %3")
                     .arg(r)
                     .arg(row.size())
                     .arg(inner));
        inner = row.size();
        for (Grid &kernel : gridsOf("kernel", row, limits::maxKernelSide, static_cast<int>(r)))
            kernels.push_back(std::move(kernel));
    }
    problem.kernels = std::move(kernels);
    problem.kernelLead = static_cast<int>(rows.size());
    problem.kernel = problem.kernels.front();
}

void readBias(const QJsonValue &value, Problem &problem)
{
    if (!value.isArray()) {
        problem.bias = finiteNumberOf("bias", value);
        return;
    }
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > limits::maxChannels)
        fail("bias",
             Text::tr("a list must have 1 to %1 numbers, one per output channel, got %2")
                 .arg(limits::maxChannels)
                 .arg(list.size()));
    problem.biases.clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isDouble() || !std::isfinite(list[i].toDouble()))
            fail("bias",
                 Text::tr("must be finite numbers; entry %1 is %2").arg(i).arg(shown(list[i])));
        problem.biases.push_back(list[i].toDouble());
    }
}

QJsonValue inputJson(const Problem &problem)
{
    if (problem.inputs.empty())
        return gridToJson(problem.input);
    QJsonArray channels;
    for (const Grid &channel : problem.inputs)
        channels.append(gridToJson(channel));
    return channels;
}

QJsonValue kernelJson(const Problem &problem)
{
    if (problem.kernels.empty())
        return gridToJson(problem.kernel);
    const ChannelShape s = channelShape(problem);
    QJsonArray rows;
    for (int r = 0; r < s.lead; ++r) {
        QJsonArray row;
        for (int i = 0; i < s.inner; ++i)
            row.append(gridToJson(problem.kernels[static_cast<size_t>(r * s.inner + i)]));
        rows.append(row);
    }
    return rows;
}

QJsonValue biasJson(const Problem &problem)
{
    if (problem.biases.empty())
        return problem.bias;
    QJsonArray list;
    for (double bias : problem.biases)
        list.append(bias);
    return list;
}

} // namespace convstep::json
