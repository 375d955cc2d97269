#pragma once

#include "core/weight_layout.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace convstep {

class ChannelStackView;
class PlaybackModel;
class WeightAxesView;
class WeightTilesView;

// The weight tensor inspector: the layer's input and output channels as stacks (the channels
// of the current step outlined), the current problem's weight as kernel tiles (rows = output
// channels, columns = input channels, groups on the diagonal), a layout switch — PyTorch,
// Keras, TensorFlow's tf.nn, ONNX — that slides the four axes into each framework's order and
// prints the shape it expects, and a check that says whose layout a given shape is. The pairs
// of the current step are outlined as the trace plays.
class WeightInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit WeightInspector(PlaybackModel *model, QWidget *parent = nullptr);

    WeightFramework framework() const;
    void setFramework(WeightFramework framework);
    // Checks a shape typed as "3, 3, 3, 2" or "(3, 3, 3, 2)".
    void checkShape(const QString &text);

    QComboBox *layoutBox() const { return m_layout; }
    QLabel *shapeLabel() const { return m_shape; }
    QLabel *permuteLabel() const { return m_permute; }
    QLabel *stepLabel() const { return m_step; }
    QLineEdit *shapeEdit() const { return m_check; }
    QLabel *verdictLabel() const { return m_verdict; }
    WeightAxesView *axes() const { return m_axes; }
    WeightTilesView *tiles() const { return m_tiles; }
    ChannelStackView *stacks() const { return m_stacks; }

private:
    void problemChanged();
    void layoutChanged(bool animate);
    void stepChanged();

    PlaybackModel *m_model = nullptr;
    QComboBox *m_layout = nullptr;
    QLabel *m_shape = nullptr;
    QLabel *m_permute = nullptr;
    QLabel *m_step = nullptr;
    QLineEdit *m_check = nullptr;
    QLabel *m_verdict = nullptr;
    WeightAxesView *m_axes = nullptr;
    WeightTilesView *m_tiles = nullptr;
    ChannelStackView *m_stacks = nullptr;
};

} // namespace convstep
