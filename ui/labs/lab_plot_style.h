#pragma once

#include "ui/render/stage_style.h"

// QCustomPlot stays out of headers: qcustomplot.h costs seconds per file that includes it.
class QCustomPlot;
class QCPColorGradient;

namespace convstep {

// The labs' plots in the stage's palette: background, axes, grid, legend and text.
void styleLabPlot(QCustomPlot *plot, const StagePalette &palette, const QFont &font);

// Distinct line colours (Okabe–Ito, colour-blind safe), each at least 3:1 against the theme's
// background.
QColor seriesColour(int index, Theme theme);

// A sequential ramp for counts: from the empty cell colour to the accumulate colour.
void setCountGradient(QCPColorGradient &gradient, const StagePalette &palette);

} // namespace convstep
