#pragma once

#include "core/grid.h"
#include "ui/render/stage_style.h"

#include <QImage>
#include <QWidget>

namespace convstep {

// What one column of the Learn to Upsample lab shows of its upsampler.
struct LearnColumnData
{
    QString title;
    QString subtitle; // how it upsamples, and whether its overlap is even
    QImage picture; // the output, 0 black to 1 white
    Grid kernel;
    CountGrid overlap; // a window of the overlap map
    double psnr = 0.0;
    // The learned variants: PSNR minus the best fixed upsampler's; NaN for the fixed ones.
    double psnrGain = 0.0;
    double energy = 0.0; // the checkerboard meter
    QString note; // e.g. that the training diverged; empty when all is well
};

// One upsampler: title, output picture, kernel heat map and overlap map side by side, PSNR
// and the checkerboard meter, painted in the stage's palette.
class LearnColumn final : public QWidget
{
    Q_OBJECT

public:
    explicit LearnColumn(QWidget *parent = nullptr);

    void display(const LearnColumnData &data, const QColor &series, const StagePalette &palette);
    // Shows the middle 1/zoom of the picture on each side, so its pixels are large enough to
    // show a checkerboard (a picture drawn smaller than itself would alias it away).
    void setZoom(int zoom);
    // Title and subtitle height at the current width; the lab gives every column the tallest,
    // so the pictures and maps line up across the columns.
    int titleHeight() const;
    void setTitleReserve(int height);
    const LearnColumnData &data() const { return m_data; }

    // Text of the two readouts, as painted (tests, accessibility).
    QString psnrText() const;
    QString energyText() const;
    // Where the kernel's and the overlap map's cells are painted.
    QRect kernelRect() const;
    QRect overlapRect() const;
    QRect pictureRect() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Areas
    {
        QRect title;
        QRect picture;
        QRect kernelCaption;
        QRect kernel;
        QRect overlapCaption;
        QRect overlap;
        QRect psnr;
        QRect energy;
        QRect meter;
    };
    Areas areas() const;
    QFont titleFont() const;
    QFont smallFont() const;
    void paintKernel(QPainter &p, const QRect &area) const;
    void paintOverlap(QPainter &p, const QRect &area) const;

    LearnColumnData m_data;
    QColor m_series;
    int m_zoom = 1;
    int m_titleReserve = 0;
    StagePalette m_palette;
};

} // namespace convstep
