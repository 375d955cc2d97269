#include "ui/labs/checkerboard_image_lab.h"

#include "core/overlap.h"
#include "ui/labs/lab_picture.h"
#include "ui/labs/lab_plot_style.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace convstep {

// One upsampled picture under its title, drawn pixel for pixel (no smoothing, which would hide
// the artifact), optionally zoomed around the profile row, with that row marked at the sides.
class ImagePane final : public QWidget
{
public:
    explicit ImagePane(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(110, 90);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void display(const QImage &image, const QString &title, int row, int zoom,
                 const StagePalette &palette)
    {
        m_image = image;
        m_title = title;
        m_row = row;
        m_zoom = std::max(zoom, 1);
        m_background = palette.background;
        m_text = palette.text;
        m_mark = palette.focus;
        setAccessibleName(title);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), m_background);
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int titleHeight = metrics.height() + 4;
        // The part shown: 1/zoom of each side, centred on the image and on the profile row.
        const int w = m_image.isNull() ? 1 : std::max(m_image.width() / m_zoom, 1);
        const int h = m_image.isNull() ? 1 : std::max(m_image.height() / m_zoom, 1);
        const int x = (m_image.width() - w) / 2;
        const int y = std::clamp(m_row - h / 2, 0, std::max(m_image.height() - h, 0));
        const QRect area = rect().adjusted(10, titleHeight + 2, -10, -2);
        const double scale = std::min(area.width() / double(w), area.height() / double(h));
        const QSizeF size(w * scale, h * scale);
        // Title and picture as one block, centred in the pane.
        const double top = area.top() + (area.height() - size.height()) / 2;
        const QRectF target(area.left() + (area.width() - size.width()) / 2, top, size.width(),
                            size.height());
        p.setFont(bold);
        p.setPen(m_text);
        p.drawText(QRectF(0, top - titleHeight - 2, width(), titleHeight),
                   Qt::AlignHCenter | Qt::AlignVCenter,
                   metrics.elidedText(m_title, Qt::ElideRight, width()));
        if (m_image.isNull())
            return;
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(target, m_image, QRectF(x, y, w, h));
        if (m_row >= y && m_row < y + h) {
            const double at = target.top() + (m_row - y + 0.5) * scale;
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(m_mark);
            for (const double edge : {target.left() - 1, target.right() + 1}) {
                const double dir = edge < target.center().x() ? -1 : 1;
                p.drawPolygon(QPolygonF({QPointF(edge, at), QPointF(edge + 8 * dir, at - 5),
                                         QPointF(edge + 8 * dir, at + 5)}));
            }
        }
    }

private:
    QImage m_image;
    QString m_title;
    int m_row = 0;
    int m_zoom = 1;
    QColor m_background;
    QColor m_text;
    QColor m_mark;
};

