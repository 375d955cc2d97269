#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace convstep {

class PlaybackModel;
class TimelineWidget;

// Transport buttons, the timeline, "Step 7 of 16", the speed and "Follow along", under the
// stage. It installs no shortcuts: the main window owns the playback QActions.
//
// Who does what:
// - Standalone (tests, previews) the bar makes its own shortcut-less actions, connects them
//   to the model and toggles its play action's text and icon with playingChanged.
// - After setActions() the buttons show the given actions and the bar neither connects
//   their triggered() nor changes their text, icon or tooltip: the main window does that
//   (shortcuts, "Play"/"Pause" with playingChanged, tooltips with the shortcut).
// - Either way the bar keeps the shown actions enabled only where they can act (first and
//   back not on the first step, forward and last not on the last) and names each button
//   for accessibility after its action's text.
// The speed box and the Follow along button are the bar's own and bound to the model both
// ways, so the main window's faster/slower/follow actions stay in sync with them.
class PlaybackBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Control { First, Back, PlayPause, Forward, Last };

    explicit PlaybackBar(PlaybackModel *model, QWidget *parent = nullptr);

    // Null arguments keep the bar's own action for that button.
    void setActions(QAction *first, QAction *back, QAction *playPause, QAction *forward,
                    QAction *last);

    QToolButton *button(Control control) const;
    QAction *action(Control control) const;
    TimelineWidget *timeline() const { return m_timeline; }
    QLabel *stepLabel() const { return m_stepLabel; }
    QComboBox *speedBox() const { return m_speed; }
    QToolButton *followAlongButton() const { return m_follow; }

    // "Step 7 of 16" as shown.
    QString stepText() const;

    // The transport symbols drawn in the palette's button-text colour (and its disabled
    // colour), so they read in light and dark themes alike; Fusion's standard media icons
    // are dark on any background. The main window may use them for its actions too.
    static QIcon transportIcon(Control control, const QPalette &palette, bool pause = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createOwnActions();
    void useAction(Control control, QAction *action);
    void updateStep();
    void updateStepWidth();
    void updateOwnPlayAction(bool playing);
    void updateOwnIcons();
    void updateSpeed(double speed);
    void nameButton(Control control);

    // Guarded: a window tears down its model before the actions whose loss the bar handles.
    QPointer<PlaybackModel> m_model;
    QToolButton *m_buttons[5] = {};
    QAction *m_actions[5] = {};
    QAction *m_ownActions[5] = {};
    QMetaObject::Connection m_nameConnections[5];
    QMetaObject::Connection m_lossConnections[5];
    TimelineWidget *m_timeline = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QToolButton *m_follow = nullptr;
};

} // namespace convstep
