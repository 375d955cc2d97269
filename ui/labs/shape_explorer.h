#pragma once

#include "core/shape_sweep.h"
#include "ui/render/stage_style.h"

#include <QWidget>

#include <utility>
#include <vector>

// QCustomPlot stays out of headers: qcustomplot.h costs seconds per file that includes it.
class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QComboBox;
class QLabel;
class QSpinBox;
class QTextBrowser;

namespace convstep {

class PlaybackModel;

// The shape explorer: output rows of the current problem against its input size, stride or
// padding, one line per convention (PyTorch integer padding, with output_padding for a
// transposed convolution, Keras 'valid' and 'same'), the places where they differ marked, and
// a panel saying why. The sizes come from core's sweepShapes (geometryOf underneath).
class ShapeExplorer final : public QWidget
{
    Q_OBJECT

public:
    explicit ShapeExplorer(PlaybackModel *model, QWidget *parent = nullptr);
    ~ShapeExplorer() override;

    void setProblem(const Problem &problem);
    void setVariable(SweepVariable variable);
    SweepVariable variable() const;

    const ShapeSweep &sweep() const { return m_sweep; }
    // A series' points as plotted (NaN where the convention rejects the problem), and how
    // many points the marks of one kind put on the plot.
    std::vector<std::pair<double, double>> plotted(int series) const;
    int plottedMarks(ShapeDifference kind) const;
    QString explanation() const;
    QComboBox *variableBox() const { return m_variable; }
    QWidget *plotWidget() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    Theme theme() const;

    PlaybackModel *m_model = nullptr;
    QComboBox *m_variable = nullptr;
    QLabel *m_summary = nullptr;
    QCustomPlot *m_plot = nullptr;
    std::vector<QCPGraph *> m_series;
    std::vector<QCPGraph *> m_marks; // one per ShapeDifference
    QCPItemStraightLine *m_now = nullptr;
    QTextBrowser *m_text = nullptr;
    Problem m_problem;
    bool m_hasProblem = false;
    ShapeSweep m_sweep;
};

} // namespace convstep