CheckerboardImageLab::CheckerboardImageLab(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *open = new QPushButton(tr("Open &image…"), this);
    open->setObjectName(QStringLiteral("checkerOpenImage"));
    open->setToolTip(tr("Upsample a picture of your own"));
    auto *sample = new QPushButton(tr("Sample &photo"), this);
    sample->setObjectName(QStringLiteral("checkerSample"));
    sample->setToolTip(tr("Upsample the built-in photo"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("checkerSource"));
    // A long file name must not widen the dock: the label gives way and says it in a tip.
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("checkerImageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_row = new QSpinBox(this);
    m_row->setObjectName(QStringLiteral("checkerImageRow"));
    m_row->setAccessibleName(tr("Row of the profile"));
    m_row->setToolTip(tr("The image row plotted below"));
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("checkerZoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setToolTip(tr("How much of the pictures to show around the profile row"));
    for (int z : {1, 2, 4, 8})
        m_zoom->addItem(z == 1 ? tr("Whole image") : tr("%1× around the row").arg(z), z);
    m_zoom->setCurrentIndex(1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(open);
    bar->addWidget(sample);
    bar->addWidget(m_source, 1);
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoom);
    auto *rowLabel = new QLabel(tr("Profile &row:"), this);
    rowLabel->setBuddy(m_row);
    bar->addWidget(rowLabel);
    bar->addWidget(m_row);

    auto *panes = new QHBoxLayout;
    for (auto &pane : m_panes) {
        pane = new ImagePane(this);
        panes->addWidget(pane);
    }
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("checkerImageProfile"));
    m_plot->setAccessibleName(tr("Row profile of the three upsampled images"));
    m_plot->setMinimumHeight(110);
    m_plot->xAxis->setLabel(tr("column"));
    m_plot->yAxis->setLabel(tr("brightness (input 0–1)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    for (int i = 0; i < methodCount; ++i)
        m_plot->addGraph()->setName(methodTitle(i));
    auto *note = new QLabel(tr("Each picture is stretched from its darkest to its brightest "
                               "value; the profile shows the values themselves. The kernels are "
                               "constant (weights s²/k² and 1/9), so any pattern comes from "
                               "the overlap alone."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addLayout(panes, 3);
    layout->addWidget(note);
    layout->addWidget(m_plot, 2);

    connect(open, &QPushButton::clicked, this, &CheckerboardImageLab::openDialog);
    connect(sample, &QPushButton::clicked, this, [this] { loadImageFile(samplePath()); });
    connect(m_row, &QSpinBox::valueChanged, this, &CheckerboardImageLab::showRow);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &CheckerboardImageLab::showRow);
    if (m_model)
        connect(m_model, &PlaybackModel::styleChanged, this, &CheckerboardImageLab::applyTheme);
    loadImageFile(samplePath());
    applyTheme();
}

CheckerboardImageLab::~CheckerboardImageLab() = default;

QString CheckerboardImageLab::samplePath()
{
    return QStringLiteral(":/images/lab-photo.png");
}

QString CheckerboardImageLab::methodTitle(int method)
{
    switch (method) {
    case 0:
        return tr("Transposed conv k=3, s=2");
    case 1:
        return tr("Transposed conv k=4, s=2");
    default:
        break;
    }
    return tr("Nearest ×2, then 3×3 conv");
}

QString CheckerboardImageLab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QWidget *CheckerboardImageLab::profileWidget() const
{
    return m_plot;
}

Theme CheckerboardImageLab::theme() const
{
    return m_model ? m_model->style().theme : Theme::Light;
}

std::optional<Error> CheckerboardImageLab::loadImageFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    const QString name =
        path.startsWith(QLatin1Char(':')) ? tr("sample photo") : QFileInfo(path).fileName();
    if (image.isNull()) {
        const QString text = tr("Could not open “%1” as an image: %2. The picture below is "
                                "unchanged.")
                                 .arg(name, reader.errorString());
        m_message->setText(text);
        m_message->show();
        return Error{text};
    }
    m_message->hide();
    setImage(image, name);
    return std::nullopt;
}

void CheckerboardImageLab::setImage(const QImage &image, const QString &name)
{
    m_luminance = luminanceOf(image);
    m_source->setText(tr("%1: %2×%3, scaled to %4×%5")
                          .arg(name)
                          .arg(image.width())
                          .arg(image.height())
                          .arg(m_luminance.cols())
                          .arg(m_luminance.rows()));
    m_source->setToolTip(m_source->text());
    compute();
}

void CheckerboardImageLab::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an Image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        loadImageFile(path);
}

Grid CheckerboardImageLab::luminanceOf(const QImage &image)
{
    return pictureLuminance(image, maxSide);
}

QImage CheckerboardImageLab::normalised(const Grid &grid)
{
    QImage image(static_cast<int>(grid.cols()), static_cast<int>(grid.rows()),
                 QImage::Format_Grayscale8);
    const double lo = grid.size() ? grid.minCoeff() : 0.0;
    const double hi = grid.size() ? grid.maxCoeff() : 1.0;
    const double span = hi > lo ? hi - lo : 1.0;
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = static_cast<uchar>(std::lround(255.0 * (grid(y, x) - lo) / span));
    }
    return image;
}

void CheckerboardImageLab::compute()
{
    m_results[0] = constantTransposed(m_luminance, 3, 2);
    m_results[1] = constantTransposed(m_luminance, 4, 2);
    m_results[2] = resizeThenConvolve(m_luminance, 2, 3);
    const int rows = static_cast<int>(m_results[0].rows());
    const QSignalBlocker block(m_row);
    m_row->setRange(0, std::max(rows - 1, 0));
    m_row->setValue(rows / 2);
    showRow();
}

std::vector<double> CheckerboardImageLab::profile(int method) const
{
    std::vector<double> values;
    const QCPGraph *graph = m_plot->graph(method);
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

void CheckerboardImageLab::showRow()
{
    const StagePalette palette = paletteFor(theme());
    const int row = m_row->value();
    const int zoom = m_zoom->currentData().toInt();
    double lo = 0.0, hi = 1.0;
    int cols = 0;
    for (int i = 0; i < methodCount; ++i) {
        const Grid &grid = m_results[static_cast<size_t>(i)];
        m_panes[static_cast<size_t>(i)]->display(normalised(grid), methodTitle(i), row, zoom,
                                                 palette);
        QVector<double> keys, values;
        for (int c = 0; row < grid.rows() && c < grid.cols(); ++c) {
            keys << c;
            values << grid(row, c);
            lo = std::min(lo, grid(row, c));
            hi = std::max(hi, grid(row, c));
        }
        cols = std::max(cols, static_cast<int>(grid.cols()));
        m_plot->graph(i)->setData(keys, values, true);
    }
    m_plot->xAxis->setLabel(tr("column of row %1").arg(row));
    // Zoomed pictures show a part of the row: the profile shows the same part.
    const double shown = std::max(cols / double(zoom), 2.0);
    m_plot->xAxis->setRange((cols - shown) / 2 - 0.5, (cols + shown) / 2 - 0.5);
    m_plot->yAxis->setRange(lo - 0.05, hi + 0.05);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CheckerboardImageLab::applyTheme()
{
    const StagePalette palette = paletteFor(theme());
    styleLabPlot(m_plot, palette, font());
    for (int i = 0; i < methodCount; ++i)
        m_plot->graph(i)->setPen(QPen(seriesColour(i, theme()), i == 0 ? 2.0 : 1.6));
    QPen dashed = m_plot->graph(1)->pen();
    dashed.setStyle(Qt::DashLine);
    m_plot->graph(1)->setPen(dashed);
    showRow();
}

void CheckerboardImageLab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_plot)
        applyTheme();
}

} // namespace convstep
