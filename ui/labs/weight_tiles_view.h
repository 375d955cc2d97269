#pragma once

#include "core/weight_layout.h"

#include <QWidget>

#include <set>
#include <utility>

namespace convstep {

// The 4-D weight as a grid of kernel tiles: a row per output channel, a column per input
// channel. Only pairs of one group have a kernel, so groups show as blocks on the diagonal
// (depthwise: the diagonal alone); the other cells stay empty. Each tile names its place in
// the chosen framework's layout and shows its kernel: numbers while they fit, shades when many
// channels make the tiles small. The (out, in) pairs of the current step are outlined.
class WeightTilesView final : public QWidget
{
    Q_OBJECT

public:
    explicit WeightTilesView(QWidget *parent = nullptr);

    void setProblem(const Problem *problem);
    void setLayout(WeightFramework framework);
    void setActivePairs(std::set<std::pair<int, int>> pairs); // (out, in)
    const std::set<std::pair<int, int>> &activePairs() const { return m_active; }

    // The tile rectangle of a pair, empty for a pair of two groups; public for the tests.
    QRectF tileRect(int out, int in) const;
    // What the tile of (out, in) is called in the chosen layout: "W[1, 0]", "kernel[:, :, 0, 1]".
    QString tileName(int out, int in) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override; // a tile's tooltip: its name in the layout
    void paintEvent(QPaintEvent *event) override;

private:
    struct Frame
    {
        QRectF grid;
        double cell = 0;
    };
    Frame frame() const;
    void paintTile(QPainter &painter, const QRectF &rect, const Grid &kernel, double largest) const;

    const Problem *m_problem = nullptr;
    ChannelShape m_shape;
    WeightFramework m_framework = WeightFramework::PyTorch;
    std::set<std::pair<int, int>> m_active;
};

} // namespace convstep
