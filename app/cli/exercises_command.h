#pragma once

#include <QStringList>

namespace convstep::cli {

// 'exercises': random exercises with their answers, one JSON object per line.
int runExercises(const QStringList &arguments);

} // namespace convstep::cli
