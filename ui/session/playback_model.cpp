#include "ui/session/playback_model.h"

#include "core/channels.h"
#include "core/gradient.h"
#include "core/step_mapping.h"

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr int stepMsAtNormalSpeed = 900;
constexpr int frameMs = 16; // about 60 frames a second while the kernel glides

bool isBoundaryPhase(Phase phase)
{
    return phase == Phase::Pad || phase == Phase::InsertZeros || phase == Phase::RotateKernel
        || phase == Phase::Crop;
}

} // namespace

PlaybackModel::PlaybackModel(QObject *parent)
    : QObject(parent)
{
    m_playTimer.setSingleShot(true);
    m_frameTimer.setInterval(frameMs);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_playTimer, &QTimer::timeout, this, &PlaybackModel::advance);
    connect(&m_frameTimer, &QTimer::timeout, this, &PlaybackModel::tick);
}

const std::vector<double> &PlaybackModel::speeds()
{
    static const std::vector<double> values{0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};
    return values;
}

const Problem *PlaybackModel::problem() const
{
    return m_trace ? &m_trace->problem : nullptr;
}

bool PlaybackModel::setProblem(const Problem &problem)
{
    if (auto error = validate(problem)) {
        m_error = std::move(error);
        emit errorChanged();
        return false;
    }
    const bool hadError = m_error.has_value();
    m_error.reset();
    // A view that stops applying (zero insertion after switching to convolution) falls back.
    const View wanted = m_preferred.value_or(m_view);
    m_preferred.reset();
    const View view = checkView(problem, wanted) ? View::Direct : wanted;
    retrace(problem, view, m_step);
    if (hadError)
        emit errorChanged();
    return true;
}

bool PlaybackModel::viewApplies(View view) const
{
    return m_trace && !checkView(m_trace->problem, view);
}

bool PlaybackModel::setView(View view)
{
    if (!viewApplies(view))
        return false;
    if (view == m_view)
        return true;
    Trace next = traced(m_trace->problem, view);
    const int step = passStep(*m_trace, m_step, next);
    retrace(std::move(next), step);
    return true;
}

void PlaybackModel::setUpstream(const Grid &upstream)
{
    if (upstream.rows() == m_upstream.rows() && upstream.cols() == m_upstream.cols()
        && upstream == m_upstream)
        return;
    m_upstream = upstream;
    if (m_trace && isBackward(m_view))
        retrace(m_trace->problem, m_view, m_step);
}

Trace PlaybackModel::traced(const Problem &problem, View view) const
{
    return makeTrace(problem, view,
                     isBackward(view) ? fittedUpstream(problem, m_upstream) : Grid());
}

void PlaybackModel::retrace(const Problem &problem, View view, std::optional<int> keepStep)
{
    retrace(traced(problem, view), keepStep);
}

void PlaybackModel::retrace(Trace trace, std::optional<int> keepStep)
{
    const View view = trace.view;
    const bool viewChange = view != m_view;
    m_trace = std::make_shared<const Trace>(std::move(trace));
    m_view = view;
    m_hover.reset();
    m_links.clear();
    m_transpose = 1.0;
    const bool hadFront = m_frontIn || m_frontOut;
    m_frontIn.reset();
    m_frontOut.reset();
    if (hadFront)
        emit frontChannelsChanged(m_frontIn, m_frontOut);
    if (m_selection && m_selection->role != GridRole::Source
        && m_selection->role != GridRole::Kernel)
        m_selection.reset();
    emit traceChanged();
    if (viewChange)
        emit viewChanged(view);
    m_before.reset(); // the old trace's
    m_after.reset();
    showStep(std::clamp(keepStep.value_or(0), 0, m_trace->stepCount - 1), false);
    emit hoverChanged();
}

void PlaybackModel::setStep(int step)
{
    if (!m_trace)
        return;
    step = std::clamp(step, 0, m_trace->stepCount - 1);
    if (step == m_step && m_progress >= 1.0)
        return;
    showStep(step, std::abs(step - m_step) == 1);
}

void PlaybackModel::next()
{
    setStep(m_step + 1);
}

void PlaybackModel::previous()
{
    setStep(m_step - 1);
}

void PlaybackModel::first()
{
    setStep(0);
}

void PlaybackModel::last()
{
    setStep(stepCount() - 1);
}

void PlaybackModel::replayStep()
{
    if (m_trace)
        showStep(m_step, true);
}

