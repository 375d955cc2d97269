#include "ui/labs/learn_upsample_lab.h"

#include "core/overlap.h"
#include "ui/labs/lab_picture.h"
#include "ui/labs/lab_plot_style.h"
#include "ui/labs/learn_column.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace convstep {
namespace {

constexpr int lossGraphs = learnedVariantCount + baselineCount;
// Log axes cannot show 0: a meter of exactly 0 is drawn at this floor.
constexpr double logFloor = 1e-16;

QImage pictureOf(const Grid &grid)
{
    QImage image(static_cast<int>(grid.cols()), static_cast<int>(grid.rows()),
                 QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = static_cast<uchar>(std::lround(255.0 * std::clamp(grid(y, x), 0.0, 1.0)));
    }
    return image;
}

double mse(const Grid &a, const Grid &b)
{
    return (a - b).squaredNorm() / static_cast<double>(b.size());
}

void setLogAxis(QCPAxis *axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
}

QCustomPlot *makePlot(QWidget *parent, const QString &name, const QString &label)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumHeight(120);
    plot->xAxis->setLabel(QCoreApplication::translate("LearnUpsampleLab", "step"));
    plot->yAxis->setLabel(label);
    setLogAxis(plot->yAxis);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return plot;
}

} // namespace

LearnUpsampleLab::LearnUpsampleLab(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("learnRun"));
    m_runButton->setCheckable(true);
    m_runButton->setToolTip(tr("Train all three variants, or pause them (Alt+R)"));
    m_stepButton = new QPushButton(tr("&Step"), this);
    m_stepButton->setObjectName(QStringLiteral("learnStep"));
    m_stepButton->setToolTip(tr("One SGD update of every variant"));
    m_resetButton = new QPushButton(tr("Reset to step &0"), this);
    m_resetButton->setObjectName(QStringLiteral("learnReset"));
    m_resetButton->setToolTip(tr("Back to the initial kernels, step 0"));

    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("learnRate"));
    m_rate->setAccessibleName(tr("Learning rate"));
    m_rate->setToolTip(tr("SGD learning rate (momentum 0.9); it applies from the next step"));
    m_rate->setDecimals(3);
    m_rate->setRange(0.001, 5.0);
    m_rate->setSingleStep(0.05);
    m_rate->setValue(defaultLearningRate);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("learnSeed"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("Seed of the initial kernels"));
    m_seed->setRange(1, 99999);
    m_seed->setValue(1);
    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("learnScale"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("How many times larger the output is on each side"));
    for (int s = limits::minTrainScale; s <= limits::maxTrainScale; ++s)
        m_scale->addItem(tr("×%1").arg(s), s);
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("learnZoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setToolTip(tr("How much of the pictures to show, around their centre"));
    for (int z : {1, 2, 4, 8})
        m_zoom->addItem(z == 1 ? tr("Whole") : tr("%1×").arg(z), z);
    m_zoom->setCurrentIndex(m_zoom->findData(4));
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("learnStepLabel"));

    auto *sample = new QPushButton(tr("Lab ph&oto"), this);
    sample->setObjectName(QStringLiteral("learnSample"));
    sample->setToolTip(tr("Train on the built-in photo"));
    auto *open = new QPushButton(tr("&Your image…"), this);
    open->setObjectName(QStringLiteral("learnOpenImage"));
    open->setToolTip(tr("Train on a picture of your own (grey, at most %1×%1)").arg(maxSide));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("learnSource"));
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("learnMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    const auto labelled = [this](QHBoxLayout *bar, const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        bar->addWidget(label);
        bar->addWidget(buddy);
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_runButton);
    bar->addWidget(m_stepButton);
    bar->addWidget(m_resetButton);
    bar->addSpacing(8);
    labelled(bar, tr("Learning rate:"), m_rate);
    labelled(bar, tr("See&d:"), m_seed);
    labelled(bar, tr("Scale:"), m_scale);
    bar->addStretch(1);
    bar->addWidget(m_stepLabel);
    // The picture on a row of its own, so that the lab fits a small screen.
    auto *pictureBar = new QHBoxLayout;
    pictureBar->addWidget(sample);
    pictureBar->addWidget(open);
    labelled(pictureBar, tr("&Zoom:"), m_zoom);
    pictureBar->addSpacing(8);
    pictureBar->addWidget(m_source, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(2);
    for (auto &column : m_columns) {
        column = new LearnColumn(this);
        columns->addWidget(column, 1);
    }

    m_loss = makePlot(this, QStringLiteral("learnLossPlot"), tr("loss (MSE)"));
    m_loss->setAccessibleName(tr("Loss of every upsampler by step, log scale"));
    m_energy = makePlot(this, QStringLiteral("learnEnergyPlot"), tr("checkerboard energy"));
    m_energy->setAccessibleName(tr("Checkerboard energy of the learned upsamplers by step"));
    for (int i = 0; i < lossGraphs; ++i)
        m_loss->addGraph();
    for (int i = 0; i <= learnedVariantCount; ++i)
        m_energy->addGraph();
    // Legends three to a row: low enough to leave the curves' tails in sight.
    for (QCustomPlot *plot : {m_loss, m_energy}) {
        plot->legend->setWrap(3);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    auto *plots = new QHBoxLayout;
    plots->addWidget(m_loss, 1);
    plots->addWidget(m_energy, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addLayout(pictureBar);
    layout->addWidget(m_message);
    layout->addLayout(columns, 5);
    layout->addLayout(plots, 3);

    m_timer.setSingleShot(true);
    m_timer.setInterval(tickInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] { startTick(stepsPerTick(m_run.step)); });
    connect(&m_watcher, &QFutureWatcher<Tick>::finished, this, &LearnUpsampleLab::tickFinished);
    connect(m_runButton, &QPushButton::toggled, this, &LearnUpsampleLab::setRunning);
    connect(m_stepButton, &QPushButton::clicked, this, &LearnUpsampleLab::stepOnce);
    connect(m_resetButton, &QPushButton::clicked, this, &LearnUpsampleLab::reset);
    connect(m_seed, &QSpinBox::valueChanged, this, &LearnUpsampleLab::reset);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &LearnUpsampleLab::reset);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        for (LearnColumn *column : m_columns)
            column->setZoom(m_zoom->currentData().toInt());
    });
    for (LearnColumn *column : m_columns)
        column->setZoom(m_zoom->currentData().toInt());
    connect(sample, &QPushButton::clicked, this, [this] { loadImageFile(samplePath()); });
    connect(open, &QPushButton::clicked, this, &LearnUpsampleLab::openDialog);
    if (m_model)
        connect(m_model, &PlaybackModel::styleChanged, this, &LearnUpsampleLab::applyTheme);

    loadImageFile(samplePath());
    applyTheme();
}

