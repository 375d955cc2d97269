#include "ui/labs/learn_column.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr int gap = 4;

// A grid of cells as large and square as fits, centred in `area`.
QRect squareCells(const QRect &area, Eigen::Index rows, Eigen::Index cols, int &cell)
{
    cell = static_cast<int>(std::min(area.width() / std::max<Eigen::Index>(cols, 1),
                                     area.height() / std::max<Eigen::Index>(rows, 1)));
    const QSize size(static_cast<int>(cell * cols), static_cast<int>(cell * rows));
    return QRect(area.center().x() - size.width() / 2 + 1, area.top(), size.width(), size.height());
}

QString scientific(double value)
{
    if (value == 0.0)
        return QStringLiteral("0");
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const double mantissa = value / std::pow(10.0, exponent);
    return QStringLiteral("%1e%2").arg(mantissa, 0, 'f', 1).arg(exponent);
}

} // namespace

LearnColumn::LearnColumn(QWidget *parent)
    : QWidget(parent)
    , m_palette(paletteFor(Theme::Light))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize LearnColumn::minimumSizeHint() const
{
    const QFontMetrics metrics(smallFont());
    // The widest readout: a PSNR far below the fixed upsamplers'.
    const QString widest =
        tr("%1 (%2 vs fixed)")
            .arg(tr("PSNR %1 dB").arg(QStringLiteral("10.00")), QStringLiteral("-22.00"));
    return {metrics.horizontalAdvance(widest) + 2 * gap, 8 * metrics.height() + 160};
}

QFont LearnColumn::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QFont LearnColumn::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    return small;
}

void LearnColumn::display(const LearnColumnData &data, const QColor &series,
                          const StagePalette &palette)
{
    m_data = data;
    m_series = series;
    m_palette = palette;
    setAccessibleName(data.title);
    setAccessibleDescription(QStringList{data.subtitle, psnrText(), energyText(), data.note}
                                 .join(QLatin1Char(' '))
                                 .trimmed());
    update();
}

void LearnColumn::setZoom(int zoom)
{
    m_zoom = std::max(zoom, 1);
    update();
}

int LearnColumn::titleHeight() const
{
    const int width = std::max(this->width() - 2 * gap, 1);
    const QFontMetrics bold(titleFont());
    const QFontMetrics small(smallFont());
    return bold.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, m_data.title).height()
        + small.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, m_data.subtitle).height();
}

void LearnColumn::setTitleReserve(int height)
{
    if (height == m_titleReserve)
        return;
    m_titleReserve = height;
    update();
}

QString LearnColumn::psnrText() const
{
    if (!std::isfinite(m_data.psnr))
        return tr("PSNR —");
    QString text = tr("PSNR %1 dB").arg(m_data.psnr, 0, 'f', 2);
    if (!std::isnan(m_data.psnrGain) && std::isfinite(m_data.psnrGain))
        text = tr("%1 (%2 vs fixed)")
                   .arg(text,
                        (m_data.psnrGain >= 0 ? QStringLiteral("+") : QString())
                            + QString::number(m_data.psnrGain, 'f', 2));
    return text;
}

QString LearnColumn::energyText() const
{
    return tr("Checkerboard %1").arg(scientific(m_data.energy));
}

LearnColumn::Areas LearnColumn::areas() const
{
    Areas a;
    const QRect inner = rect().adjusted(gap, gap, -gap, -gap);
    const QFontMetrics small(smallFont());
    const int titleHeight = std::max(this->titleHeight(), m_titleReserve);
    a.title = QRect(inner.left(), inner.top(), inner.width(), titleHeight);
    const int line = small.height();
    const int noteHeight = m_data.note.isEmpty()
        ? 0
        : small.boundingRect(QRect(0, 0, inner.width(), 1000), Qt::TextWordWrap, m_data.note)
              .height();
    a.meter = QRect(inner.left(), inner.bottom() - noteHeight - 6, inner.width(), 6);
    a.energy = QRect(inner.left(), a.meter.top() - gap - line, inner.width(), line);
    a.psnr = QRect(inner.left(), a.energy.top() - line, inner.width(), line);
    const int top = a.title.bottom() + gap;
    const int free = std::max(a.psnr.top() - gap - top, 0);
    // The maps sit side by side under the picture: each half the width, a caption above.
    const int half = (inner.width() - gap) / 2;
    const int mapSide = std::min(half, std::max((free - 2 * line) * 2 / 5, 0));
    const int pictureHeight = std::max(free - mapSide - line - gap, 0);
    a.picture = QRect(inner.left(), top, inner.width(), pictureHeight);
    const int captionTop = a.picture.bottom() + gap;
    a.kernelCaption = QRect(inner.left(), captionTop, half, line);
    a.overlapCaption = QRect(inner.right() - half + 1, captionTop, half, line);
    a.kernel = QRect(inner.left(), captionTop + line, half, mapSide);
    a.overlap = QRect(a.overlapCaption.left(), captionTop + line, half, mapSide);
    return a;
}

QRect LearnColumn::pictureRect() const
{
    return areas().picture;
}

QRect LearnColumn::kernelRect() const
{
    int cell = 0;
    return squareCells(areas().kernel, m_data.kernel.rows(), m_data.kernel.cols(), cell);
}

QRect LearnColumn::overlapRect() const
{
    int cell = 0;
    return squareCells(areas().overlap, m_data.overlap.rows(), m_data.overlap.cols(), cell);
}

