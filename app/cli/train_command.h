#pragma once

#include <QStringList>

namespace convstep::cli {

// 'train SPEC': trains a learned upsampler headless and prints the loss of every step, then
// the trained kernel, bias and output, one JSON object per line.
int runTrain(const QStringList &arguments);

} // namespace convstep::cli
