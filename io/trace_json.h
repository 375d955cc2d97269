#pragma once

#include "core/trace.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

namespace convstep {

QJsonArray gridToJson(const Grid &grid); // one array of numbers per row
QJsonObject resultToJson(const Grid &output); // {"output", "output_shape"}
QJsonObject stepToJson(const Step &step);

// Writes {"view", "op", "output", "output_shape", "step_count", "steps": [...]} one step at a
// time, so memory stays that of a single step however long the trace is. Returns false when
// the device refuses a write.
bool writeTraceJson(QIODevice &device, const Trace &trace);

} // namespace convstep
