#include "ui/labs/weight_inspector.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/labs/channel_stack_view.h"
#include "ui/labs/weight_axes_view.h"
#include "ui/labs/weight_tiles_view.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace convstep {

WeightInspector::WeightInspector(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Weight tensor inspector"));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("weightLayout"));
    m_layout->setAccessibleName(tr("Layout"));
    m_layout->setToolTip(tr("The framework whose weight layout to show: the axes slide into its "
                            "order and its shape is printed"));
    for (WeightFramework framework : weightFrameworks())
        m_layout->addItem(qt(weightFrameworkName(framework)), static_cast<int>(framework));
    m_shape = new QLabel(this);
    m_shape->setObjectName(QStringLiteral("weightShape"));
    m_shape->setWordWrap(true);
    m_shape->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permute = new QLabel(this);
    m_permute->setObjectName(QStringLiteral("weightPermute"));
    m_permute->setWordWrap(true);
    m_axes = new WeightAxesView(this);
    m_tiles = new WeightTilesView(this);
    m_stacks = new ChannelStackView(this);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("weightStep"));
    m_step->setWordWrap(true);
    m_check = new QLineEdit(this);
    m_check->setObjectName(QStringLiteral("weightCheck"));
    m_check->setAccessibleName(tr("A weight's shape to check"));
    m_check->setPlaceholderText(tr("e.g. 3, 3, 3, 2"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("weightVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layoutLabel = new QLabel(tr("&Layout:"), this);
    layoutLabel->setBuddy(m_layout);
    auto *bar = new QHBoxLayout;
    bar->addWidget(layoutLabel);
    bar->addWidget(m_layout);
    bar->addWidget(m_shape, 1);
    auto *checkLabel = new QLabel(tr("Load a weight of &shape:"), this);
    checkLabel->setBuddy(m_check);
    auto *check = new QHBoxLayout;
    check->addWidget(checkLabel);
    check->addWidget(m_check, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stacks);
    layout->addLayout(bar);
    layout->addWidget(m_axes);
    layout->addWidget(m_permute);
    layout->addWidget(m_tiles, 1);
    layout->addWidget(m_step);
    layout->addLayout(check);
    layout->addWidget(m_verdict);

    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] { layoutChanged(true); });
    connect(m_check, &QLineEdit::textChanged, this, &WeightInspector::checkShape);
    connect(m_model, &PlaybackModel::traceChanged, this, &WeightInspector::problemChanged);
    connect(m_model, &PlaybackModel::stepChanged, this, &WeightInspector::stepChanged);
    problemChanged();
}

WeightFramework WeightInspector::framework() const
{
    return static_cast<WeightFramework>(m_layout->currentData().toInt());
}

void WeightInspector::setFramework(WeightFramework framework)
{
    m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(framework)));
}

void WeightInspector::problemChanged()
{
    const Problem *problem = m_model->problem();
    const bool weighted = problem && !isUpsampling(problem->op);
    m_tiles->setProblem(weighted ? problem : nullptr);
    m_axes->setVisible(weighted);
    m_layout->setEnabled(weighted);
    m_check->setEnabled(weighted);
    layoutChanged(false);
    stepChanged();
    checkShape(m_check->text());
}

void WeightInspector::layoutChanged(bool animate)
{
    const Problem *problem = m_model->problem();
    if (!problem || isUpsampling(problem->op)) {
        m_shape->setText(tr("An upsampling op has no weight."));
        m_permute->clear();
        return;
    }
    const WeightLayout layout = weightLayout(*problem, framework());
    const WeightLayout pytorch = weightLayout(*problem, WeightFramework::PyTorch);
    m_axes->setLayout(layout, animate);
    m_tiles->setLayout(framework());
    QStringList names;
    for (const std::string &name : layout.names)
        names << qt(name);
    m_shape->setText(
        tr("%1 is %2 = %3")
            .arg(qt(layout.api), names.join(QStringLiteral(" × ")), qt(shapeTuple(layout.shape))));
    QString permute = layout.axes == pytorch.axes
        ? tr("The same order as PyTorch's.")
        : tr("From PyTorch's %1: permute(%2); back: permute(%3).")
              .arg(qt(shapeTuple(pytorch.shape)), qt(shapeTuple(permutation(pytorch, layout))),
                   qt(shapeTuple(permutation(layout, pytorch))));
    if (!layout.refusal.empty())
        permute += QLatin1Char(' ') + qt(layout.refusal) + QLatin1Char('.');
    m_permute->setText(permute);
    stepChanged();
}

void WeightInspector::stepChanged()
{
    const Problem *problem = m_model->problem();
    m_stacks->setStep(m_model->trace(), m_model->step());
    std::set<std::pair<int, int>> pairs;
    const Step &step = m_model->currentStep();
    for (const Mac &mac : step.macs)
        if (mac.inChannel && mac.outChannel)
            pairs.insert({*mac.outChannel, *mac.inChannel});
    m_tiles->setActivePairs(pairs);
    if (!problem || isUpsampling(problem->op)) {
        m_step->clear();
        return;
    }
    if (pairs.empty()) {
        m_step->setText(hasChannels(*problem)
                            ? tr("This step uses no kernel; the tiles of the steps that do are "
                                 "outlined as they come.")
                            : tr("One channel in, one out: the weight is the one kernel."));
        return;
    }
    QStringList names;
    for (const auto &[out, in] : pairs)
        names << m_tiles->tileName(out, in);
    if (names.size() > 6)
        names = names.mid(0, 3) + QStringList{QStringLiteral("…")} + names.mid(names.size() - 2);
    m_step->setText(pairs.size() == 1 ? tr("This step uses 1 kernel: %1.").arg(names.front())
                                      : tr("This step uses %1 kernels: %2.")
                                            .arg(pairs.size())
                                            .arg(names.join(QStringLiteral(", "))));
}

void WeightInspector::checkShape(const QString &text)
{
    if (m_check->text() != text)
        m_check->setText(text); // textChanged comes back here
    const Problem *problem = m_model->problem();
    if (text.trimmed().isEmpty() || !problem || isUpsampling(problem->op)) {
        m_verdict->setText(tr("Type the shape of a weight you want to load (four numbers), and "
                              "the inspector says whose layout it is."));
        return;
    }
    static const QRegularExpression number(QStringLiteral("\\d+"));
    std::array<int, 4> shape{};
    int count = 0;
    for (const QRegularExpressionMatch &m : number.globalMatch(text)) {
        if (count < 4)
            shape[static_cast<size_t>(count)] = m.captured().toInt();
        ++count;
    }
    if (count != 4) {
        m_verdict->setText(counted(CONVSTEP_TR_N("convstep::WeightInspector",
                                                 "A convolution's weight has four axes; %1 has "
                                                 "%n.",
                                                 "A convolution's weight has four axes; %1 has "
                                                 "%n."),
                                   count)
                               .arg(text.trimmed()));
        return;
    }
    m_verdict->setText(qt(shapeVerdict(*problem, shape)));
}

} // namespace convstep
