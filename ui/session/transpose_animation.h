#pragma once

#include "core/trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace convstep {

class PlaybackModel;

// The matrix view's Transpose: C turns into Cᵀ (entry (r, c) moving to (c, r)) over about a
// second at 60 frames a second, through PlaybackModel::setTranspose, then playback replays
// Cᵀ·x row by row from the first step.
class TransposeAnimation final : public QObject
{
    Q_OBJECT

public:
    explicit TransposeAnimation(PlaybackModel *model, QObject *parent = nullptr);

    // Starts on the model's current trace, which must be in the matrix view.
    void start();
    void stop(); // leaves the matrix turned, without playing
    bool isRunning() const { return m_timer.isActive(); }

    void setDuration(int ms) { m_durationMs = ms; }
    int duration() const { return m_durationMs; }
    void setPlaysAfter(bool plays) { m_playsAfter = plays; } // off in tests

signals:
    void finished();

private:
    void tick();

    PlaybackModel *m_model = nullptr;
    std::shared_ptr<const Trace> m_trace;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_durationMs = 1000;
    bool m_playsAfter = true;
};

} // namespace convstep
