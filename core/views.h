#pragma once

#include "core/trace.h"

// Per-view halves of the trace; trace.cpp dispatches to them. Each step function takes the
// step's phase and its index within that phase.
namespace convstep::views {

std::vector<PhaseSpan> slidingPhases(const Problem &problem, const Geometry &geometry);
Step slidingStep(const Trace &trace, Phase phase, int local);
Pair slidingSource(const Trace &trace);
SourceCell slidingSourceCell(const Trace &trace, Cell cell);

std::vector<PhaseSpan> scatterPhases(const Problem &problem, const Geometry &geometry);
Step scatterStep(const Trace &trace, Phase phase, int local);
GridState scatterState(const Trace &trace, int index);

std::vector<PhaseSpan> zeroInsertionPhases(const Problem &problem, const Geometry &geometry);
Step zeroInsertionStep(const Trace &trace, Phase phase, int local);
Pair zeroInsertionSource(const Trace &trace);
SourceCell zeroInsertionSourceCell(const Trace &trace, Cell cell);

std::vector<PhaseSpan> matrixPhases(const Problem &problem, const Geometry &geometry);
Step matrixStep(const Trace &trace, Phase phase, int local);
// Real-input taps per output index on one axis: a matrix row's entries are rows × columns.
Eigen::VectorXi matrixTapCounts(const AxisGeometry &axis, const Problem &problem);

// The upsampling ops' one (direct) view: upsample_view.cpp.
std::vector<PhaseSpan> upsamplePhases(const Problem &problem, const Geometry &geometry);
Step upsampleStep(const Trace &trace, Phase phase, int local);
GridState upsampleState(const Trace &trace, int index);

// Gather views finish output cells one by one in row-major order; `finished` of them are done.
// Cell (r, c) has received macsPerRow(r) · macsPerCol(c) multiply-accumulates.
GridState gatherState(const Trace &trace, int finished, const Eigen::VectorXi &macsPerRow,
                      const Eigen::VectorXi &macsPerCol);

// Phase runs laid end to end.
void appendPhase(std::vector<PhaseSpan> &phases, Phase phase, int count);

SourceCell inputSourceCell(const Trace &trace, Cell cell);

} // namespace convstep::views
