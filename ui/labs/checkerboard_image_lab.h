#pragma once

#include "core/grid.h"
#include "io/error.h"
#include "ui/render/stage_style.h"

#include <QImage>
#include <QWidget>

#include <array>
#include <optional>

// QCustomPlot stays out of headers: qcustomplot.h costs seconds per file that includes it.
class QCustomPlot;
class QComboBox;
class QLabel;
class QSpinBox;

namespace convstep {

class ImagePane;
class PlaybackModel;

// The checkerboard on a photo: the image's luminance, scaled down to at most maxSide a side,
// upsampled ×2 three ways by the core (transposed convolution with a constant 3×3 kernel and
// with a constant 4×4 kernel, both at stride 2, and nearest resize followed by a 3×3
// convolution), shown side by side and as one row's profile.
class CheckerboardImageLab final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxSide = 128;
    static constexpr int methodCount = 3;

    explicit CheckerboardImageLab(PlaybackModel *model, QWidget *parent = nullptr);
    ~CheckerboardImageLab() override;

    // The shipped sample photo (resources/images).
    static QString samplePath();

    // Decodes a PNG/JPEG/… file; on failure keeps the current image and shows the error in
    // the page as well as returning it.
    std::optional<Error> loadImageFile(const QString &path);
    void setImage(const QImage &image, const QString &name);

    const Grid &luminance() const { return m_luminance; }
    const Grid &result(int method) const { return m_results[static_cast<size_t>(method)]; }
    static QString methodTitle(int method);
    QString message() const;
    QSpinBox *rowBox() const { return m_row; }
    QWidget *profileWidget() const;
    // The profile's points of one method (tests).
    std::vector<double> profile(int method) const;

    // Luminance in [0, 1] of `image` scaled to fit maxSide × maxSide.
    static Grid luminanceOf(const QImage &image);
    // Grey image of a grid stretched from its minimum (black) to its maximum (white).
    static QImage normalised(const Grid &grid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openDialog();
    void compute();
    void showRow();
    void applyTheme();
    Theme theme() const;

    PlaybackModel *m_model = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_message = nullptr;
    QSpinBox *m_row = nullptr;
    QComboBox *m_zoom = nullptr;
    std::array<ImagePane *, methodCount> m_panes{};
    QCustomPlot *m_plot = nullptr;
    Grid m_luminance;
    std::array<Grid, methodCount> m_results;
};

} // namespace convstep
