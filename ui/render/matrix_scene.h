#pragma once

#include "core/step_channels.h"
#include "ui/render/matrix_image.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_painter.h"

#include <functional>

// The parts of one matrix-view paint, shared by stage_painter_matrix.cpp and the matrix_*.cpp
// files that paint its pieces.
namespace convstep::detail {

// One paint of the matrix view: the stage painter plus the matrix view's own layout.
struct MatrixScene
{
    const StagePainter &s;
    const MatrixLayout &m;
    const MatrixEntries &entries;
    const double scale;
    const bool turned; // the transpose is over: steps, links and labels show
    const double vectorsShown; // vectors fade in at the end of the transpose
    // A channel problem's grids show the step's channels in front; y shows every output
    // channel's state (empty for a 2-D problem, whose one state is shownState's).
    const StepChannels front;
    const std::vector<GridState> states;

    const Trace &trace() const { return s.trace(); }
    Theme theme() const { return s.frame.style.theme; }
    bool symbols() const { return s.frame.style.symbols; }
    double lineWidth() const { return std::clamp(m.entry * 0.08, 1.5, 3.0); }
};

// matrix_cells.cpp: how cells are drawn and what they say.
QColor withAlpha(QColor colour, double alpha);
// At least `least` pixels each way, so a heat-map entry under a highlight stays visible.
QRectF atLeast(const QRectF &rect, double least);
// A cell with text: fill, hairline border, the text fitted inside.
void paintCell(const MatrixScene &sc, const QRectF &rect, const QColor &fill, const QString &text,
               const QColor &textColour, const QFont &font);
// The index of a grid cell in its flattened vector, small in the top-left corner.
void paintIndex(const MatrixScene &sc, const QRectF &rect, int index, const QFont &cellFont);
bool small(double cell); // too small for numbers
QFont cellFont(const MatrixScene &sc, double cell);
const GridState &shownState(const MatrixScene &sc); // the output before the turn ends
const GridState &channelState(const MatrixScene &sc, int channel); // y's output channel's

// The products a grid of the front channels shows: the pair in front's (all of a 2-D step's).
bool inFront(const MatrixScene &sc, const Mac &mac);

// What an entry of M, of x and of y says: its number, or with symbols its name. An upsampling
// op's fixed weights keep their numbers.
// `at` is the entry's place in M: a channel problem's symbol names its 4-D weight.
QString entryText(const MatrixScene &sc, double value, int element, Cell at);
QString inputText(const MatrixScene &sc, int index);
QString outputText(const MatrixScene &sc, int index, double value);
// Fixed weights share one fill; a convolution's take their kernel element's colour.
QColor entryFill(const MatrixScene &sc, int element);

// matrix_step.cpp: the current step's row of M, the x entries it multiplies and the y entry
// it writes.
void paintStep(const MatrixScene &sc);

// matrix_blocks.cpp: a channel problem's blocks, their outlines and labels. A label's forms,
// longest first: "in 1 · W[:, 1]", "in 1", "1" (`row`: "out 0 · W[0, :]", …).
QStringList blockLabelForms(const Problem &problem, bool row, int channel);
void paintBlocks(const MatrixScene &sc);
void paintBlockLabels(const MatrixScene &sc);

// matrix_marks.cpp: titles, index labels, hover links and the selection.
void paintTitles(const MatrixScene &sc);
void paintIndexLabels(const MatrixScene &sc);
void paintWindowEdges(const MatrixScene &sc);
void paintLinks(const MatrixScene &sc);

} // namespace convstep::detail
