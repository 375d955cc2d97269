#pragma once

#include "core/gradient.h"

#include <QByteArray>
#include <QJsonObject>

#include <variant>

namespace convstep {

// An upstream gradient file: {"upstream": [[…]]}. Its shape is checked against a problem
// later (checkUpstream); here only the document and the grid.
std::variant<Grid, ProblemError> parseUpstream(const QByteArray &json);

// {"grad_bias", "grad_input", "grad_kernel"}: what 'convstep-cli grad' prints.
QJsonObject gradientToJson(const Gradient &gradient);

} // namespace convstep
