#pragma once

#include "core/step_channels.h"
#include "core/trace.h"
#include "ui/render/stage_style.h"

#include <memory>
#include <optional>
#include <vector>

namespace convstep {

// The three grids on the stage: the view's source canvas, the kernel, the target canvas; the
// matrix view adds its matrix (cell = row, column) and its two vectors x and y (cell = index, 0).
enum class GridRole { Source, Kernel, Target, MatrixEntry, InputVector, OutputVector };

// A cell of one of the stage's grids, in that grid's own coordinates.
struct StageCell
{
    GridRole role = GridRole::Source;
    Cell cell;
    // A stage that shows several input channels at once (StageLayout::rows): the input channel
    // of a Source or Kernel cell's row. None: the channel in front.
    std::optional<int> channel{};

    friend bool operator==(const StageCell &, const StageCell &) = default;
};

// Predict mode asks about a step before showing it. The stage then shows the state before the
// step and what the step works on, and leaves out what it writes or reveals: the cell a slide
// or matrix row computes holds a "?", no products land on the scatter canvas, no outline
// shows where the output lies before a crop, and hovering links nothing. `picked` marks the
// learner's answer on the target grid (the cells chosen, or the block kept), `cursor` the
// cell the keyboard is on.
struct StageQuestion
{
    std::vector<Cell> picked; // target-grid cells
    std::optional<Cell> cursor;

    friend bool operator==(const StageQuestion &, const StageQuestion &) = default;
};

// Everything needed to paint one moment of a trace. Built by the playback model for the
// stage and by the exporters for files, so both paint exactly the same picture.
struct StageFrame
{
    std::shared_ptr<const Trace> trace;
    Step step;
    std::optional<Step> previous; // the adjacent step the kernel glides from
    // The target canvas before and after `step`, shared by the frame's copies: a canvas of
    // 4096×4096 cells takes over 200 MB a state.
    std::shared_ptr<const GridState> before;
    std::shared_ptr<const GridState> after;
    double progress = 1.0; // 0: as before the step, 1: the step complete
    std::vector<Mac> links; // hover links
    std::optional<StageCell> hover;
    std::optional<StageCell> selection;
    StageStyle style;
    bool caption = false; // narration and arithmetic under the grids (exports)
    // False leaves out the target grid, its title and the arrow to it, so that a question about
    // the output (its shape, say) does not show the answer. The matrix view ignores it.
    bool showTarget = true;
    double transpose = 1.0; // matrix view: how far C has turned into Cᵀ (Transpose animation)
    std::optional<StageQuestion> question; // predict mode, before the step is revealed
    // A channel problem's channels the viewer brought to the front of the decks (nullopt: the
    // step's); exports leave them unset and follow the step. With an output channel the step
    // does not write, `before` and `after` are that channel's states (PlaybackModel).
    std::optional<int> frontIn;
    std::optional<int> frontOut;
};

// The frame of step `index`, optionally part-way (`progress` < 1) from step `from`. At rest
// (`progress` 1) `before` stays empty except at the output padding step: painters read it
// only while a step is under way (or the matrix view is turning, which these frames never
// are) and where the output padding marks its new rows.
StageFrame frameAt(std::shared_ptr<const Trace> trace, int index, const StageStyle &style,
                   double progress = 1.0, std::optional<int> from = std::nullopt);

// The frame asking about step `index` (StageQuestion): the state before the step, at progress
// 0, without hover links or a selection.
StageFrame questionFrameAt(std::shared_ptr<const Trace> trace, int index, const StageStyle &style,
                           StageQuestion question);

// How far a one-off phase (pad, insert_zeros, rotate_kernel) has gone at this frame:
// 0 before its step, the frame's progress during it, 1 after it or when the view has none.
double phaseCompletion(const StageFrame &frame, Phase phase);

// Target-canvas cell holding output cell (0, 0): the scatter canvas keeps what the crop
// removes on screen, so the output sits inside it.
Cell outputOrigin(const Trace &trace);

// The kernel element shown at a kernel-grid cell: turned 180° once the zero-insertion view
// has rotated the kernel (a half turn is its own inverse, so this maps both ways).
Cell kernelElementAt(const StageFrame &frame, Cell shown);

// The channels the grids show (chosenChannels): the step's, or those brought to the front. The
// matrix view follows the step.
StepChannels frontChannels(const StageFrame &frame);

// The channels of a stage cell: on a stage of rows (StageCell::channel) its row's input
// channel with the output channel in front, else the channels in front. What an edit of the
// cell changes and what its tooltip names.
ChannelPair cellChannels(const StageFrame &frame, StageCell cell);

// The frame as the grids draw it: a channel problem's step, the step it glides from and the
// hover links cut to the (out, in) pair in front (stepChannels), so that every number drawn
// belongs to the channels shown. The matrix view, which draws the whole layer's matrix, and a
// 2-D problem's frame are returned as they are.
StageFrame frontPairFrame(const StageFrame &frame);

// The trace's multiply-accumulates linked to a stage cell under the pointer.
std::vector<Mac> linksOf(const StageFrame &frame, StageCell cell);

} // namespace convstep
