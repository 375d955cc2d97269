#pragma once

#include "core/message.h"
#include "core/problem.h"

#include <string>

namespace convstep {

// The output-size formula of the problem's convention with its numbers substituted, e.g.
// "o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊(4 + 0 − 2 − 1)/1⌋ + 1 = 2", followed for Keras
// 'same' by where the padding (or crop) goes.
std::string shapeFormula(const Problem &problem, Axis axis);
Message shapeFormulaMessage(const Problem &problem, Axis axis);

// Both axes: one line when they agree, "rows: …" and "columns: …" lines otherwise.
std::string shapeFormulas(const Problem &problem);
Message shapeFormulasMessage(const Problem &problem);

} // namespace convstep
