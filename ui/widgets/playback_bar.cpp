#include "ui/widgets/playback_bar.h"

#include "ui/session/playback_model.h"
#include "ui/widgets/timeline_widget.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr int controlCount = 5;

int indexOf(PlaybackBar::Control control)
{
    return static_cast<int>(control);
}

QString speedText(double speed)
{
    return QString::number(speed, 'g', 3) + QChar(0x00D7);
}

// A right-pointing triangle in the unit square's coordinates.
void addTriangle(QPainterPath &path, qreal left, qreal width, qreal top, qreal bottom)
{
    path.moveTo(left, top);
    path.lineTo(left + width, (top + bottom) / 2);
    path.lineTo(left, bottom);
    path.closeSubpath();
}

// The symbol pointing forward; First and Back are its mirror images.
QPainterPath symbol(PlaybackBar::Control control, bool pause)
{
    using Control = PlaybackBar::Control;
    QPainterPath path;
    switch (control) {
    case Control::PlayPause:
        if (pause) {
            path.addRect(0.27, 0.2, 0.16, 0.6);
            path.addRect(0.57, 0.2, 0.16, 0.6);
        } else {
            addTriangle(path, 0.3, 0.5, 0.18, 0.82);
        }
        break;
    case Control::Back:
    case Control::Forward:
        addTriangle(path, 0.16, 0.34, 0.26, 0.74);
        addTriangle(path, 0.5, 0.34, 0.26, 0.74);
        break;
    case Control::First:
    case Control::Last:
        addTriangle(path, 0.12, 0.3, 0.26, 0.74);
        addTriangle(path, 0.42, 0.3, 0.26, 0.74);
        path.addRect(0.74, 0.26, 0.11, 0.48);
        break;
    }
    return path;
}

QPixmap symbolPixmap(const QPainterPath &path, bool mirrored, int size, const QColor &colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (mirrored) {
        painter.translate(size, 0);
        painter.scale(-1, 1);
    }
    painter.scale(size, size);
    painter.fillPath(path.simplified(), colour);
    return pixmap;
}

} // namespace

PlaybackBar::PlaybackBar(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Playback"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->setSpacing(2);

    createOwnActions();
    for (int i = 0; i < controlCount; ++i) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setIconSize(QSize(20, 20));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_buttons[i] = button;
        row->addWidget(button);
        useAction(static_cast<Control>(i), m_ownActions[i]);
    }

    row->addSpacing(10);
    m_timeline = new TimelineWidget(model, this);
    row->addWidget(m_timeline, 1);
    row->addSpacing(10);

    m_stepLabel = new QLabel(this);
    m_stepLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_stepLabel->setAccessibleName(tr("Current step"));
    row->addWidget(m_stepLabel);
    row->addSpacing(10);

    m_speed = new QComboBox(this);
    for (double speed : PlaybackModel::speeds())
        m_speed->addItem(speedText(speed), speed);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_speed);
    row->addSpacing(4);

    m_follow = new QToolButton(this);
    m_follow->setText(tr("Follow along"));
    m_follow->setCheckable(true); // a bevel shows it is a switch, not a label
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow->setAccessibleName(tr("Follow along"));
    m_follow->setToolTip(tr("Follow along: pause at each phase boundary (after padding, after "
                            "zero insertion, before the crop)"));
    row->addWidget(m_follow);

    connect(m_model, &PlaybackModel::traceChanged, this, &PlaybackBar::updateStepWidth);
    connect(m_model, &PlaybackModel::stepChanged, this, &PlaybackBar::updateStep);
    connect(m_model, &PlaybackModel::playingChanged, this, &PlaybackBar::updateOwnPlayAction);
    connect(m_model, &PlaybackModel::speedChanged, this, &PlaybackBar::updateSpeed);
    connect(m_model, &PlaybackModel::followAlongChanged, m_follow, &QToolButton::setChecked);
    connect(m_follow, &QToolButton::toggled, m_model, &PlaybackModel::setFollowAlong);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_model->setSpeed(m_speed->itemData(index).toDouble());
    });

    updateStepWidth();
    updateStep();
    updateSpeed(m_model->speed());
    updateOwnPlayAction(m_model->isPlaying());
    m_follow->setChecked(m_model->followAlong());
}

void PlaybackBar::createOwnActions()
{
    struct Own
    {
        QString text;
        void (PlaybackModel::*slot)();
    };
    const Own own[controlCount] = {
        {tr("First step"), &PlaybackModel::first},   {tr("Step back"), &PlaybackModel::previous},
        {tr("Play"), &PlaybackModel::togglePlaying}, {tr("Step forward"), &PlaybackModel::next},
        {tr("Last step"), &PlaybackModel::last},
    };
    for (int i = 0; i < controlCount; ++i) {
        auto *action = new QAction(own[i].text, this);
        connect(action, &QAction::triggered, m_model, own[i].slot);
        m_ownActions[i] = action;
    }
    updateOwnIcons();
}

