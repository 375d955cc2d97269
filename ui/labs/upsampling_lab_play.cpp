#include "ui/labs/upsampling_lab.h"
#include "ui/labs/upsampling_view.h"
#include "ui/widgets/playback_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

// The lab's clock: transport buttons, slider and keys, playing and stepping.
namespace convstep {

QWidget *UpsamplingLab::buildTransport()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const char *names[] = {"labFirst", "labBack", "labPlay", "labForward", "labLast"};
    const QString tips[] = {tr("First step (Home)"), tr("Step back (Left)"), tr("Play (Space)"),
                            tr("Step forward (Right)"), tr("Last step (End)")};
    for (size_t i = 0; i < m_buttons.size(); ++i) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QLatin1String(names[i]));
        button->setToolTip(tips[i]);
        button->setAccessibleName(QString(tips[i]).section(QLatin1String(" ("), 0, 0));
        button->setAutoRaise(true);
        button->installEventFilter(this);
        row->addWidget(button);
        m_buttons[i] = button;
    }
    connect(m_buttons[0], &QToolButton::clicked, this, &UpsamplingLab::first);
    connect(m_buttons[1], &QToolButton::clicked, this, &UpsamplingLab::previous);
    connect(m_buttons[2], &QToolButton::clicked, this, &UpsamplingLab::togglePlaying);
    connect(m_buttons[3], &QToolButton::clicked, this, &UpsamplingLab::next);
    connect(m_buttons[4], &QToolButton::clicked, this, &UpsamplingLab::last);
    m_slider = new QSlider(Qt::Horizontal, bar);
    m_slider->setObjectName(QStringLiteral("labSlider"));
    m_slider->setAccessibleName(tr("Step"));
    m_slider->setAccessibleDescription(tr("How far the five methods have got"));
    m_slider->installEventFilter(this);
    connect(m_slider, &QSlider::valueChanged, this, [this](int tick) {
        if (tick != m_tick)
            showTick(tick, false);
    });
    m_stepLabel = new QLabel(bar);
    m_speed = new QComboBox(bar);
    m_speed->setObjectName(QStringLiteral("labSpeed"));
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (double speed : {0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(1);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { setTickInterval(static_cast<int>(650 / m_speed->currentData().toDouble())); });
    row->addWidget(m_slider, 1);
    row->addWidget(m_stepLabel);
    row->addWidget(m_speed);
    m_view->installEventFilter(this);
    return bar;
}

void UpsamplingLab::setTick(int tick)
{
    showTick(tick, std::abs(tick - m_tick) == 1);
}

void UpsamplingLab::next()
{
    setTick(m_tick + 1);
}

void UpsamplingLab::previous()
{
    setTick(m_tick - 1);
}

void UpsamplingLab::first()
{
    setTick(0);
}

void UpsamplingLab::last()
{
    setTick(m_ticks - 1);
}

void UpsamplingLab::showTick(int tick, bool glide)
{
    tick = std::clamp(tick, 0, m_ticks - 1);
    m_fromTick = glide && tick != m_tick ? std::optional<int>(m_tick) : std::nullopt;
    m_tick = tick;
    const bool animate = m_fromTick && m_animated;
    m_progress = animate ? 0.0 : 1.0;
    if (animate) {
        m_glideClock.start();
        m_frameTimer.start();
    } else {
        m_frameTimer.stop();
    }
    refreshTiles();
    updateTransport();
    emit tickChanged(m_tick);
    if (m_playing) {
        if (m_tick >= m_ticks - 1)
            setPlaying(false);
        else
            m_playTimer.start(m_interval);
    }
}

void UpsamplingLab::updateTransport()
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(m_tick);
    }
    m_stepLabel->setText(tr("%1 / %2").arg(m_tick + 1).arg(m_ticks));
    using Control = PlaybackBar::Control;
    const Control controls[] = {Control::First, Control::Back, Control::PlayPause, Control::Forward,
                                Control::Last};
    for (size_t i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setIcon(
            PlaybackBar::transportIcon(controls[i], palette(), i == 2 && m_playing));
    m_buttons[2]->setToolTip(m_playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_buttons[2]->setAccessibleName(m_playing ? tr("Pause") : tr("Play"));
    const bool any =
        std::any_of(m_traces.begin(), m_traces.end(), [](const auto &t) { return t != nullptr; });
    if (any && m_tick >= m_ticks - 1)
        m_summary->setText(
            tr("<b>All five have finished.</b> Nearest, bilinear, bed of nails and max "
               "unpooling are fixed rules with nothing to learn; only the transposed "
               "convolution has weights, which training sets."));
    else
        m_summary->setText(tr("Play (Space) to watch all five fill in together; each is the "
                              "same fraction of its own steps."));
}

void UpsamplingLab::advance()
{
    if (m_tick >= m_ticks - 1) {
        setPlaying(false);
        return;
    }
    next();
}

void UpsamplingLab::setPlaying(bool playing)
{
    if (playing && m_tick >= m_ticks - 1)
        first(); // play from the start after the end
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (playing)
        m_playTimer.start(m_interval / 2);
    else
        m_playTimer.stop();
    updateTransport();
    emit playingChanged(playing);
}

void UpsamplingLab::setTickInterval(int ms)
{
    m_interval = std::max(ms, 1);
    if (m_playing)
        m_playTimer.start(m_interval);
}

void UpsamplingLab::togglePlaying()
{
    setPlaying(!m_playing);
}

// The window's own Space, arrows, Home and End drive the main stage; inside the lab's
// transport and view they drive the lab instead.
bool UpsamplingLab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    const std::pair<int, void (UpsamplingLab::*)()> keys[] = {
        {Qt::Key_Space, &UpsamplingLab::togglePlaying},
        {Qt::Key_Left, &UpsamplingLab::previous},
        {Qt::Key_Right, &UpsamplingLab::next},
        {Qt::Key_Home, &UpsamplingLab::first},
        {Qt::Key_End, &UpsamplingLab::last},
    };
    for (const auto &[code, action] : keys) {
        if (key->key() != code)
            continue;
        event->accept();
        if (event->type() == QEvent::KeyPress)
            (this->*action)();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void UpsamplingLab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTransport();
}

} // namespace convstep
