#include "ui/export/frame_source.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace convstep {

FrameSource::FrameSource(std::shared_ptr<const Trace> trace, StepSelection steps, StageStyle style,
                         bool caption, bool smooth, int fps, double holdSeconds)
    : m_trace(std::move(trace))
    , m_steps(std::move(steps))
    , m_style(std::move(style))
    , m_caption(caption)
    , m_smooth(smooth)
    , m_fps(std::max(1, fps))
    , m_holdTicks(static_cast<int>(std::lround(std::max(0.0, holdSeconds) * m_fps)))
{
    const int steps_ = m_steps.count();
    if (m_smooth) {
        m_glide = std::max(2, static_cast<int>(std::lround(m_fps * 0.5)));
        m_count = 1 + steps_ * m_glide; // the opening before-state, then the glides
    } else {
        m_count = steps_;
    }
}

FrameSpec FrameSource::spec(int index) const
{
    FrameSpec spec;
    if (!m_smooth) {
        spec.step = m_steps.at(index);
    } else if (index == 0) {
        spec.step = m_steps.at(0);
        spec.progress = 0.0;
    } else {
        const int k = (index - 1) % m_glide + 1; // 1..m_glide
        spec.step = m_steps.at((index - 1) / m_glide);
        spec.progress = static_cast<double>(k) / m_glide;
        if (spec.step > 0)
            spec.from = spec.step - 1;
        // The resting frame fills the rest of the step's second.
        if (k == m_glide)
            spec.ticks = std::max(1, m_fps - (m_glide - 1));
    }
    if (index == 0 || index == m_count - 1)
        spec.ticks += m_holdTicks;
    return spec;
}

StageFrame FrameSource::frame(int index) const
{
    const FrameSpec s = spec(index);
    StageFrame frame = frameAt(m_trace, s.step, m_style, s.progress, s.from);
    frame.caption = m_caption;
    return frame;
}

qint64 FrameSource::totalTicks() const
{
    if (!m_smooth)
        return m_count + (m_count > 1 ? 2 : 1) * static_cast<qint64>(m_holdTicks);
    qint64 total = 0;
    for (int i = 0; i < m_count; ++i)
        total += spec(i).ticks;
    return total;
}

void FrameSource::render(int index, QImage &image) const
{
    const FrameSpec s = spec(index);
    const bool sameStep = m_last && m_lastSpec.step == s.step && m_lastSpec.from == s.from
        && (m_lastSpec.progress < 1.0 || s.progress >= 1.0); // `before` is there when needed
    if (sameStep) {
        m_last->progress = s.progress;
    } else {
        m_last.reset(); // a big canvas's states are hundreds of MB: never two frames at once
        m_last = frame(index);
        m_lastSpec = s;
    }
    m_renderer.paint(image, *m_last);
}

void FrameSource::render(const StageFrame &frame, QImage &image)
{
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(image.rect()), frame);
}

std::vector<QRgb> knownColours(const Trace &trace, Theme theme)
{
    const StagePalette p = paletteFor(theme);
    std::vector<QRgb> colours;
    const auto add = [&](const QColor &c) {
        const QRgb rgb = c.rgb();
        if (std::find(colours.begin(), colours.end(), rgb) == colours.end())
            colours.push_back(rgb);
    };
    for (const QColor *c : {&p.background, &p.text, &p.mutedText, &p.gridLine, &p.cell, &p.padding,
                            &p.insertedZero, &p.pending, &p.focus, &p.window, &p.link, &p.cropped})
        add(*c);
    add(textOn(p.focus, p));
    const int elements = static_cast<int>(trace.problem.kernel.size());
    // Beyond a few dozen elements the colours repeat closely; the frames supply the rest.
    for (int e = 0; e < std::min(elements, 48); ++e) {
        add(kernelFill(e, theme));
        add(kernelStroke(e, theme));
    }
    return colours;
}

} // namespace convstep
