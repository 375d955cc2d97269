#pragma once

#include "core/trace.h"

#include <string>

namespace convstep {

// A step's arithmetic with its real numbers, for the calculation strip:
// "3·1 + 5·2 + … = 55", "57 × K → rows 1–2, columns 0–1", "7×7 → 5×5".
std::string calculationText(const Trace &trace, const Step &step);

} // namespace convstep
