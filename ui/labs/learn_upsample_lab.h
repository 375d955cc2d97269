#pragma once

#include "io/error.h"
#include "ui/labs/learn_run.h"
#include "ui/render/stage_style.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <array>
#include <atomic>
#include <optional>
#include <vector>

// QCustomPlot stays out of headers: qcustomplot.h costs seconds per file that includes it.
class QCustomPlot;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace convstep {

class LearnColumn;
class PlaybackModel;

// Labs → Learn to Upsample: super-resolution of a picture by s from its s×s block means. The
// three learned variants (transposed convolution with uneven and with even overlap, and
// resize-convolution) train side by side on a worker thread, next to nearest and bilinear as
// fixed baselines; each shows its output, kernel, overlap, PSNR and checkerboard meter, and
// the plots keep every step's loss and checkerboard energy.
class LearnUpsampleLab final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxSide = 256;
    static constexpr int minSide = 16;
    static constexpr int columnCount = learnedVariantCount + baselineCount;
    // Enough to see the checkerboard come and go and the learned kernels pass the fixed ones
    // within a few seconds, and stable for every variant at every scale on the lab photo.
    static constexpr double defaultLearningRate = 0.5;
    static constexpr int tickInterval = 30; // ms between a finished tick and the next

    explicit LearnUpsampleLab(PlaybackModel *model, QWidget *parent = nullptr);
    ~LearnUpsampleLab() override;

    static QString samplePath();
    // Decodes the file into the picture the lab trains on; on failure keeps the current one
    // and shows the error in the lab as well as returning it.
    std::optional<Error> loadImageFile(const QString &path);
    // The picture's luminance, scaled down to fit maxSide × maxSide.
    static Grid luminanceOf(const QImage &image);

    int step() const { return m_run.step; }
    const LearnRun &run() const { return m_run; }
    const std::vector<LearnRecord> &history() const { return m_history; }
    double baselinePsnr(Baseline baseline) const;
    double baselineEnergy(Baseline baseline) const;
    bool isRunning() const { return m_running; }
    // A tick is being computed on the worker thread, or its result is on its way to the lab.
    bool isBusy() const { return m_busy; }
    QString message() const;

    void setRunning(bool running);
    void stepOnce();
    // Back to step 0 with the current picture, seed, scale and learning rate, paused.
    void reset();

    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stepButton() const { return m_stepButton; }
    QPushButton *resetButton() const { return m_resetButton; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *scaleBox() const { return m_scale; }
    QComboBox *zoomBox() const { return m_zoom; }
    LearnColumn *column(int index) const { return m_columns[static_cast<size_t>(index)]; }
    QWidget *lossPlot() const;
    QWidget *energyPlot() const;
    // Points in a plot's graph (tests): loss graphs 0–2 learned, 3–4 baselines.
    int lossPoints(int graph) const;

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tick
    {
        LearnRun run;
        std::vector<LearnRecord> records;
    };

    void setImage(const Grid &luminance, const QString &source);
    void startTick(int steps);
    void tickFinished();
    void stopWorker();
    void refresh();
    void alignTitles();
    void refreshPlots(const std::vector<LearnRecord> &records, bool restart);
    void applyTheme();
    void updateButtons();
    void openDialog();
    Theme theme() const;
    LearnSettings settings() const;
    QString variantTitle(int variant) const;
    QString variantSubtitle(int variant) const;
    QString legendName(int variant) const;

    PlaybackModel *m_model = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stepButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_zoom = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_message = nullptr;
    std::array<LearnColumn *, columnCount> m_columns{};
    QCustomPlot *m_loss = nullptr;
    QCustomPlot *m_energy = nullptr;

    Grid m_picture; // the luminance, before it is cut to whole blocks
    LearnRun m_run;
    std::vector<LearnRecord> m_history;
    std::array<Grid, baselineCount> m_baselines;
    std::array<CountGrid, columnCount> m_overlaps;
    double m_pictureEnergy = 0.0;

    bool m_running = false;
    bool m_busy = false;
    int m_generation = 0; // a tick started before the last reset is dropped
    int m_tickGeneration = 0;
    std::atomic<bool> m_stop{false};
    QFutureWatcher<Tick> m_watcher;
    QTimer m_timer;
};

} // namespace convstep