QIcon PlaybackBar::transportIcon(Control control, const QPalette &palette, bool pause)
{
    const QPainterPath path = symbol(control, pause);
    const bool mirrored = control == Control::First || control == Control::Back;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 40, 48}) {
        icon.addPixmap(symbolPixmap(path, mirrored, size,
                                    palette.color(QPalette::Active, QPalette::ButtonText)));
        icon.addPixmap(symbolPixmap(path, mirrored, size,
                                    palette.color(QPalette::Disabled, QPalette::ButtonText)),
                       QIcon::Disabled);
    }
    return icon;
}

void PlaybackBar::updateOwnIcons()
{
    for (int i = 0; i < controlCount; ++i)
        m_ownActions[i]->setIcon(
            transportIcon(static_cast<Control>(i), palette(),
                          i == indexOf(Control::PlayPause) && m_model && m_model->isPlaying()));
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateOwnIcons();
    if (event->type() == QEvent::FontChange) {
        // Classroom mode's larger text: a step counter as wide, transport symbols as large.
        updateStepWidth();
        const int side = std::max(20, fontMetrics().height());
        for (QToolButton *button : m_buttons)
            button->setIconSize(QSize(side, side));
    }
    QWidget::changeEvent(event);
}

void PlaybackBar::setActions(QAction *first, QAction *back, QAction *playPause, QAction *forward,
                             QAction *last)
{
    QAction *const given[controlCount] = {first, back, playPause, forward, last};
    for (int i = 0; i < controlCount; ++i)
        useAction(static_cast<Control>(i), given[i] ? given[i] : m_ownActions[i]);
    updateStep();
}

void PlaybackBar::useAction(Control control, QAction *action)
{
    const int i = indexOf(control);
    disconnect(m_nameConnections[i]);
    // A tool button with more than one action shows a menu arrow: drop the one it had.
    if (m_actions[i] && m_actions[i] != action)
        m_buttons[i]->removeAction(m_actions[i]);
    m_actions[i] = action;
    m_buttons[i]->setDefaultAction(action);
    nameButton(control);
    // The main window renames "Play" to "Pause"; the button's accessible name follows.
    m_nameConnections[i] =
        connect(action, &QAction::changed, this, [this, control] { nameButton(control); });
    // A window's action deleted before the bar: fall back to the bar's own, never dangle.
    disconnect(m_lossConnections[i]);
    if (action != m_ownActions[i])
        m_lossConnections[i] = connect(action, &QObject::destroyed, this, [this, control] {
            useAction(control, m_ownActions[indexOf(control)]);
            updateStep();
        });
}

void PlaybackBar::nameButton(Control control)
{
    const int i = indexOf(control);
    m_buttons[i]->setAccessibleName(m_actions[i]->iconText());
}

QToolButton *PlaybackBar::button(Control control) const
{
    return m_buttons[indexOf(control)];
}

QAction *PlaybackBar::action(Control control) const
{
    return m_actions[indexOf(control)];
}

QString PlaybackBar::stepText() const
{
    return m_stepLabel->text();
}

void PlaybackBar::updateStepWidth()
{
    // Wide enough for the largest step number, so the timeline does not jump while playing.
    const int count = std::max(m_model->stepCount(), 1);
    const QString widest = tr("Step %1 of %2").arg(count).arg(count);
    m_stepLabel->setMinimumWidth(m_stepLabel->fontMetrics().horizontalAdvance(widest) + 4);
    updateStep();
}

void PlaybackBar::updateStep()
{
    if (!m_model)
        return;
    const int count = m_model->stepCount();
    const int step = m_model->step();
    m_stepLabel->setText(count > 0 ? tr("Step %1 of %2").arg(step + 1).arg(count) : tr("No steps"));
    m_stepLabel->setAccessibleDescription(m_stepLabel->text()); // its name says what it is
    m_actions[indexOf(Control::First)]->setEnabled(count > 0 && step > 0);
    m_actions[indexOf(Control::Back)]->setEnabled(count > 0 && step > 0);
    m_actions[indexOf(Control::PlayPause)]->setEnabled(count > 1);
    m_actions[indexOf(Control::Forward)]->setEnabled(step < count - 1);
    m_actions[indexOf(Control::Last)]->setEnabled(step < count - 1);
}

void PlaybackBar::updateOwnPlayAction(bool playing)
{
    QAction *play = m_ownActions[indexOf(Control::PlayPause)];
    play->setText(playing ? tr("Pause") : tr("Play"));
    play->setIcon(transportIcon(Control::PlayPause, palette(), playing));
}

void PlaybackBar::updateSpeed(double speed)
{
    int nearest = 0;
    for (int i = 1; i < m_speed->count(); ++i)
        if (std::fabs(m_speed->itemData(i).toDouble() - speed)
            < std::fabs(m_speed->itemData(nearest).toDouble() - speed))
            nearest = i;
    const QSignalBlocker block(m_speed);
    m_speed->setCurrentIndex(nearest);
}

} // namespace convstep
