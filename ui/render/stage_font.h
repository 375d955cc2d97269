#pragma once

#include <QFont>
#include <QString>

namespace convstep {

// The stage's font family at a whole number of pixels (never below one).
QFont stageFont(const QString &family, double pixels, bool bold = false);

} // namespace convstep
