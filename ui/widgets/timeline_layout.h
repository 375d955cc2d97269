#pragma once

#include "core/trace.h"

#include <QColor>
#include <QList>
#include <QString>

#include <vector>

class QFontMetricsF;
class QPalette;

namespace convstep {

// "insert zeros" for Phase::InsertZeros: phaseName() with spaces, for people to read.
QString phaseLabel(Phase phase);

// "zeros", "rotate", "out pad": what the timeline writes where the full label does not fit.
QString phaseShortLabel(Phase phase);

// A colour per phase, tuned for the palette's lightness so the timeline and the explanation
// panel mark phases alike in light and dark themes.
QColor phaseColour(Phase phase, const QPalette &palette);

bool isDarkPalette(const QPalette &palette);

// Room a label needs around its text inside a phase segment.
inline constexpr qreal phaseLabelPadding = 14.0;

// The x of every phase boundary on a track from `left` to `left + width` (phases.size() + 1
// values). Steps share a phase's segment evenly; a phase whose even share of the track is
// too narrow for its label gets the label's width instead (its short label's, or less, if
// the short phases would take more than half the track), and the other phases share the rest.
std::vector<qreal> layoutPhases(const QList<PhaseSpan> &phases, int stepCount, qreal left,
                                qreal width, const QFontMetricsF &labelMetrics);

} // namespace convstep
