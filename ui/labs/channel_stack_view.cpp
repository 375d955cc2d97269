#include "ui/labs/channel_stack_view.h"

#include "core/channels.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr double gap = 6;
constexpr double arrowWidth = 48;
constexpr double outline = 2;

QColor shade(double value, double largest, bool dark)
{
    const double t = largest > 0 ? std::clamp(value / largest, -1.0, 1.0) : 0.0;
    const QColor end = t >= 0 ? (dark ? QColor(0xd0, 0x6a, 0x20) : QColor(0xe8, 0x8a, 0x40))
                              : (dark ? QColor(0x3a, 0x7c, 0xc8) : QColor(0x4a, 0x8c, 0xd8));
    const QColor zero = dark ? QColor(48, 48, 48) : QColor(250, 250, 250);
    const double a = std::fabs(t);
    return QColor::fromRgbF(zero.redF() + (end.redF() - zero.redF()) * a,
                            zero.greenF() + (end.greenF() - zero.greenF()) * a,
                            zero.blueF() + (end.blueF() - zero.blueF()) * a);
}

// A grid drawn into `rect`, sampled down to the tile's pixels when it has more cells than that;
// cells not yet written are left blank.
void paintGrid(QPainter &painter, const QRectF &rect, const Grid &grid, const MaskGrid *written,
               double largest, bool dark)
{
    const int w =
        std::clamp(static_cast<int>(std::ceil(rect.width())), 1, static_cast<int>(grid.cols()));
    const int h =
        std::clamp(static_cast<int>(std::ceil(rect.height())), 1, static_cast<int>(grid.rows()));
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int y = 0; y < h; ++y) {
        const Eigen::Index r = static_cast<Eigen::Index>(y) * grid.rows() / h;
        for (int x = 0; x < w; ++x) {
            const Eigen::Index c = static_cast<Eigen::Index>(x) * grid.cols() / w;
            if (!written || (*written)(r, c))
                image.setPixelColor(x, y, shade(grid(r, c), largest, dark));
        }
    }
    painter.drawImage(rect, image);
}

} // namespace

