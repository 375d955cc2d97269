#pragma once

#include <QWidget>

namespace convstep {

class PlaybackModel;

// The current step's arithmetic in large type under the stage ("3·1 + 5·2 + … = 55"), with
// the running totals on the right: "cells done: 7 of 16" for the gather views, "products so
// far: 12" (and the hovered output cell's running sum) for the scatter view. The text comes
// from calculationText() and the totals from the model's GridState; nothing is recomputed.
class CalculationStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit CalculationStrip(PlaybackModel *model, QWidget *parent = nullptr);

    // Classroom mode enlarges the strip; 1.0 is the normal size, clamped to [0.5, 4].
    void setFontScale(double scale);
    double fontScale() const { return m_scale; }

    QString calculation() const { return m_full; } // complete, as calculationText() gives it
    QString shownCalculation() const { return m_lhs + m_rhs; } // as painted, maybe elided
    bool isElided() const { return m_elided; }
    QString totals() const { return m_totals; }
    QString shownTotals() const { return m_shownTotals; } // as painted, maybe elided

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
    QFont arithmeticFont(bool bold = false) const;
    QFont totalsFont() const;
    QRect totalsRect() const;
    QRect calculationRect() const;

    PlaybackModel *m_model = nullptr;
    double m_scale = 1.0;
    QString m_full;
    QString m_lhs; // the painted products, possibly cut at a term with " + …"
    QString m_rhs; // " = 55", painted in bold and never elided
    bool m_elided = false;
    QString m_totals;
    QString m_shownTotals;
};

} // namespace convstep
