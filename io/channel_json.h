#pragma once

#include "core/problem.h"

#include <QJsonValue>

// The channel forms of a problem's fields: a 3-D input [C_in][H][W], a 4-D kernel in
// PyTorch's layout, a bias list. A 2-D grid and one bias number read and write as before.
namespace convstep::json {

// Sets `input` (a grid) or the input channels (a 3-D array).
void readInput(const QJsonValue &value, Problem &problem);
// Sets `kernel` (a grid) or the 4-D weight.
void readKernel(const QJsonValue &value, Problem &problem);
// Sets `bias` (a number) or one bias per output channel (a list).
void readBias(const QJsonValue &value, Problem &problem);

QJsonValue inputJson(const Problem &problem);
QJsonValue kernelJson(const Problem &problem);
QJsonValue biasJson(const Problem &problem);

} // namespace convstep::json