void LearnColumn::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_palette.background);
    const Areas a = areas();
    const QFont small = smallFont();

    p.setPen(m_series);
    p.setFont(titleFont());
    const QFontMetrics bold(titleFont());
    const QRect titleBox =
        bold.boundingRect(a.title, Qt::TextWordWrap | Qt::AlignHCenter, m_data.title);
    p.drawText(a.title, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, m_data.title);
    p.setFont(small);
    p.setPen(m_palette.mutedText);
    p.drawText(a.title.adjusted(0, titleBox.height(), 0, 0),
               Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, m_data.subtitle);

    if (!m_data.picture.isNull() && a.picture.height() > 0) {
        const QSize shown(std::max(m_data.picture.width() / m_zoom, 1),
                          std::max(m_data.picture.height() / m_zoom, 1));
        const QRect source((m_data.picture.width() - shown.width()) / 2,
                           (m_data.picture.height() - shown.height()) / 2, shown.width(),
                           shown.height());
        const QSizeF size = QSizeF(shown).scaled(a.picture.size(), Qt::KeepAspectRatio);
        const QRectF target(a.picture.center().x() - size.width() / 2 + 0.5,
                            a.picture.center().y() - size.height() / 2 + 0.5, size.width(),
                            size.height());
        // Pixel for pixel: smoothing would hide the checkerboard.
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(target, m_data.picture, source);
    }

    p.setPen(m_palette.mutedText);
    p.drawText(a.kernelCaption, Qt::AlignHCenter | Qt::AlignVCenter,
               tr("kernel %1×%2").arg(m_data.kernel.rows()).arg(m_data.kernel.cols()));
    p.drawText(a.overlapCaption, Qt::AlignHCenter | Qt::AlignVCenter, tr("overlap"));
    paintKernel(p, a.kernel);
    paintOverlap(p, a.overlap);

    p.setPen(m_palette.text);
    p.drawText(a.psnr, Qt::AlignLeft | Qt::AlignVCenter, psnrText());
    p.drawText(a.energy, Qt::AlignLeft | Qt::AlignVCenter, energyText());
    // The meter on a log scale from 10⁻⁹ (nothing to see) to 10⁻² (a loud checkerboard).
    p.fillRect(a.meter, blend(m_palette.background, m_palette.gridLine, 0.6));
    const double level =
        m_data.energy > 0.0 ? std::clamp((std::log10(m_data.energy) + 9.0) / 7.0, 0.0, 1.0) : 0.0;
    p.fillRect(QRect(a.meter.left(), a.meter.top(),
                     static_cast<int>(std::lround(level * a.meter.width())), a.meter.height()),
               m_series);
    if (!m_data.note.isEmpty()) {
        p.setPen(m_palette.focus);
        p.drawText(QRect(a.meter.left(), a.meter.bottom() + 2, a.meter.width(),
                         rect().bottom() - a.meter.bottom()),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_data.note);
    }
}

// Diverging: positive weights in the accumulate colour, negative in the negative colour, both
// scaled by the largest magnitude; the value itself when the cell has room for it.
void LearnColumn::paintKernel(QPainter &p, const QRect &area) const
{
    const Grid &k = m_data.kernel;
    if (k.size() == 0)
        return;
    int cell = 0;
    const QRect grid = squareCells(area, k.rows(), k.cols(), cell);
    if (cell < 2)
        return;
    const double largest = std::max(k.cwiseAbs().maxCoeff(), 1e-12);
    QFont tiny = smallFont();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.85);
    const QFontMetrics metrics(tiny);
    p.setFont(tiny);
    for (Eigen::Index r = 0; r < k.rows(); ++r)
        for (Eigen::Index c = 0; c < k.cols(); ++c) {
            const QRect box(grid.left() + static_cast<int>(c) * cell,
                            grid.top() + static_cast<int>(r) * cell, cell, cell);
            const double v = k(r, c);
            const QColor tint = v >= 0 ? m_palette.accumulate : m_palette.negative;
            p.fillRect(box, blend(m_palette.cell, tint, std::abs(v) / largest));
            const QString text = QString::number(v, 'f', 2);
            if (metrics.horizontalAdvance(text) + 4 <= cell && metrics.height() + 4 <= cell) {
                p.setPen(m_palette.text);
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
    p.setPen(QPen(m_palette.gridLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(grid.adjusted(0, 0, -1, -1));
}

// Counts from the fewest (cell colour) to the most (accumulate colour), each written in.
void LearnColumn::paintOverlap(QPainter &p, const QRect &area) const
{
    const CountGrid &o = m_data.overlap;
    if (o.size() == 0)
        return;
    int cell = 0;
    const QRect grid = squareCells(area, o.rows(), o.cols(), cell);
    if (cell < 2)
        return;
    const int most = std::max(o.maxCoeff(), 1);
    QFont tiny = smallFont();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.85);
    const QFontMetrics metrics(tiny);
    p.setFont(tiny);
    for (Eigen::Index r = 0; r < o.rows(); ++r)
        for (Eigen::Index c = 0; c < o.cols(); ++c) {
            const QRect box(grid.left() + static_cast<int>(c) * cell,
                            grid.top() + static_cast<int>(r) * cell, cell, cell);
            p.fillRect(box, blend(m_palette.cell, m_palette.accumulate, double(o(r, c)) / most));
            const QString text = QString::number(o(r, c));
            if (metrics.horizontalAdvance(text) + 4 <= cell && metrics.height() + 4 <= cell) {
                p.setPen(m_palette.text);
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
    p.setPen(QPen(m_palette.gridLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(grid.adjusted(0, 0, -1, -1));
}

} // namespace convstep
