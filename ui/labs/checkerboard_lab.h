#pragma once

#include "core/problem.h"
#include "ui/render/stage_style.h"

#include <QWidget>

#include <optional>
#include <vector>

// QCustomPlot stays out of headers: qcustomplot.h costs seconds per file that includes it.
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemRect;
class QCheckBox;
class QLabel;
class QSplitter;
class QSpinBox;
class QTabWidget;

namespace convstep {

class CheckerboardImageLab;
class PlaybackModel;

// The checkerboard lab. Its first page is the overlap count of a transposed convolution's
// output (how many input cells reach each output cell, from core's outputOverlapCounts) as a
// heat map, with the count along one row as a line; k and s come from its own spin boxes or
// follow the current transposed problem. Its second page runs three upsamplers on a photo.
class CheckerboardLab final : public QWidget
{
    Q_OBJECT

public:
    explicit CheckerboardLab(PlaybackModel *model, QWidget *parent = nullptr);
    ~CheckerboardLab() override;

    QSpinBox *kernelBox() const { return m_kernel; }
    QSpinBox *strideBox() const { return m_stride; }
    QSpinBox *inputBox() const { return m_input; }
    QSpinBox *rowBox() const { return m_row; }
    QCheckBox *followBox() const { return m_follow; }
    QTabWidget *tabs() const { return m_tabs; }
    CheckerboardImageLab *imageLab() const { return m_image; }
    QWidget *mapWidget() const;
    QWidget *profileWidget() const;

    // What is shown: the problem counted, the heat map's cells, the row profile's points and
    // the divisibility verdict.
    const Problem &problem() const { return m_problem; }
    CountGrid mapCounts() const;
    std::vector<double> profile() const;
    QString verdict() const;
    bool isEven() const { return m_even; }

    // Clicking the map picks the row under the pointer.
    void pickRowAt(QPoint mapPixel);
    QPoint mapPixelOf(int row, int col) const; // where an output cell is on mapWidget()

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildOverlapPage();
    void followProblem();
    void recount();
    void showRow();
    void fitMap();
    void refitMap();
    QMargins baseMargins() const;
    void applyTheme(); // stylePlots(), then recount() for the map's numbers
    void stylePlots();
    Theme theme() const;

    PlaybackModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_kernel = nullptr;
    QSpinBox *m_stride = nullptr;
    QSpinBox *m_input = nullptr;
    QSpinBox *m_row = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_verdict = nullptr;
    QSplitter *m_splitter = nullptr;
    QCustomPlot *m_mapPlot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPItemRect *m_rowMark = nullptr;
    QCustomPlot *m_profilePlot = nullptr;
    QCPGraph *m_profile = nullptr;
    CheckerboardImageLab *m_image = nullptr;
    Problem m_problem;
    CountGrid m_counts;
    bool m_even = false;
    int m_fitPasses = 0;
    QSize m_fittedSize; // the map's size its margins were fitted to
};

} // namespace convstep
