#include "ui/widgets/channel_editor.h"

#include "core/channels.h"
#include "core/narration.h"
#include "io/text.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace convstep {
namespace {

QSpinBox *countBox(const char *name, const QString &accessible, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessible);
    box->setRange(1, limits::maxChannels);
    box->setAlignment(Qt::AlignRight);
    box->setKeyboardTracking(false); // typing "16" does not pass through 1
    return box;
}

} // namespace

ChannelEditor::ChannelEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("channels"));
    m_in = countBox("channelsIn", tr("Input channels"), this);
    m_in->setToolTip(tr("C_in: the input's channels (3 for an RGB image)"));
    m_out = countBox("channelsOut", tr("Output channels"), this);
    m_out->setToolTip(tr("C_out: one per filter"));
    m_groups = countBox("groups", tr("Groups"), this);
    m_groups->setToolTip(tr("Each output channel sees only the input channels of its group; "
                            "groups divides both channel counts"));
    m_depthwise = new QToolButton(this);
    m_depthwise->setObjectName(QStringLiteral("depthwise"));
    m_depthwise->setText(tr("Depthwise"));
    m_depthwise->setAccessibleName(tr("Depthwise"));
    m_depthwise->setToolTip(tr("groups = C_in: every input channel gets its own filters"));
    m_depthwise->setFocusPolicy(Qt::StrongFocus);
    m_biases = new QLineEdit(this);
    m_biases->setObjectName(QStringLiteral("channelBiases"));
    m_biases->setAccessibleName(tr("Bias per output channel"));
    m_biases->setPlaceholderText(tr("one bias for all, or b0, b1, …"));
    m_biases->setToolTip(tr("One number per output channel, separated by commas; empty: the "
                            "bias term for every channel"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("channelsNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *arrow = new QLabel(QStringLiteral("→"), this);
    // Captions without buddies: every free mnemonic letter is taken by the panel or the menus,
    // and the boxes carry their own accessible names.
    m_groupsLabel = new QLabel(tr("groups"), this);
    m_biasLabel = new QLabel(tr("bias per channel"), this);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_in, 0, 0);
    grid->addWidget(arrow, 0, 1);
    grid->addWidget(m_out, 0, 2);
    grid->addWidget(m_groupsLabel, 1, 0, 1, 2, Qt::AlignRight);
    grid->addWidget(m_groups, 1, 2);
    grid->addWidget(m_depthwise, 1, 3);
    grid->addWidget(m_biasLabel, 2, 0, 1, 3);
    grid->addWidget(m_biases, 3, 0, 1, 5);
    grid->addWidget(m_note, 4, 0, 1, 5);
    // The counts keep their spin boxes' size, like the pairs below them.
    grid->setColumnStretch(4, 1);

    connect(m_in, &QSpinBox::valueChanged, this, &ChannelEditor::editCounts);
    connect(m_out, &QSpinBox::valueChanged, this, &ChannelEditor::editCounts);
    connect(m_groups, &QSpinBox::valueChanged, this, &ChannelEditor::editCounts);
    connect(m_depthwise, &QToolButton::clicked, this, &ChannelEditor::makeDepthwise);
    connect(m_biases, &QLineEdit::editingFinished, this, &ChannelEditor::editBiases);
}

void ChannelEditor::setProblem(const Problem &problem)
{
    m_problem = problem;
    const ChannelShape s = channelShape(problem);
    const QSignalBlocker in(m_in), out(m_out), groups(m_groups), biases(m_biases);
    m_in->setValue(s.in);
    m_out->setValue(s.out);
    m_groups->setValue(s.groups);
    QStringList list;
    for (double b : problem.biases)
        list << numberText(b);
    if (!m_biases->hasFocus())
        m_biases->setText(list.join(QStringLiteral(", ")));
    m_biases->setEnabled(hasChannels(problem));
    m_depthwise->setEnabled(s.in > 1);
    // One channel in and one out is the 2-D problem: the two counts alone, and groups and the
    // bias list once there are channels to group or to bias.
    m_compact = s.in == 1 && s.out == 1 && problem.biases.empty();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_groupsLabel, m_groups, m_depthwise,
                                                            m_biasLabel, m_biases})
        widget->setVisible(!m_compact);
}

void ChannelEditor::editCounts()
{
    const int in = m_in->value(), out = m_out->value();
    int groups = m_groups->value();
    const ChannelShape s = channelShape(m_problem);
    if (in % groups != 0 || out % groups != 0) {
        // A new channel count the groups no longer divide starts over at one group; a group
        // count that does not divide them is refused.
        if (groups != s.groups) {
            m_note->setText(
                tr("Groups must divide both channel counts (%1 and %2).").arg(in).arg(out));
            m_note->show();
            const QSignalBlocker block(m_groups);
            m_groups->setValue(s.groups);
            return;
        }
        groups = 1;
    }
    m_note->hide();
    if (in == s.in && out == s.out && groups == s.groups)
        return;
    QString description = tr("Set channels to %1 → %2").arg(in).arg(out);
    if (groups > 1)
        description += tr(" in %1 groups").arg(groups);
    emit edited(withChannels(m_problem, in, out, groups), description);
}

void ChannelEditor::makeDepthwise()
{
    const ChannelShape s = channelShape(m_problem);
    // groups = C_in, with as many filters per channel as before (at least one).
    const int out = s.in * std::max(1, s.out / s.in);
    m_note->hide();
    emit edited(withChannels(m_problem, s.in, out, s.in),
                tr("Make it depthwise: %1 → %2 in %3 groups").arg(s.in).arg(out).arg(s.in));
}

void ChannelEditor::editBiases()
{
    const QString text = m_biases->text().trimmed();
    Problem p = m_problem;
    p.biases.clear();
    if (!text.isEmpty()) {
        static const QRegularExpression separator(QStringLiteral("[,;\\s]+"));
        for (const QString &word : text.split(separator, Qt::SkipEmptyParts)) {
            bool ok = false;
            const double value = QLocale::c().toDouble(word, &ok);
            if (!ok) {
                m_note->setText(tr("\"%1\" is not a number.").arg(word));
                m_note->show();
                return;
            }
            p.biases.push_back(value);
        }
    }
    const int out = channelShape(m_problem).out;
    if (!p.biases.empty() && static_cast<int>(p.biases.size()) != out) {
        m_note->setText(out == 1 ? tr("Give one bias for the output channel.")
                                 : tr("Give %1 biases, one per output channel.").arg(out));
        m_note->show();
        return;
    }
    m_note->hide();
    if (p.biases == m_problem.biases)
        return;
    emit edited(
        p, p.biases.empty() ? tr("Use one bias for every channel") : tr("Set a bias per channel"));
}

void matchChannelSizes(Problem &problem, GridTarget target)
{
    const bool input = target == GridTarget::Input;
    std::vector<Grid> &grids = input ? problem.inputs : problem.kernels;
    const Grid &first = input ? problem.input : problem.kernel;
    for (size_t i = 0; i < grids.size(); ++i)
        grids[i] = i == 0 ? first : resizedGrid(grids[i], sizeOf(first), target);
}

void fillChannels(Problem &problem, GridTarget target, Fill fill, QRandomGenerator &random)
{
    const bool input = target == GridTarget::Input;
    std::vector<Grid> &grids = input ? problem.inputs : problem.kernels;
    for (size_t i = 1; i < grids.size(); ++i)
        grids[i] = filledGrid(sizeOf(grids[i]), fill, target, random);
    if (!grids.empty())
        grids.front() = input ? problem.input : problem.kernel;
}

} // namespace convstep