LearnUpsampleLab::~LearnUpsampleLab()
{
    m_running = false;
    m_timer.stop();
    stopWorker();
}

QString LearnUpsampleLab::samplePath()
{
    return QStringLiteral(":/images/lab-photo.png");
}

QWidget *LearnUpsampleLab::lossPlot() const
{
    return m_loss;
}

QWidget *LearnUpsampleLab::energyPlot() const
{
    return m_energy;
}

int LearnUpsampleLab::lossPoints(int graph) const
{
    return m_loss->graph(graph)->dataCount();
}

QString LearnUpsampleLab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

Theme LearnUpsampleLab::theme() const
{
    return m_model ? m_model->style().theme : Theme::Light;
}

LearnSettings LearnUpsampleLab::settings() const
{
    LearnSettings s;
    s.scale = m_scale->currentData().toInt();
    s.learningRate = m_rate->value();
    s.momentum = 0.9;
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

Grid LearnUpsampleLab::luminanceOf(const QImage &image)
{
    return pictureLuminance(image, maxSide);
}

std::optional<Error> LearnUpsampleLab::loadImageFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    const QString name =
        path.startsWith(QLatin1Char(':')) ? tr("lab photo") : QFileInfo(path).fileName();
    QString error;
    if (image.isNull())
        error = tr("Could not open “%1” as an image: %2.").arg(name, reader.errorString());
    else if (image.width() < minSide || image.height() < minSide)
        error = tr("“%1” is %2×%3 pixels; the lab needs at least %4×%4.")
                    .arg(name)
                    .arg(image.width())
                    .arg(image.height())
                    .arg(minSide);
    if (!error.isEmpty()) {
        const QString text = tr("%1 The lab keeps its current picture.").arg(error);
        m_message->setText(text);
        m_message->show();
        return Error{text};
    }
    m_message->hide();
    const Grid luminance = luminanceOf(image);
    setImage(luminance,
             tr("%1: %2×%3, grey %4×%5")
                 .arg(name)
                 .arg(image.width())
                 .arg(image.height())
                 .arg(luminance.cols())
                 .arg(luminance.rows()));
    return std::nullopt;
}

