#pragma once

#include "ui/export/export_options.h"
#include "ui/export/step_selection.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QImage>

#include <memory>

namespace convstep {

// One picture of an animation and how long it stays up.
struct FrameSpec
{
    int step = 0; // 0-based
    double progress = 1.0;
    std::optional<int> from; // the step the kernel glides from
    int ticks = 1; // display time in frame periods (1 / fps)
};

// The sequence of stage frames an export shows: the selected steps, in-betweens when smooth,
// and the holds. Computed on demand, so encoders can stream any number of frames.
//
// Plain: one frame per step, one period each. Smooth: the first step starts from its
// before-state; every step then glides over half a second and rests for the other half.
class FrameSource final
{
public:
    explicit FrameSource(std::shared_ptr<const Trace> trace, StepSelection steps, StageStyle style,
                         bool caption, bool smooth, int fps, double holdSeconds);

    int count() const { return m_count; }
    int fps() const { return m_fps; }
    FrameSpec spec(int index) const;
    StageFrame frame(int index) const;
    qint64 totalTicks() const;

    // Paints frame `index` over the whole of `image` with the stage renderer. Consecutive
    // frames of one step (a smooth glide) share the step's grid states, computed once, and
    // all frames the renderer's backdrop while it stays the same; not for use from two
    // threads at once.
    void render(int index, QImage &image) const;
    // One frame on its own, without anything kept from frames before.
    static void render(const StageFrame &frame, QImage &image);

    const Trace &trace() const { return *m_trace; }
    const std::shared_ptr<const Trace> &sharedTrace() const { return m_trace; }
    const StepSelection &steps() const { return m_steps; }

private:
    std::shared_ptr<const Trace> m_trace;
    StepSelection m_steps;
    StageStyle m_style;
    bool m_caption = true;
    bool m_smooth = false;
    int m_fps = 2;
    int m_holdTicks = 0;
    int m_glide = 1; // frames per step when smooth, the resting one included
    int m_count = 0;
    mutable std::optional<StageFrame> m_last; // the frame render() painted last
    mutable FrameSpec m_lastSpec; // and what it was made for
    mutable StageRenderer m_renderer;
};

// The colours the renderer paints with for this trace and theme, solid ones first: a GIF
// palette starts from them so text, lines and fills keep their exact colours.
std::vector<QRgb> knownColours(const Trace &trace, Theme theme);

} // namespace convstep
