#pragma once

#include "core/result.h"
#include "core/trace.h"
#include "io/error.h"
#include "ui/render/stage_style.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QToolButton;

namespace convstep {

class PlaybackModel;
class NoticeBar;
class UpsamplingView;

// "Ways to upsample": nearest, bilinear, bed of nails, max unpooling and a transposed
// convolution on the same input, played together by one clock. The clock runs over the
// longest trace; every method is at the same fraction of its own steps, so all five start
// together and finish together on their last steps. The input, scale, align_corners and the
// transposed convolution's kernel are edited here, once for all five; a method the core
// rejects shows the core's message in its place.
class UpsamplingLab final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int methodCount = 5;

    // The model only lends its stage style (theme); it may be null.
    explicit UpsamplingLab(PlaybackModel *model = nullptr, QWidget *parent = nullptr);

    QLineEdit *inputEdit() const { return m_input; }
    QSpinBox *scaleBox() const { return m_scale; }
    QCheckBox *alignBox() const { return m_align; }
    QLineEdit *kernelEdit() const { return m_kernel; }
    UpsamplingView *view() const { return m_view; }
    QString errorText() const;

    // The traced problem of a method (none if the core rejected it) and where it stands.
    const Trace *trace(int method) const;
    int stepOf(int method) const; // -1 without a trace
    int tick() const { return m_tick; }
    int tickCount() const { return m_ticks; }
    bool isPlaying() const { return m_playing; }

    void setTick(int tick);
    void next();
    void previous();
    void first();
    void last();
    void setPlaying(bool playing);
    void togglePlaying();
    // Off: every step is shown complete at once (tests).
    void setAnimated(bool animated) { m_animated = animated; }
    // Milliseconds per tick while playing (the speed box sets it; tests shorten it).
    void setTickInterval(int ms);
    int tickInterval() const { return m_interval; }

signals:
    void tickChanged(int tick);
    void playingChanged(bool playing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildTransport();
    Result<Problem, ProblemError> problemFor(int method, const Grid &input) const;
    void rebuild();
    int stepAtTick(int method, int tick) const;
    void showTick(int tick, bool glide);
    void refreshTiles();
    void updateTransport();
    void advance();
    Theme theme() const;

    PlaybackModel *m_model = nullptr;
    QLineEdit *m_input = nullptr;
    QSpinBox *m_scale = nullptr;
    QCheckBox *m_align = nullptr;
    QLineEdit *m_kernel = nullptr;
    NoticeBar *m_error = nullptr;
    UpsamplingView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_speed = nullptr;
    std::array<QToolButton *, 5> m_buttons{}; // first, back, play, forward, last
    bool m_kernelEdited = false;

    std::array<std::shared_ptr<const Trace>, methodCount> m_traces;
    std::array<QString, methodCount> m_errors;
    int m_ticks = 1;
    int m_tick = 0;
    std::optional<int> m_fromTick; // the tick the glide comes from
    double m_progress = 1.0;
    bool m_playing = false;
    bool m_animated = true;
    int m_interval = 650;
    QTimer m_playTimer;
    QTimer m_frameTimer;
    QElapsedTimer m_glideClock;
};

// "1 2; 3 4" (rows split by ';' or new lines, numbers by spaces or commas) as a grid, or why
// it is not one.
Result<Grid, Error> parseGridText(const QString &text);
QString gridToText(const Grid &grid);

} // namespace convstep
