#pragma once

#include <QString>

namespace convstep {

// Why something failed, as one line for a person: which file or setting, and the reason.
// The Qt rooms' error type for Result<T, Error> and std::optional<Error> (core/result.h);
// the core's problems have their own, ProblemError, which also names the field.
struct Error
{
    QString message;
};

} // namespace convstep
