#include "io/lesson.h"

#include "core/gradient.h"

namespace convstep {

Grid Lesson::upstreamGradient() const
{
    return fittedUpstream(problem, upstream);
}

} // namespace convstep