void LearnUpsampleLab::setImage(const Grid &luminance, const QString &source)
{
    m_picture = luminance;
    m_source->setText(source);
    m_source->setToolTip(source);
    reset();
}

void LearnUpsampleLab::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an Image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        loadImageFile(path);
}

double LearnUpsampleLab::baselinePsnr(Baseline baseline) const
{
    return psnr(m_baselines[static_cast<size_t>(baseline)], m_run.image);
}

double LearnUpsampleLab::baselineEnergy(Baseline baseline) const
{
    return checkerboardEnergy(m_baselines[static_cast<size_t>(baseline)], m_run.settings.scale);
}

// The tick in flight, if any, ends after its current step and its result is dropped.
void LearnUpsampleLab::stopWorker()
{
    m_stop = true;
    m_watcher.waitForFinished();
    ++m_generation;
    m_busy = false;
}

void LearnUpsampleLab::reset()
{
    if (m_picture.size() == 0)
        return;
    m_running = false;
    m_timer.stop();
    stopWorker();
    const LearnSettings s = settings();
    m_run = startLearnRun(m_picture, s);
    m_history.assign(1, recordOf(m_run));
    const Grid &image = m_run.image;
    m_baselines[static_cast<size_t>(Baseline::Nearest)] = nearestBaseline(image, s.scale);
    m_baselines[static_cast<size_t>(Baseline::Bilinear)] = bilinearBaseline(image, s.scale);
    m_pictureEnergy = checkerboardEnergy(image, s.scale);
    for (int v = 0; v < learnedVariantCount; ++v)
        m_overlaps[static_cast<size_t>(v)] = overlapMap(m_run.trainings[static_cast<size_t>(v)]);
    for (int b = 0; b < baselineCount; ++b)
        m_overlaps[static_cast<size_t>(learnedVariantCount + b)] = overlapMap(
            Baseline(b), static_cast<int>(image.rows()), static_cast<int>(image.cols()), s.scale);
    {
        const QSignalBlocker block(m_runButton);
        m_runButton->setChecked(false);
    }
    refreshPlots(m_history, true);
    refresh();
    updateButtons();
}

void LearnUpsampleLab::setRunning(bool running)
{
    if (running && m_run.step >= limits::maxTrainSteps)
        running = false;
    m_running = running;
    {
        const QSignalBlocker block(m_runButton);
        m_runButton->setChecked(running);
    }
    if (running && !isBusy())
        startTick(stepsPerTick(m_run.step));
    if (!running)
        m_timer.stop();
    updateButtons();
}

void LearnUpsampleLab::stepOnce()
{
    if (m_running || isBusy())
        return;
    startTick(1);
}

void LearnUpsampleLab::startTick(int steps)
{
    if (isBusy())
        return;
    m_stop = false;
    m_busy = true;
    m_tickGeneration = m_generation;
    const double rate = m_rate->value();
    m_watcher.setFuture(QtConcurrent::run([this, run = m_run, steps, rate]() mutable {
        Tick tick;
        tick.records = advanceRun(run, steps, rate, m_stop);
        tick.run = std::move(run);
        return tick;
    }));
    updateButtons();
}

