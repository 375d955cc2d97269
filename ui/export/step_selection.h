#pragma once

#include "core/trace.h"
#include "ui/export/export_options.h"

#include <QString>

#include <vector>

namespace convstep {

// The steps an export shows, in order, out of a range: all of them, every n-th from the
// first plus the last, the first and the last step of each phase, or the last one alone.
// Computed rather than listed where it can be, so a range of 16 million steps costs nothing.
class StepSelection final
{
public:
    explicit StepSelection(ResolvedSteps range);
    explicit StepSelection(const Trace &trace, ResolvedSteps range, StepPick pick, int every = 1);

    int count() const { return m_count; }
    int at(int index) const; // the 0-based step shown `index`-th
    ResolvedSteps range() const { return m_range; }
    StepPick pick() const { return m_pick; }
    // How the steps were chosen, for a handout: "every 4th step, and the last".
    QString description() const;

private:
    ResolvedSteps m_range;
    StepPick m_pick = StepPick::All;
    int m_every = 1;
    int m_count = 0;
    std::vector<int> m_listed; // the steps of Phases and Final
};

} // namespace convstep
