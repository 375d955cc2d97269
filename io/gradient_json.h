#pragma once

#include "core/gradient.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace convstep {

// An upstream gradient file: {"upstream": [[…]]}. Its shape is checked against a problem
// later (checkUpstream); here only the document and the grid.
Result<Grid, ProblemError> parseUpstream(const QByteArray &json);

// {"grad_bias", "grad_input", "grad_kernel"}: what 'convstep-cli grad' prints.
QJsonObject gradientToJson(const Gradient &gradient);

} // namespace convstep
