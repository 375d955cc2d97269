#pragma once

#include "core/result.h"
#include "core/training.h"

#include <QByteArray>
#include <QJsonObject>

namespace convstep {

// A training spec document (docs/formats.md, "Training spec"), checked with validate().
Result<TrainingSpec, ProblemError> parseTrainingSpec(const QByteArray &json);

// {"loss", "step"}: one line of 'convstep-cli train' per step.
QJsonObject lossToJson(const Training &training);

// {"bias", "kernel", "output"}: the last line, the trained weights and their output.
QJsonObject trainedToJson(const Training &training);

} // namespace convstep
