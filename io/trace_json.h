#pragma once

#include "core/trace.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

namespace convstep {

QJsonArray gridToJson(const Grid &grid); // one array of numbers per row
QJsonObject resultToJson(const Grid &output); // {"output", "output_shape"}
// A channel problem's result: "output" [C][H][W] and "output_shape" [C, H, W].
QJsonObject resultToJson(const std::vector<Grid> &outputs);
// `backward`: the step is from a backward view, and each MAC also names its "upstream" cell.
QJsonObject stepToJson(const Step &step, bool backward = false);
// A step of `trace`: a channel problem's cells are [channel, row, col] and its kernel
// elements the weight's 4-D index in PyTorch's layout.
QJsonObject stepToJson(const Trace &trace, const Step &step);

// Writes {"view", "op", "output", "output_shape", "step_count", "steps": [...]} one step at a
// time, so memory stays that of a single step however long the trace is; a backward view adds
// "upstream" and the gradient it builds, "grad_input" or "grad_kernel". Returns false when
// the device refuses a write.
bool writeTraceJson(QIODevice &device, const Trace &trace);

} // namespace convstep
