#include "ui/session/transpose_animation.h"

#include "ui/session/playback_model.h"

namespace convstep {

TransposeAnimation::TransposeAnimation(PlaybackModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TransposeAnimation::tick);
    // A new problem or view ends the turn; the new trace starts turned.
    connect(m_model, &PlaybackModel::traceChanged, this, [this] {
        if (isRunning() && m_model->trace() != m_trace)
            m_timer.stop();
    });
}

void TransposeAnimation::start()
{
    if (!m_model->trace() || m_model->view() != View::Matrix)
        return;
    m_trace = m_model->trace();
    m_model->setPlaying(false);
    m_model->first();
    m_model->setTranspose(0.0);
    m_clock.start();
    m_timer.start();
}

void TransposeAnimation::stop()
{
    if (!isRunning())
        return;
    m_timer.stop();
    if (m_model->trace() == m_trace)
        m_model->setTranspose(1.0);
}

void TransposeAnimation::tick()
{
    const double t = m_durationMs > 0 ? m_clock.elapsed() / static_cast<double>(m_durationMs) : 1.0;
    if (t < 1.0) {
        m_model->setTranspose(t);
        return;
    }
    m_timer.stop();
    m_model->setTranspose(1.0);
    emit finished();
    if (m_playsAfter)
        m_model->setPlaying(true);
}

} // namespace convstep
