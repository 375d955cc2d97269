#pragma once

#include "core/weight_layout.h"

#include <QWidget>

class QVariantAnimation;

namespace convstep {

// The weight's four axes as labelled chips in the chosen framework's order ("C_out 2", "C_in 3",
// "kh 3", "kw 3"). Choosing another layout slides each chip to its new place, so the
// permutation is seen rather than read; the tuple under the chips is the shape.
class WeightAxesView final : public QWidget
{
    Q_OBJECT

public:
    explicit WeightAxesView(QWidget *parent = nullptr);

    // Animates from the current order unless `animate` is false (the first layout, a new
    // problem).
    void setLayout(const WeightLayout &layout, bool animate);
    const WeightLayout &weightLayout() const { return m_layout; }
    bool isAnimating() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WeightLayout m_layout;
    // Where each axis (by meaning) started, as a slot 0–3; the chips glide from there.
    std::array<int, 4> m_from{0, 1, 2, 3};
    double m_progress = 1.0;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace convstep