void PlaybackModel::showStep(int step, bool glide)
{
    const int from = m_step;
    m_step = step;
    m_current = stepAt(*m_trace, step);
    // A state of a 4096×4096 canvas takes over 200 MB: the state after a step is the one
    // before the next, so a step to a neighbour keeps one, and old states go before new ones
    // are made (retrace drops the old trace's first).
    auto before = step == from + 1 ? m_after : step == from ? m_before : nullptr;
    auto after = step == from - 1 ? m_before : step == from ? m_after : nullptr;
    m_before.reset();
    m_after.reset();
    m_before = before ? std::move(before)
                      : std::make_shared<const GridState>(stateAfter(*m_trace, step - 1));
    m_after =
        after ? std::move(after) : std::make_shared<const GridState>(stateAfter(*m_trace, step));
    m_from = glide ? std::optional<int>(from) : std::nullopt;
    if (m_frontIn || m_frontOut) {
        const StepChannels now = stepChannels(*m_trace, m_current);
        const auto keeps = [](const std::vector<int> &list, std::optional<int> channel) {
            return channel && std::find(list.begin(), list.end(), *channel) != list.end()
                ? channel
                : std::nullopt;
        };
        const std::optional<int> in = keeps(now.ins, m_frontIn);
        const std::optional<int> out = keeps(now.outs, m_frontOut);
        if (in != m_frontIn || out != m_frontOut) {
            m_frontIn = in;
            m_frontOut = out;
            emit frontChannelsChanged(m_frontIn, m_frontOut);
        }
    }
    updateFrontStates();
    const bool animate = glide && m_animated;
    m_progress = animate ? 0.0 : 1.0;
    if (animate) {
        m_glideClock.start();
        m_frameTimer.start();
    } else {
        m_frameTimer.stop();
    }
    if (m_hover)
        updateLinks();
    emit stepChanged(m_step);
    emit frameChanged();
    if (m_playing) {
        if (m_step >= m_trace->stepCount - 1)
            setPlaying(false);
        else
            m_playTimer.start(intervalMs());
    }
}

void PlaybackModel::advance()
{
    if (!m_trace || m_step >= m_trace->stepCount - 1) {
        setPlaying(false);
        return;
    }
    const bool pause = m_followAlong && pausesAfter(m_step);
    next();
    if (pause)
        setPlaying(false);
}

// Follow-along pauses land on the last step before a phase boundary, or on a boundary step
// (pad, zero insertion, crop) itself, so the teacher can talk before the next phase.
bool PlaybackModel::pausesAfter(int step) const
{
    const Phase now = phaseOf(*m_trace, step);
    const Phase then = phaseOf(*m_trace, step + 1);
    return now != then && (isBoundaryPhase(now) || isBoundaryPhase(then));
}

void PlaybackModel::tick()
{
    const double duration = std::min(0.45 * intervalMs(), 380.0);
    m_progress = std::min(1.0, m_glideClock.elapsed() / duration);
    if (m_progress >= 1.0)
        m_frameTimer.stop();
    emit frameChanged();
}

int PlaybackModel::intervalMs() const
{
    return static_cast<int>(std::lround(stepMsAtNormalSpeed / m_speed));
}

void PlaybackModel::setPlaying(bool playing)
{
    if (playing && m_trace && m_step >= m_trace->stepCount - 1)
        first(); // play from the start after the end
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (playing)
        m_playTimer.start(m_progress < 1.0 ? intervalMs() : intervalMs() / 2);
    else
        m_playTimer.stop();
    emit playingChanged(playing);
}

void PlaybackModel::togglePlaying()
{
    setPlaying(!m_playing);
}

void PlaybackModel::setSpeed(double speed)
{
    const auto &values = speeds();
    const auto nearest =
        std::min_element(values.begin(), values.end(), [speed](double a, double b) {
            return std::fabs(a - speed) < std::fabs(b - speed);
        });
    if (*nearest == m_speed)
        return;
    m_speed = *nearest;
    if (m_playing)
        m_playTimer.start(intervalMs());
    emit speedChanged(m_speed);
}

void PlaybackModel::faster()
{
    const auto &values = speeds();
    const auto it = std::upper_bound(values.begin(), values.end(), m_speed);
    if (it != values.end())
        setSpeed(*it);
}

void PlaybackModel::slower()
{
    const auto &values = speeds();
    const auto it = std::lower_bound(values.begin(), values.end(), m_speed);
    if (it != values.begin())
        setSpeed(*std::prev(it));
}

void PlaybackModel::setFollowAlong(bool on)
{
    if (on == m_followAlong)
        return;
    m_followAlong = on;
    emit followAlongChanged(on);
}

