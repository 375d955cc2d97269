#pragma once

#include "core/trace.h"

#include <QWidget>

#include <memory>
#include <set>

namespace convstep {

// A channel problem's layer at a glance: the input channels as one labelled stack of tiles, the
// output channels as another, each tile a channel's grid in shades (an output channel's cells
// fill in as the steps write them). The channels the current step reads and writes are
// outlined, so a step shows which (out, in) pairs it works through. With many channels the
// tiles shrink to a compact strip; a 2-D problem is one tile each side.
class ChannelStackView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelStackView(QWidget *parent = nullptr);

    // The trace and the step to show; the states are worked out here, once per step.
    void setStep(std::shared_ptr<const Trace> trace, int step);

    const std::set<int> &activeInputs() const { return m_inputs; }
    const std::set<int> &activeOutputs() const { return m_outputs; }
    // The tile of a channel, for the tests: `output` picks the side.
    QRectF tileRect(bool output, int channel) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Side
    {
        QRectF area;
        double tile = 0;
        double gap = 0;
        int columns = 1;
    };
    Side side(bool output) const;
    int channels(bool output) const;

    std::shared_ptr<const Trace> m_trace;
    std::vector<GridState> m_states;
    std::set<int> m_inputs;
    std::set<int> m_outputs;
};

} // namespace convstep
