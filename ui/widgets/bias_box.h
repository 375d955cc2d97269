#pragma once

#include <QDoubleSpinBox>

#include <vector>

namespace convstep {

// The Problem panel's bias term. It writes the bias the way the stage writes numbers ("0.5",
// not "0.5000"; the value keeps four decimals). While a channel problem gives a bias per output
// channel, the one number is not in use: the box is disabled, says "per channel" and lists the
// biases in its tooltip.
class BiasBox final : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit BiasBox(QWidget *parent = nullptr);

    // Empty: the box's value is the bias of every output cell.
    void setChannelBiases(const std::vector<double> &biases);
    bool perChannel() const { return !m_shown.isEmpty(); }

    QString textFromValue(double value) const override;

private:
    QString m_shown; // what the box says instead of its value; empty: its value
};

} // namespace convstep