void PlaybackModel::setHover(std::optional<StageCell> cell)
{
    if (cell == m_hover)
        return;
    m_hover = cell;
    updateLinks();
    emit hoverChanged();
    emit frameChanged();
}

void PlaybackModel::updateLinks()
{
    m_links = m_hover && m_trace ? linksOf(frame(), *m_hover) : std::vector<Mac>{};
}

bool PlaybackModel::takesChannels() const
{
    return m_trace && hasChannels(m_trace->problem) && m_trace->view != View::Matrix;
}

StepChannels PlaybackModel::frontChannels() const
{
    if (!m_trace)
        return {};
    if (!takesChannels())
        return stepChannels(*m_trace, m_current);
    return chosenChannels(*m_trace, m_current, m_frontIn, m_frontOut);
}

void PlaybackModel::showChannel(GridRole deck, int channel)
{
    if (!takesChannels())
        return;
    const ChannelShape s = channelShape(m_trace->problem);
    switch (deck) {
    case GridRole::Source: {
        if (channel < 0 || channel >= s.in)
            return;
        // An output channel of another group gives way.
        const bool keepsOut = m_frontOut && s.groupOfOut(*m_frontOut) == s.groupOfIn(channel);
        setFront(channel, keepsOut ? m_frontOut : std::nullopt);
        return;
    }
    case GridRole::Target: {
        if (channel < 0 || channel >= s.out)
            return;
        const bool keepsIn = m_frontIn && s.groupOfIn(*m_frontIn) == s.groupOfOut(channel);
        setFront(keepsIn ? m_frontIn : std::nullopt, channel);
        return;
    }
    case GridRole::Kernel: {
        if (channel < 0 || channel >= s.lead * s.inner)
            return;
        const ChannelPair pair = pairOfKernel(m_trace->problem, channel);
        setFront(pair.in, pair.out);
        return;
    }
    default:
        return;
    }
}

void PlaybackModel::cycleChannel(GridRole deck, int delta)
{
    if (!takesChannels())
        return;
    const ChannelShape s = channelShape(m_trace->problem);
    const StepChannels front = frontChannels();
    const auto next = [delta](int channel, int count) {
        return ((channel + delta) % count + count) % count;
    };
    if (deck == GridRole::Source)
        showChannel(deck, next(front.in, s.in));
    else if (deck == GridRole::Target)
        showChannel(deck, next(front.out, s.out));
}

void PlaybackModel::setFront(std::optional<int> in, std::optional<int> out)
{
    if (in == m_frontIn && out == m_frontOut)
        return;
    m_frontIn = in;
    m_frontOut = out;
    updateFrontStates();
    if (m_hover)
        updateLinks();
    emit frontChannelsChanged(m_frontIn, m_frontOut);
    emit frameChanged();
}

void PlaybackModel::updateFrontStates()
{
    m_frontBefore.reset();
    m_frontAfter.reset();
    if (!takesChannels() || (!m_frontIn && !m_frontOut))
        return;
    const int out = frontChannels().out;
    if (out == stepChannels(*m_trace, m_current).out)
        return;
    m_frontBefore = std::make_shared<const GridState>(channelStateAfter(*m_trace, m_step - 1, out));
    m_frontAfter = std::make_shared<const GridState>(channelStateAfter(*m_trace, m_step, out));
}

void PlaybackModel::setSelection(std::optional<StageCell> cell)
{
    if (cell == m_selection)
        return;
    m_selection = cell;
    emit selectionChanged();
    emit frameChanged();
}

void PlaybackModel::setTranspose(double turn)
{
    m_transpose = std::clamp(turn, 0.0, 1.0);
    emit frameChanged();
}

void PlaybackModel::setStyle(const StageStyle &style)
{
    m_style = style;
    emit styleChanged();
    emit frameChanged();
}

StageFrame PlaybackModel::frame() const
{
    StageFrame frame;
    if (!m_trace)
        return frame;
    frame.trace = m_trace;
    frame.step = m_current;
    if (m_from && m_progress < 1.0) {
        Step previous = stepAt(*m_trace, *m_from);
        if (previous.phase == m_current.phase)
            frame.previous = std::move(previous);
    }
    frame.before = m_frontBefore ? m_frontBefore : m_before;
    frame.after = m_frontAfter ? m_frontAfter : m_after;
    if (takesChannels()) {
        frame.frontIn = m_frontIn;
        frame.frontOut = m_frontOut;
    }
    frame.progress = m_progress;
    frame.transpose = m_transpose;
    frame.links = m_links;
    frame.hover = m_hover;
    frame.selection = m_selection;
    frame.style = m_style;
    return frame;
}

} // namespace convstep
