#pragma once

#include "core/narration.h"

#include <QString>

#include <string>

// The Qt side of core's text: one conversion, used wherever core's words reach Qt.
namespace convstep {

inline QString qt(const std::string &text)
{
    return QString::fromStdString(text);
}

// A value as every view writes it (core's formatNumber).
inline QString numberText(double value)
{
    return qt(formatNumber(value));
}

} // namespace convstep
