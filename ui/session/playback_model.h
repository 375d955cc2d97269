#pragma once

#include "ui/render/stage_frame.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace convstep {

// Playback state of the stage: which trace, which step, playing or not, how fast, and what
// the pointer is hovering. Widgets observe it through its signals and paint from frame().
class PlaybackModel final : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackModel(QObject *parent = nullptr);

    // Traces a problem. An invalid problem (or a view it cannot be shown in) keeps the current
    // trace and reports the error; returns whether the problem was taken.
    bool setProblem(const Problem &problem);
    const Problem *problem() const;
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    const std::optional<ProblemError> &error() const { return m_error; }

    View view() const { return m_view; }
    bool setView(View view); // keeps the step meaningful; false if the view does not apply
    bool viewApplies(View view) const;
    // The view the next setProblem shows, where it applies (a lesson opened in its own view
    // is traced once, not once more in the direct view first).
    void preferView(View view) { m_preferred = view; }

    // The upstream gradient ∂L/∂y the backward views start from, kept across changes of the
    // output's shape (fittedUpstream); empty: all ones.
    void setUpstream(const Grid &upstream);

    int step() const { return m_step; }
    int stepCount() const { return m_trace ? m_trace->stepCount : 0; }
    void setStep(int step);
    void next();
    void previous();
    void first();
    void last();
    // Plays the current step again from its start, as reaching it does (predict mode reveals
    // the first step this way).
    void replayStep();

    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);
    void togglePlaying();

    double speed() const { return m_speed; }
    void setSpeed(double speed); // snapped to speeds()
    void faster();
    void slower();
    static const std::vector<double> &speeds();

    // Stop playback at each phase boundary (after padding, after zero insertion, before crop).
    bool followAlong() const { return m_followAlong; }
    void setFollowAlong(bool on);

    // Off: every step change is shown complete at once (tests, scrubbing, exports).
    void setAnimated(bool animated) { m_animated = animated; }
    double progress() const { return m_progress; }

    void setHover(std::optional<StageCell> cell);
    const std::optional<StageCell> &hover() const { return m_hover; }
    const std::vector<Mac> &links() const { return m_links; }

    // A channel problem's channels brought to the front of the stage's decks (nullopt: the
    // step's own). `deck` is the grid whose tile was picked: Source an input channel, Target an
    // output channel, Kernel a kernel in the weight's layout (its pair). A choice lasts while the
    // steps work on that channel and goes with a new trace; the matrix view ignores it.
    void showChannel(convstep::GridRole deck, int channel);
    void cycleChannel(convstep::GridRole deck, int delta); // the next (+1) or previous (−1)
    std::optional<int> frontInput() const { return m_frontIn; }
    std::optional<int> frontOutput() const { return m_frontOut; }
    StepChannels frontChannels() const; // the channels the stage shows

    void setSelection(std::optional<StageCell> cell);
    const std::optional<StageCell> &selection() const { return m_selection; }

    // Matrix view: how far C has turned into Cᵀ; the Transpose animation drives it, and a new
    // trace puts it back to 1 (turned).
    void setTranspose(double turn);
    double transpose() const { return m_transpose; }

    const StageStyle &style() const { return m_style; }
    void setStyle(const StageStyle &style);

    // The picture of the current moment, for the stage widget.
    StageFrame frame() const;
    const Step &currentStep() const { return m_current; }
    const GridState &state() const { return *m_after; }

signals:
    void traceChanged();
    void errorChanged();
    void viewChanged(convstep::View view);
    void stepChanged(int step);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void followAlongChanged(bool on);
    void frameChanged(); // anything the stage paints changed, including animation ticks
    void hoverChanged();
    void frontChannelsChanged(std::optional<int> input, std::optional<int> output);
    void selectionChanged();
    void styleChanged();

private:
    void retrace(const Problem &problem, View view, std::optional<int> keepStep);
    void retrace(Trace trace, std::optional<int> keepStep);
    Trace traced(const Problem &problem, View view) const;
    void showStep(int step, bool glide);
    void advance();
    void tick();
    void updateLinks();
    bool takesChannels() const;
    void setFront(std::optional<int> in, std::optional<int> out);
    void updateFrontStates();
    int intervalMs() const;
    bool pausesAfter(int step) const;

    std::shared_ptr<const Trace> m_trace;
    std::optional<ProblemError> m_error;
    View m_view = View::Direct;
    std::optional<View> m_preferred;
    Grid m_upstream;
    int m_step = 0;
    std::optional<int> m_from;
    Step m_current;
    std::shared_ptr<const GridState> m_before; // shared with the frames handed out
    std::shared_ptr<const GridState> m_after;
    double m_progress = 1.0;
    double m_transpose = 1.0;
    bool m_playing = false;
    bool m_followAlong = false;
    bool m_animated = true;
    double m_speed = 1.0;
    std::optional<StageCell> m_hover;
    std::optional<StageCell> m_selection;
    std::vector<Mac> m_links;
    std::optional<int> m_frontIn;
    std::optional<int> m_frontOut;
    // The states of an output channel in front that the step does not write (else empty).
    std::shared_ptr<const GridState> m_frontBefore;
    std::shared_ptr<const GridState> m_frontAfter;
    StageStyle m_style;
    QTimer m_playTimer;
    QTimer m_frameTimer;
    QElapsedTimer m_glideClock;
};

} // namespace convstep
