#pragma once

#include "core/calculation.h"
#include "ui/render/calculation_layout.h"

#include <QWidget>

namespace convstep {

class PlaybackModel;

// The current step's arithmetic in large type under the stage ("3·1 + 5·2 + 2·1 = 55"), with
// the running totals on the right: "cells done: 7 of 16" for the gather views, "products so
// far: 12" (and the hovered output cell's running sum) for the scatter view. The terms come
// from calculationOf() and the totals from the model's GridState; nothing is recomputed.
//
// Every term of the step is written: a long sum shrinks (never below minimumFontPixels(),
// 13 px at font scale 1) and wraps to up to three lines, and only a sum that cannot fit even
// then is grouped, "… + 4·2 (+ 40 more products = 312) = 355", the full sum in the tooltip.
// The strip keeps the height of the most lines a step of the trace has needed, so the stage
// does not jump while it plays.
class CalculationStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit CalculationStrip(PlaybackModel *model, QWidget *parent = nullptr);

    // Classroom mode enlarges the strip; 1.0 is the normal size, clamped to [0.5, 4].
    void setFontScale(double scale);
    double fontScale() const { return m_scale; }

    static constexpr int maxLines = 3;
    int minimumFontPixels() const; // the smallest the arithmetic is set, at this font scale

    QString calculation() const { return m_full; } // complete, as calculationText() gives it
    QString shownCalculation() const { return m_lines.text(); } // as painted, on one line
    const CalculationLines &calculationLines() const { return m_lines; }
    bool isGrouped() const { return m_lines.grouped; }
    QRect calculationRect() const; // where the arithmetic is set, left of the totals
    QString totals() const { return m_totals; }
    QString shownTotals() const { return m_shownTotals; } // as painted, maybe elided

    // Predict mode: while the step on show is still to be predicted its arithmetic would give
    // the answer away, so a note stands in for it.
    void setWithheld(bool withheld);
    bool isWithheld() const { return m_withheld; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void takeStep();
    void takeTotals();
    void relayout();
    QFont arithmeticFont() const;
    QFont totalsFont() const;
    QRect totalsRect() const;

    PlaybackModel *m_model = nullptr;
    double m_scale = 1.0;
    Calculation m_calculation;
    QString m_full;
    CalculationLines m_lines;
    bool m_withheld = false;
    int m_reservedLines = 1; // the most lines a step has needed since the trace or width changed
    QString m_totals;
    QString m_shownTotals;
};

} // namespace convstep