ChannelStackView::ChannelStackView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("channelStacks"));
    setAccessibleName(tr("Channel stacks"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ChannelStackView::setStep(std::shared_ptr<const Trace> trace, int step)
{
    m_trace = std::move(trace);
    m_inputs.clear();
    m_outputs.clear();
    m_states.clear();
    if (m_trace && !isUpsampling(m_trace->problem.op) && !isBackward(m_trace->view)) {
        step = std::clamp(step, 0, m_trace->stepCount - 1);
        m_states = channelStates(*m_trace, step);
        for (const Mac &mac : stepAt(*m_trace, step).macs) {
            if (mac.inChannel)
                m_inputs.insert(*mac.inChannel);
            if (mac.outChannel)
                m_outputs.insert(*mac.outChannel);
        }
        if (!hasChannels(m_trace->problem) && !stepAt(*m_trace, step).macs.empty())
            m_inputs = m_outputs = {0};
        const ChannelShape s = channelShape(m_trace->problem);
        setAccessibleDescription(
            tr("%1 input channels, %2 output channels; this step reads %3 and writes %4")
                .arg(s.in)
                .arg(s.out)
                .arg(m_inputs.size())
                .arg(m_outputs.size()));
    }
    update();
}

int ChannelStackView::channels(bool output) const
{
    if (!m_trace)
        return 0;
    const ChannelShape s = channelShape(m_trace->problem);
    return output ? s.out : s.in;
}

QSize ChannelStackView::sizeHint() const
{
    return {520, 150};
}

QSize ChannelStackView::minimumSizeHint() const
{
    return {240, 90};
}

ChannelStackView::Side ChannelStackView::side(bool output) const
{
    Side s;
    const double label = fontMetrics().height() + 4;
    const double half = (width() - arrowWidth) / 2.0;
    // Inset by a little more than half the active outline, so a tile at an edge keeps it whole.
    s.area = QRectF(output ? half + arrowWidth : 0, label, half, height() - label)
                 .adjusted(outline, 0, -outline, -outline);
    const int n = std::max(channels(output), 1);
    // The largest square tiles that hold every channel in the area; small tiles (a compact
    // strip for many channels) stand 1 px apart.
    for (double spacing : {gap, 1.0}) {
        s.tile = 0;
        s.gap = spacing;
        for (int columns = 1; columns <= n; ++columns) {
            const int rows = (n + columns - 1) / columns;
            const double tile = std::min((s.area.width() - spacing * (columns - 1)) / columns,
                                         (s.area.height() - spacing * (rows - 1)) / rows);
            if (tile > s.tile) {
                s.tile = tile;
                s.columns = columns;
            }
        }
        if (s.tile >= 12)
            break;
    }
    return s;
}

QRectF ChannelStackView::tileRect(bool output, int channel) const
{
    const Side s = side(output);
    const double tile = std::max(s.tile, 1.0);
    return QRectF(s.area.left() + (channel % s.columns) * (s.tile + s.gap),
                  s.area.top() + (channel / s.columns) * (s.tile + s.gap), tile, tile);
}

void ChannelStackView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    if (!m_trace || m_states.empty()) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The channel stacks show a convolution's layer."));
        return;
    }
    const Problem &p = m_trace->problem;
    const ChannelShape s = channelShape(p);
    const Geometry &g = m_trace->geometry;
    painter.setPen(text);
    const double half = (width() - arrowWidth) / 2.0;
    painter.drawText(QRectF(0, 0, half, fontMetrics().height() + 2), Qt::AlignLeft,
                     tr("input: %1 × %2×%3").arg(s.in).arg(g.rows.in).arg(g.cols.in));
    painter.drawText(QRectF(half + arrowWidth, 0, half, fontMetrics().height() + 2), Qt::AlignLeft,
                     tr("output: %1 × %2×%3").arg(s.out).arg(g.rows.out).arg(g.cols.out));
    painter.drawText(QRectF(half, 0, arrowWidth, height()), Qt::AlignCenter,
                     p.op == Op::Conv2d ? QStringLiteral("⊛\n→") : QStringLiteral("⊛ᵀ\n→"));

    double inputLargest = 0, outputLargest = 0;
    for (int c = 0; c < s.in; ++c)
        inputLargest = std::max(inputLargest, inputChannel(p, c).cwiseAbs().maxCoeff());
    for (const Grid &out :
         m_trace->outputs.empty() ? std::vector<Grid>{m_trace->output} : m_trace->outputs)
        outputLargest = std::max(outputLargest, out.cwiseAbs().maxCoeff());
    const QPen active(palette().color(QPalette::Highlight), 3);
    const QPen idle(text.lighter(dark ? 60 : 160), 1);
    const bool labels = side(false).tile >= 2.5 * fontMetrics().height();
    for (int c = 0; c < s.in; ++c) {
        const QRectF r = tileRect(false, c);
        paintGrid(painter, r, inputChannel(p, c), nullptr, inputLargest, dark);
        painter.setPen(m_inputs.count(c) ? active : idle);
        painter.drawRect(r);
        if (labels) {
            painter.setPen(text);
            painter.drawText(r.adjusted(3, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                             QString::number(c));
        }
    }
    const bool outLabels = side(true).tile >= 2.5 * fontMetrics().height();
    for (int o = 0; o < s.out && o < static_cast<int>(m_states.size()); ++o) {
        const QRectF r = tileRect(true, o);
        const GridState &state = m_states[static_cast<size_t>(o)];
        // The scatter canvas is larger than the output until the crop: show the output's window.
        const Pair out = g.outputSize();
        Grid values = Grid::Zero(out.h, out.w);
        MaskGrid written = MaskGrid::Constant(out.h, out.w, false);
        for (int rr = 0; rr < out.h; ++rr)
            for (int cc = 0; cc < out.w; ++cc) {
                const int sr = rr - state.offset.row, sc = cc - state.offset.col;
                if (sr >= 0 && sr < state.values.rows() && sc >= 0 && sc < state.values.cols()) {
                    values(rr, cc) = state.values(sr, sc);
                    written(rr, cc) = state.written(sr, sc);
                }
            }
        paintGrid(painter, r, values, &written, outputLargest, dark);
        painter.setPen(m_outputs.count(o) ? active : idle);
        painter.drawRect(r);
        if (outLabels) {
            painter.setPen(text);
            painter.drawText(r.adjusted(3, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                             QString::number(o));
        }
    }
}

} // namespace convstep
