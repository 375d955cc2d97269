#include "ui/labs/upsampling_lab.h"

#include "core/narration.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/labs/upsampling_view.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/notice_bar.h"
#include "ui/widgets/pair_editor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr double glideMs = 260.0;
constexpr int largestSide = 12; // a larger input leaves five stages too small to read

struct Method
{
    Op op;
    const char *title;
    const char *rule;
};

const Method methods[UpsamplingLab::methodCount] = {
    {Op::UpsampleNearest, QT_TRANSLATE_NOOP("convstep::UpsamplingLab", "Nearest neighbour"),
     QT_TRANSLATE_NOOP("convstep::UpsamplingLab", "Copy each cell into its s×s block.")},
    {Op::UpsampleBilinear, QT_TRANSLATE_NOOP("convstep::UpsamplingLab", "Bilinear"),
     QT_TRANSLATE_NOOP("convstep::UpsamplingLab",
                       "Mix the nearest input cells, weighted by how close each one is.")},
    {Op::BedOfNails, QT_TRANSLATE_NOOP("convstep::UpsamplingLab", "Bed of nails"),
     QT_TRANSLATE_NOOP("convstep::UpsamplingLab",
                       "Put each cell in its block's top-left corner; zeros elsewhere.")},
    {Op::MaxUnpool2d, QT_TRANSLATE_NOOP("convstep::UpsamplingLab", "Max unpooling"),
     QT_TRANSLATE_NOOP("convstep::UpsamplingLab",
                       "Max-pool s×s blocks, then put each maximum back where "
                       "it was; zeros elsewhere.")},
    {Op::ConvTranspose2d, QT_TRANSLATE_NOOP("convstep::UpsamplingLab", "Transposed convolution"),
     QT_TRANSLATE_NOOP("convstep::UpsamplingLab",
                       "Scatter each cell times the kernel at stride s; sum where copies "
                       "overlap.")},
};

// Weights that look trained rather than designed: distinct, all positive, one decimal.
Grid learnedKernel(int side)
{
    side = std::max(side, 1);
    Grid kernel(side, side);
    const int cells = side * side;
    for (int i = 0; i < cells; ++i)
        kernel(i / side, i % side) = std::round(10.0 * ((i * 5) % cells + 1) / cells) / 10.0;
    return kernel;
}

Grid defaultInput()
{
    Grid grid(4, 4);
    grid << 1, 5, 2, 0, 3, 4, 7, 7, 6, 2, 1, 9, 0, 8, 3, 4;
    return grid;
}

} // namespace