void LearnUpsampleLab::tickFinished()
{
    if (m_watcher.isCanceled() || m_tickGeneration != m_generation)
        return; // dropped by stopWorker
    m_busy = false;
    Tick tick = m_watcher.result();
    m_run = std::move(tick.run);
    m_history.insert(m_history.end(), tick.records.begin(), tick.records.end());
    refreshPlots(tick.records, false);
    refresh();
    if (m_run.step >= limits::maxTrainSteps)
        setRunning(false);
    if (m_running)
        m_timer.start();
    updateButtons();
}

void LearnUpsampleLab::updateButtons()
{
    // Alt+R in both states: the letters of "Pause" are the main window's mnemonics, which
    // stay live over a floating lab.
    m_runButton->setText(m_running ? tr("Pause") : tr("&Run"));
    m_runButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    m_runButton->setAccessibleName(m_running ? tr("Pause training") : tr("Run training"));
    m_stepButton->setEnabled(!m_running);
    m_stepLabel->setText(tr("Step %1").arg(m_run.step));
}

QString LearnUpsampleLab::variantTitle(int variant) const
{
    const int s = m_run.settings.scale;
    if (variant == static_cast<int>(LearnedVariant::ResizeConv))
        return tr("Resize-conv");
    if (variant == learnedVariantCount + static_cast<int>(Baseline::Nearest))
        return tr("Nearest");
    if (variant == learnedVariantCount + static_cast<int>(Baseline::Bilinear))
        return tr("Bilinear");
    return tr("Transposed k=%1, s=%2").arg(learnedKernelSide(LearnedVariant(variant), s)).arg(s);
}

// Short, for the legends: the colours tie each line to its column.
QString LearnUpsampleLab::legendName(int variant) const
{
    const int s = m_run.settings.scale;
    if (variant == static_cast<int>(LearnedVariant::UnevenTransposed)
        || variant == static_cast<int>(LearnedVariant::EvenTransposed))
        return tr("k=%1, s=%2").arg(learnedKernelSide(LearnedVariant(variant), s)).arg(s);
    return variantTitle(variant);
}

QString LearnUpsampleLab::variantSubtitle(int variant) const
{
    const int s = m_run.settings.scale;
    if (variant == static_cast<int>(LearnedVariant::ResizeConv))
        return tr("learned: nearest ×%1, then 3×3 conv").arg(s);
    if (variant >= learnedVariantCount)
        return tr("fixed, not trained");
    const bool even = overlapPattern(learnedKernelSide(LearnedVariant(variant), s), s).even();
    return even ? tr("learned: even overlap") : tr("learned: uneven overlap");
}

void LearnUpsampleLab::refresh()
{
    const StagePalette palette = paletteFor(theme());
    const int s = m_run.settings.scale;
    const double bestFixed =
        std::max(baselinePsnr(Baseline::Nearest), baselinePsnr(Baseline::Bilinear));
    for (int i = 0; i < columnCount; ++i) {
        LearnColumnData data;
        data.title = variantTitle(i);
        data.subtitle = variantSubtitle(i);
        const Grid *output = nullptr;
        if (i < learnedVariantCount) {
            const Training &t = m_run.trainings[static_cast<size_t>(i)];
            output = &t.output;
            data.kernel = t.kernel;
            data.psnr = psnr(t.output, m_run.image);
            data.psnrGain = data.psnr - bestFixed;
            if (m_run.diverged[static_cast<size_t>(i)])
                data.note =
                    tr("Diverged at step %1: lower the learning rate and reset.").arg(t.step + 1);
        } else {
            const auto b = Baseline(i - learnedVariantCount);
            output = &m_baselines[static_cast<size_t>(b)];
            data.kernel = impulseResponse(baselineOp(b), s);
            data.psnr = baselinePsnr(b);
            data.psnrGain = std::numeric_limits<double>::quiet_NaN();
        }
        data.picture = pictureOf(*output);
        data.overlap = overlapWindow(m_overlaps[static_cast<size_t>(i)], s);
        data.energy = checkerboardEnergy(*output, s);
        m_columns[static_cast<size_t>(i)]->display(data, seriesColour(i, theme()), palette);
        m_columns[static_cast<size_t>(i)]->setToolTip(
            tr("Checkerboard: the energy of the output's period-%1 pattern, the mean squared "
               "difference between the means of its %1×%1 phases and the picture's mean. "
               "PSNR: against the original picture, in decibels.")
                .arg(s));
    }
    alignTitles();
}

