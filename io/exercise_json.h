#pragma once

#include "core/exercise.h"

#include <QByteArray>

namespace convstep {

// One exercise as one line of JSON (no newline), keys in this order:
// {"kind", "problem" (as problemToJson writes it), "question", "answer"}. The answer is
// value {"cell", "value"}, reach {"input_cell", "cells"}, shape {"output_shape"} or
// recipe {"zeros_between", "pad": [top, bottom, left, right]}.
QByteArray exerciseToJsonLine(const Exercise &exercise);

} // namespace convstep