Result<Grid, Error> parseGridText(const QString &text)
{
    static const QRegularExpression rowSplit(QStringLiteral("[;\\n]"));
    static const QRegularExpression numberSplit(QStringLiteral("[,\\s]+"));
    std::vector<std::vector<double>> rows;
    for (const QString &line : text.split(rowSplit, Qt::SkipEmptyParts)) {
        const QStringList parts = line.trimmed().split(numberSplit, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        std::vector<double> row;
        for (const QString &part : parts) {
            bool ok = false;
            const double value = part.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return Error{UpsamplingLab::tr("“%1” is not a number").arg(part)};
            row.push_back(value);
        }
        if (!rows.empty() && row.size() != rows.front().size())
            return Error{UpsamplingLab::tr("row %1 has %2 numbers but row 1 has %3")
                             .arg(rows.size() + 1)
                             .arg(row.size())
                             .arg(rows.front().size())};
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return Error{UpsamplingLab::tr("type rows of numbers, e.g. 1 2; 3 4")};
    Grid grid(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows[0].size()));
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            grid(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = rows[r][c];
    return grid;
}

QString gridToText(const Grid &grid)
{
    QStringList rows;
    for (Eigen::Index r = 0; r < grid.rows(); ++r) {
        QStringList row;
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            row << numberText(grid(r, c));
        rows << row.join(QLatin1Char(' '));
    }
    return rows.join(QStringLiteral("; "));
}

UpsamplingLab::UpsamplingLab(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Ways to upsample"));
    m_view = new UpsamplingView(this);
    m_view->setObjectName(QStringLiteral("upsamplingView"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_error = new NoticeBar(this);
    m_error->setObjectName(QStringLiteral("upsamplingError"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("upsamplingSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildControls());
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildTransport());
    layout->addWidget(m_summary);

    m_playTimer.setSingleShot(true);
    m_frameTimer.setInterval(16);
    connect(&m_playTimer, &QTimer::timeout, this, &UpsamplingLab::advance);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        m_progress = std::min(1.0, m_glideClock.elapsed() / glideMs);
        if (m_progress >= 1.0)
            m_frameTimer.stop();
        refreshTiles();
    });
    if (m_model)
        connect(m_model, &PlaybackModel::styleChanged, this, &UpsamplingLab::refreshTiles);
    rebuild();
}

QWidget *UpsamplingLab::buildControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_input = new QLineEdit(gridToText(defaultInput()), box);
    m_input->setObjectName(QStringLiteral("upsamplingInput"));
    m_input->setAccessibleName(tr("Input"));
    m_input->setToolTip(tr("The input of all five: rows separated by ';', numbers by spaces"));
    m_scale = new QSpinBox(box);
    m_scale->setObjectName(QStringLiteral("upsamplingScale"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("The factor s: the upsampling ops' scale and the transposed "
                           "convolution's stride"));
    // One past each limit on purpose: the core's message explains the range.
    m_scale->setRange(0, limits::maxScale + 1);
    m_scale->setValue(2);
    m_align = new QCheckBox(tr("&align_corners"), box);
    m_align->setObjectName(QStringLiteral("upsamplingAlign"));
    m_align->setToolTip(tr("Given to nearest and bilinear, as F.interpolate would be: only "
                           "bilinear accepts it"));
    m_kernel = new QLineEdit(gridToText(learnedKernel(2)), box);
    m_kernel->setObjectName(QStringLiteral("upsamplingKernel"));
    m_kernel->setAccessibleName(tr("Learned kernel of the transposed convolution"));
    m_kernel->setToolTip(tr("The transposed convolution's weights: training would set these"));

    const auto label = [box, row](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, box);
        l->setBuddy(buddy);
        row->addWidget(l);
    };
    label(tr("&Input:"), m_input);
    row->addWidget(m_input, 3);
    row->addSpacing(8);
    label(tr("&Scale s:"), m_scale);
    row->addWidget(m_scale);
    row->addWidget(m_align);
    row->addSpacing(8);
    label(tr("Learned &kernel:"), m_kernel);
    row->addWidget(m_kernel, 2);

    connect(m_input, &QLineEdit::textChanged, this, &UpsamplingLab::rebuild);
    connect(m_kernel, &QLineEdit::textEdited, this, [this] { m_kernelEdited = true; });
    connect(m_kernel, &QLineEdit::textChanged, this, &UpsamplingLab::rebuild);
    connect(m_align, &QCheckBox::toggled, this, &UpsamplingLab::rebuild);
    connect(m_scale, &QSpinBox::valueChanged, this, [this](int scale) {
        // Until the kernel is edited it follows the scale: k = s tiles the output exactly.
        if (!m_kernelEdited && scale >= 1) {
            const QSignalBlocker block(m_kernel);
            m_kernel->setText(gridToText(learnedKernel(scale)));
        }
        rebuild();
    });
    return box;
}

QString UpsamplingLab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

const Trace *UpsamplingLab::trace(int method) const
{
    return method >= 0 && method < methodCount ? m_traces[static_cast<size_t>(method)].get()
                                               : nullptr;
}

int UpsamplingLab::stepOf(int method) const
{
    return stepAtTick(method, m_tick);
}

int UpsamplingLab::stepAtTick(int method, int tick) const
{
    const Trace *t = trace(method);
    if (!t)
        return -1;
    if (m_ticks <= 1)
        return t->stepCount - 1;
    // The same fraction of every trace: all five end on their last step together.
    return static_cast<int>(
        std::lround(static_cast<double>(tick) * (t->stepCount - 1) / (m_ticks - 1)));
}

Theme UpsamplingLab::theme() const
{
    return m_model ? m_model->style().theme : Theme::Light;
}

// The method's problem, from the shared input, scale, align_corners and kernel.
Result<Problem, ProblemError> UpsamplingLab::problemFor(int method, const Grid &input) const
{
    Problem p;
    p.op = methods[method].op;
    p.input = input;
    if (p.op == Op::ConvTranspose2d) {
        auto kernel = parseGridText(m_kernel->text());
        if (!kernel.ok())
            return ProblemError{"kernel", kernel.error().message.toStdString()};
        p.kernel = std::move(kernel).value();
        p.stride = {m_scale->value(), m_scale->value()};
        return p;
    }
    p.kernel = Grid(0, 0);
    p.scale = {m_scale->value(), m_scale->value()};
    p.alignCorners =
        m_align->isChecked() && (p.op == Op::UpsampleNearest || p.op == Op::UpsampleBilinear);
    return p;
}

void UpsamplingLab::rebuild()
{
    QStringList errors;
    QSet<QString> fields; // the controls to mark, by the core's field names
    const auto input = parseGridText(m_input->text());
    if (!input.ok()) {
        errors << tr("input: %1").arg(input.error().message);
        fields << QStringLiteral("input");
    } else if (const Grid &x = input.value(); x.rows() > largestSide || x.cols() > largestSide) {
        errors << tr("input: this lab shows inputs up to %1×%1; got %2×%3")
                      .arg(largestSide)
                      .arg(x.rows())
                      .arg(x.cols());
        fields << QStringLiteral("input");
    } else {
        for (int i = 0; i < methodCount; ++i) {
            auto &trace = m_traces[static_cast<size_t>(i)];
            QString &error = m_errors[static_cast<size_t>(i)];
            const auto problem = problemFor(i, x);
            const std::optional<ProblemError> rejected =
                problem.ok() ? validate(problem.value()) : problem.error();
            if (rejected) {
                trace.reset();
                error = convstep::errorText(*rejected);
                errors << QStringLiteral("%1 — %2").arg(QLatin1String(opName(methods[i].op)),
                                                        error);
                fields << qt(rejected->field);
                continue;
            }
            trace = std::make_shared<const Trace>(makeTrace(problem.value(), View::Direct));
            error.clear();
        }
    }
    if (errors.isEmpty())
        m_error->hide();
    else
        m_error->showMessage(errors.join(QLatin1Char('\n')), NoticeBar::Kind::Warning);
    const auto mark = [&fields](QWidget *control, std::initializer_list<const char *> names) {
        const bool invalid = std::any_of(names.begin(), names.end(), [&](const char *name) {
            return fields.contains(QLatin1String(name));
        });
        setInvalidMark(control, invalid);
    };
    mark(m_input, {"input"});
    mark(m_scale, {"scale", "stride"});
    mark(m_align, {"align_corners"});
    mark(m_kernel, {"kernel"});

    // A fraction of the way through stays that fraction of the way through.
    const double fraction = m_ticks > 1 ? static_cast<double>(m_tick) / (m_ticks - 1) : 1.0;
    m_ticks = 1;
    for (const auto &t : m_traces)
        if (t)
            m_ticks = std::max(m_ticks, t->stepCount);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, m_ticks - 1);
    }
    showTick(static_cast<int>(std::lround(fraction * (m_ticks - 1))), false);
}

void UpsamplingLab::refreshTiles()
{
    StageStyle style;
    style.theme = theme();
    std::vector<UpsamplingTile> tiles;
    for (int i = 0; i < methodCount; ++i) {
        UpsamplingTile tile;
        tile.title = tr(methods[i].title);
        tile.rule = tr(methods[i].rule);
        tile.learnable = methods[i].op == Op::ConvTranspose2d;
        const auto &t = m_traces[static_cast<size_t>(i)];
        if (tile.learnable) {
            const QString size =
                t ? qt(sizeText(sizeOf(t->problem.kernel))) : QStringLiteral("k×k");
            tile.weights = tr("%1 learnable weights").arg(size);
        } else {
            tile.weights = tr("No weights: a fixed rule");
        }
        if (t) {
            const int step = stepOf(i);
            std::optional<int> from;
            double progress = 1.0;
            if (m_fromTick && m_progress < 1.0) {
                const int before = stepAtTick(i, *m_fromTick);
                if (before != step) {
                    from = before;
                    progress = m_progress;
                }
            }
            tile.frame = frameAt(t, step, style, progress, from);
            tile.progress = tr("step %1 of %2").arg(step + 1).arg(t->stepCount);
        } else {
            tile.error = m_errors[static_cast<size_t>(i)];
        }
        tiles.push_back(std::move(tile));
    }
    m_view->setTiles(std::move(tiles), style.theme);
}

} // namespace convstep