void LearnUpsampleLab::alignTitles()
{
    int tallest = 0;
    for (const LearnColumn *column : m_columns)
        tallest = std::max(tallest, column->titleHeight());
    for (LearnColumn *column : m_columns)
        column->setTitleReserve(tallest);
}

void LearnUpsampleLab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    alignTitles();
}

void LearnUpsampleLab::refreshPlots(const std::vector<LearnRecord> &records, bool restart)
{
    for (int v = 0; v < learnedVariantCount; ++v) {
        QVector<double> steps, loss, energy;
        for (const LearnRecord &r : records) {
            if (m_run.diverged[static_cast<size_t>(v)]
                && !std::isfinite(r.loss[static_cast<size_t>(v)]))
                continue;
            steps << r.step;
            loss << std::max(r.loss[static_cast<size_t>(v)], logFloor);
            energy << std::max(r.energy[static_cast<size_t>(v)], logFloor);
        }
        if (restart) {
            m_loss->graph(v)->setName(legendName(v));
            m_energy->graph(v)->setName(legendName(v));
            m_loss->graph(v)->setData(steps, loss, true);
            m_energy->graph(v)->setData(steps, energy, true);
        } else {
            m_loss->graph(v)->addData(steps, loss, true);
            m_energy->graph(v)->addData(steps, energy, true);
        }
    }
    // The fixed upsamplers and the picture's own period-s pattern are flat lines.
    const double last = std::max(m_run.step, 10);
    for (int b = 0; b < baselineCount; ++b) {
        const double value =
            std::max(mse(m_baselines[static_cast<size_t>(b)], m_run.image), logFloor);
        m_loss->graph(learnedVariantCount + b)->setData({0.0, last}, {value, value}, true);
    }
    const double own = std::max(m_pictureEnergy, logFloor);
    m_energy->graph(learnedVariantCount)->setData({0.0, last}, {own, own}, true);
    for (QCustomPlot *plot : {m_loss, m_energy}) {
        plot->rescaleAxes();
        plot->xAxis->setRange(0, last);
        // Room above the checkerboard's early peak for the legend, clear of the later lines.
        const QCPRange y = plot->yAxis->range();
        plot->yAxis->setRange(y.lower / 1.5, y.upper * (plot == m_energy ? 100.0 : 1.5));
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void LearnUpsampleLab::applyTheme()
{
    const StagePalette palette = paletteFor(theme());
    for (QCustomPlot *plot : {m_loss, m_energy})
        styleLabPlot(plot, palette, font());
    for (int i = 0; i < lossGraphs; ++i) {
        QPen pen(seriesColour(i, theme()), i < learnedVariantCount ? 2.0 : 1.6);
        if (i >= learnedVariantCount)
            pen.setStyle(Qt::DashLine);
        m_loss->graph(i)->setPen(pen);
        m_loss->graph(i)->setName(legendName(i));
    }
    for (int v = 0; v < learnedVariantCount; ++v) {
        m_energy->graph(v)->setPen(QPen(seriesColour(v, theme()), 2.0));
        m_energy->graph(v)->setName(legendName(v));
    }
    QPen own(palette.mutedText, 1.4, Qt::DashLine);
    m_energy->graph(learnedVariantCount)->setPen(own);
    m_energy->graph(learnedVariantCount)->setName(tr("original picture"));
    for (QCustomPlot *plot : {m_loss, m_energy})
        plot->replot(QCustomPlot::rpQueuedReplot);
    refresh();
}

void LearnUpsampleLab::hideEvent(QHideEvent *event)
{
    // A closed window stops training; it resumes only when asked.
    setRunning(false);
    QWidget::hideEvent(event);
}

void LearnUpsampleLab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_loss)
        applyTheme();
}

} // namespace convstep
