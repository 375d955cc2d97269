#include "io/trace_json.h"

#include "core/channels.h"
#include "core/compute.h"
#include "io/text.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace convstep {
namespace {

QJsonValue cellJson(const std::optional<Cell> &cell)
{
    if (!cell)
        return QJsonValue::Null;
    return QJsonArray{cell->row, cell->col};
}

// A channel problem's cells lead with their channel: [c, row, col].
QJsonValue channelCellJson(const std::optional<Cell> &cell, const std::optional<int> &channel)
{
    if (!cell || !channel)
        return QJsonValue::Null;
    return QJsonArray{*channel, cell->row, cell->col};
}

QJsonObject channelMacJson(const Problem &problem, const Mac &mac)
{
    const auto weight = weightIndex(problem, *mac.outChannel, *mac.inChannel);
    return {{"input", channelCellJson(mac.input, mac.inChannel)},
            {"kernel", QJsonArray{weight[0], weight[1], mac.kernel.row, mac.kernel.col}},
            {"out", channelCellJson(mac.out, mac.outChannel)},
            {"product", mac.product},
            {"value", mac.value},
            {"weight", mac.weight},
            {"source", channelCellJson(mac.source, mac.inChannel)},
            {"target", channelCellJson(mac.target, mac.outChannel)}};
}

QJsonObject macJson(const Mac &mac, bool backward)
{
    QJsonObject object{{"input", cellJson(mac.input)},
                       {"kernel", cellJson(mac.kernel)},
                       {"out", cellJson(mac.out)},
                       {"product", mac.product},
                       {"value", mac.value},
                       {"weight", mac.weight},
                       {"source", cellJson(mac.source)},
                       {"target", cellJson(mac.target)}};
    if (backward)
        object["upstream"] = cellJson(mac.upstream);
    return object;
}

// The head of a trace document: the result, or for a backward view the gradient it builds
// with the forward output and the upstream gradient beside it.
QJsonObject headJson(const Trace &trace)
{
    if (hasChannels(trace.problem))
        return resultToJson(trace.outputs);
    if (!isBackward(trace.view))
        return resultToJson(trace.output);
    QJsonObject head = resultToJson(computeOutput(trace.problem));
    head[trace.view == View::BackwardInput ? "grad_input" : "grad_kernel"] =
        gridToJson(trace.output);
    head["upstream"] = gridToJson(trace.upstream);
    return head;
}

} // namespace

QJsonArray gridToJson(const Grid &grid)
{
    QJsonArray rows;
    for (Eigen::Index r = 0; r < grid.rows(); ++r) {
        QJsonArray row;
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            row.append(grid(r, c));
        rows.append(row);
    }
    return rows;
}

QJsonObject resultToJson(const Grid &output)
{
    return {{"output", gridToJson(output)},
            {"output_shape",
             QJsonArray{static_cast<int>(output.rows()), static_cast<int>(output.cols())}}};
}

QJsonObject resultToJson(const std::vector<Grid> &outputs)
{
    QJsonArray channels;
    for (const Grid &output : outputs)
        channels.append(gridToJson(output));
    const Pair size = outputs.empty() ? Pair{0, 0} : sizeOf(outputs.front());
    return {{"output", channels},
            {"output_shape", QJsonArray{static_cast<int>(outputs.size()), size.h, size.w}}};
}

QJsonObject stepToJson(const Trace &trace, const Step &step)
{
    if (!hasChannels(trace.problem))
        return stepToJson(step, isBackward(trace.view));
    QJsonArray macs;
    for (const Mac &mac : step.macs)
        macs.append(channelMacJson(trace.problem, mac));
    QJsonObject object{{"index", step.index},
                       {"phase", QLatin1String(phaseName(step.phase))},
                       {"text", qt(step.text)},
                       {"macs", macs}};
    if (step.focus)
        object["focus"] = channelCellJson(step.focus, step.focusChannel);
    if (step.value)
        object["value"] = *step.value;
    return object;
}

QJsonObject stepToJson(const Step &step, bool backward)
{
    QJsonArray macs;
    for (const Mac &mac : step.macs)
        macs.append(macJson(mac, backward));
    QJsonObject object{{"index", step.index},
                       {"phase", QLatin1String(phaseName(step.phase))},
                       {"text", qt(step.text)},
                       {"macs", macs}};
    if (step.focus)
        object["focus"] = cellJson(step.focus);
    if (step.value)
        object["value"] = *step.value;
    return object;
}

bool writeTraceJson(QIODevice &device, const Trace &trace)
{
    QJsonObject head = headJson(trace);
    head["view"] = QLatin1String(viewName(trace.view));
    head["op"] = QLatin1String(opName(trace.problem.op));
    head["step_count"] = trace.stepCount;
    QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
    text.chop(1); // reopen the object to append the steps
    text += ",\"steps\":[";
    bool ok = device.write(text) == text.size();
    for (int i = 0; ok && i < trace.stepCount; ++i) {
        text = QJsonDocument(stepToJson(trace, stepAt(trace, i))).toJson(QJsonDocument::Compact);
        if (i + 1 < trace.stepCount)
            text += ",\n";
        ok = device.write(text) == text.size();
    }
    return ok && device.write("]}\n") == 3;
}

} // namespace convstep
