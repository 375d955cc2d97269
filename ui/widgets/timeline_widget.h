#pragma once

#include "core/trace.h"
#include "ui/widgets/timeline_layout.h"

#include <QList>
#include <QWidget>

#include <vector>

namespace convstep {

class PlaybackModel;

// The steps of the trace as a track of phase segments with a playhead. Click or drag to
// scrub, arrows/Home/End/PageUp/PageDown when focused. It paints only what it stored from
// the model's signals; phases are painted as spans, so 4,000 steps cost no more than 16.
// Steps are spaced evenly within a phase, but a short phase (the one pad step among 4,096
// slides) gets room for its label, so it can be seen, read and clicked.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(PlaybackModel *model, QWidget *parent = nullptr);

    int step() const { return m_step; }
    int stepCount() const { return m_stepCount; }
    const QList<PhaseSpan> &phases() const { return m_phases; }

    // The step↔x mapping the widget paints and scrubs with: each step owns a slot of its
    // phase's segment; stepAtX clamps to [0, stepCount) and returns -1 with no trace.
    QRectF trackRect() const;
    int stepAtX(qreal x) const;
    qreal xOfStep(int step) const; // centre of the step's slot
    QRectF phaseRect(int index) const; // the segment of phases()[index] on the track

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void takeTrace();
    void takeStep(int step);
    void scrubTo(qreal x);
    void setHoverStep(int step);
    QString describeStep(int step) const;
    int spanOf(int step) const;
    Phase phaseAt(int step) const;
    const std::vector<qreal> &edges() const;
    qreal slotWidth(int span) const;
    void paintSpans(QPainter &painter, const QRectF &track) const;
    void paintPlayhead(QPainter &painter, const QRectF &track) const;

    PlaybackModel *m_model = nullptr;
    QList<PhaseSpan> m_phases;
    int m_stepCount = 0;
    int m_step = 0;
    int m_hoverStep = -1;
    bool m_dragging = false;
    // Segment boundaries (phases + 1 x positions), laid out for m_edgesTrack.
    mutable std::vector<qreal> m_edges;
    mutable QRectF m_edgesTrack;
};

} // namespace convstep
