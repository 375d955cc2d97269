#include "ui/widgets/problem_panel.h"

#include "core/narration.h"
#include "core/shape_formula.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/bias_box.h"
#include "ui/widgets/channel_editor.h"
#include "ui/widgets/pair_editor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace convstep {
namespace {

QString sizeString(Pair p)
{
    return qt(sizeText(p));
}

void selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    if (index >= 0 && index != combo->currentIndex()) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
    }
}

// An empty strip in the label column that asks for the sizes of every field label, shown or
// hidden, so the column (and every control beside it) keeps its width when an op switch hides
// or shows rows.
class LabelColumn final : public QWidget
{
public:
    LabelColumn(const std::vector<QLabel *> &labels, QWidget *parent)
        : QWidget(parent)
        , m_labels(labels)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

    QSize sizeHint() const override { return {widest(&QLabel::sizeHint), 0}; }
    QSize minimumSizeHint() const override { return {widest(&QLabel::minimumSizeHint), 0}; }

private:
    int widest(QSize (QLabel::*size)() const) const
    {
        int width = 0;
        for (const QLabel *label : m_labels)
            width = std::max(width, (label->*size)().width());
        return width;
    }

    const std::vector<QLabel *> &m_labels;
};

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setWordWrap(true); // "Output padding" may take two lines in a narrow dock
    return label;
}

} // namespace

ProblemPanel::ProblemPanel(LessonDocument *document, PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
{
    setObjectName(QStringLiteral("problemPanel"));
    setAccessibleName(tr("Problem"));
    buildControls();
    buildLayout();
    styleErrorLabels();
    connect(m_document, &LessonDocument::problemChanged, this, &ProblemPanel::syncFromDocument);
    connect(m_model, &PlaybackModel::errorChanged, this, &ProblemPanel::showError);
    connect(m_model, &PlaybackModel::traceChanged, this, &ProblemPanel::showError);
    for (const FieldRow &row : m_rows)
        for (QWidget *control : row.marked)
            if (auto *pair = qobject_cast<PairEditor *>(control))
                connect(pair, &PairEditor::refused, this,
                        [this, field = row.field](const QString &why) { showHint(field, why); });
    syncFromDocument();
    showError();
}

// Controls are made top to bottom as the form shows them.
void ProblemPanel::buildControls()
{
    m_content = new QWidget(this); // the scroll area takes it over in buildLayout()
    buildOperationBox();
    const QString times = QStringLiteral("×");
    m_input = makePairEditor("inputSize", tr("Input"), times, "input", 1, limits::maxInputSide);
    m_fillButtons[0] = makeFillButton(GridTarget::Input);
    buildUpsamplingControls();
    m_kernel =
        makePairEditor("kernelSize", tr("Kernel"), times, "kernel", 1, limits::maxKernelSide);
    m_fillButtons[1] = makeFillButton(GridTarget::Kernel);
    buildConvolutionControls();
    buildBiasBox();
    m_outputSize = new QLabel(m_content);
    m_outputSize->setObjectName(QStringLiteral("outputSize"));
    m_outputSize->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chainTabOrder();
}

void ProblemPanel::buildOperationBox()
{
    m_operation = new QComboBox(m_content);
    m_operation->setObjectName(QStringLiteral("operation"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->setToolTip(
        tr("A convolution, a transposed convolution or one of the upsampling operations"));
    const struct
    {
        Op op;
        QString text;
        QString tip;
    } ops[] = {
        {Op::Conv2d, tr("Convolution"), tr("conv2d: slide the kernel over the input")},
        {Op::ConvTranspose2d, tr("Transposed convolution"),
         tr("conv_transpose2d: scatter each input cell through the kernel")},
        {Op::UpsampleNearest, tr("Nearest upsampling"),
         tr("upsample_nearest: copy each input cell into its scale-sized block")},
        {Op::UpsampleBilinear, tr("Bilinear upsampling"),
         tr("upsample_bilinear: blend the inputs around each output cell by closeness")},
        {Op::BedOfNails, tr("Bed of nails"),
         tr("bed_of_nails: each input cell at the top left of its block, zeros elsewhere")},
        {Op::MaxUnpool2d, tr("Max unpooling"),
         tr("max_unpool2d: max-pool blocks of the scale, then put each maximum back in place")},
    };
    for (const auto &item : ops) {
        // The separator sets the kernel-free upsampling ops apart from the convolutions.
        if (item.op == Op::UpsampleNearest)
            m_operation->insertSeparator(m_operation->count());
        m_operation->addItem(item.text, static_cast<int>(item.op));
        m_operation->setItemData(m_operation->count() - 1, item.tip, Qt::ToolTipRole);
    }
    connect(m_operation, &QComboBox::currentIndexChanged, this, &ProblemPanel::editOperation);
}

// A pair of spin boxes named `name` that edits the problem's `field`.
PairEditor *ProblemPanel::makePairEditor(const char *name, const QString &label,
                                         const QString &separator, const char *field, int minimum,
                                         int maximum)
{
    auto *editor = new PairEditor(QString::fromLatin1(name), label, separator, m_content);
    editor->setRange(minimum, maximum);
    connect(editor, &PairEditor::edited, this,
            [this, field = QString::fromLatin1(field)](Pair value, const QString &control) {
                editPair(field, value, control);
            });
    return editor;
}

// The upsampling ops' settings: the scale, and align corners for bilinear.
void ProblemPanel::buildUpsamplingControls()
{
    m_scale =
        makePairEditor("scale", tr("Scale"), QStringLiteral(","), "scale", 1, limits::maxScale);
    m_alignCorners = new QCheckBox(tr("Ali&gn corners"), m_content);
    m_alignCorners->setObjectName(QStringLiteral("alignCorners"));
    m_alignCorners->setAccessibleName(tr("Align corners"));
    m_alignCorners->setToolTip(tr("PyTorch's align_corners: the corner cells of the input and the "
                                  "output line up exactly\nOff: half-pixel centres, as PyTorch's "
                                  "default and Keras's UpSampling2D"));
    connect(m_alignCorners, &QCheckBox::toggled, this, &ProblemPanel::editAlignCorners);
}

// The convolutions' settings after the kernel size: stride, padding, dilation and output
// padding.
void ProblemPanel::buildConvolutionControls()
{
    const QString comma = QStringLiteral(",");
    m_stride = makePairEditor("stride", tr("Stride"), comma, "stride", 1, limits::maxStride);
    buildPaddingModeBox();
    m_padding = makePairEditor("padding", tr("Padding"), comma, "padding", 0, limits::maxPadding);
    m_dilation =
        makePairEditor("dilation", tr("Dilation"), comma, "dilation", 1, limits::maxDilation);
    // Only the upper bound of the core's rule is stride- and dilation-dependent; the core
    // reports a too-large value, so the box allows what any setting could accept.
    m_outputPadding = makePairEditor("outputPadding", tr("Output padding"), comma, "output_padding",
                                     0, std::max(limits::maxStride, limits::maxDilation) - 1);
    m_channels = new ChannelEditor(m_content);
    connect(m_channels, &ChannelEditor::edited, this,
            [this](const Problem &problem, const QString &description) {
                edit(problem, description, QString());
            });
}

void ProblemPanel::buildPaddingModeBox()
{
    m_paddingMode = new QComboBox(m_content);
    m_paddingMode->setObjectName(QStringLiteral("paddingMode"));
    m_paddingMode->setAccessibleName(tr("Padding mode"));
    // A tip, not a description: an error's description (setInvalidMark) gives way to it.
    m_paddingMode->setToolTip(
        tr("How the padding is given: PyTorch's integer, or Keras's 'valid' or 'same'"));
    m_paddingMode->addItem(tr("PyTorch: integer"), static_cast<int>(PaddingMode::Explicit));
    m_paddingMode->setItemData(0, tr("padding=(rows, cols) zeros on each side"), Qt::ToolTipRole);
    m_paddingMode->addItem(tr("Keras: 'valid'"), static_cast<int>(PaddingMode::Valid));
    m_paddingMode->setItemData(1, tr("padding='valid': no padding"), Qt::ToolTipRole);
    m_paddingMode->addItem(tr("Keras: 'same'"), static_cast<int>(PaddingMode::Same));
    m_paddingMode->setItemData(
        2, tr("padding='same': the output size depends only on the input and the stride"),
        Qt::ToolTipRole);
    connect(m_paddingMode, &QComboBox::currentIndexChanged, this, &ProblemPanel::editPaddingMode);
}

void ProblemPanel::buildBiasBox()
{
    m_bias = new BiasBox(m_content);
    m_bias->setObjectName(QStringLiteral("bias"));
    m_bias->setAccessibleName(tr("Bias"));
    m_bias->setDecimals(4);
    m_bias->setRange(-99999, 99999);
    m_bias->setAlignment(Qt::AlignRight);
    routeUndoToWindow(m_bias);
    connect(m_bias, &QDoubleSpinBox::valueChanged, this, &ProblemPanel::editBias);
}

// Explicit, so the order stays top to bottom whatever order the layout code grows in.
void ProblemPanel::chainTabOrder()
{
    std::vector<QWidget *> chain{m_operation};
    const auto append = [&chain](auto *...widgets) { (chain.push_back(widgets), ...); };
    for (PairEditor *editor :
         {m_input, m_scale, m_kernel, m_stride, m_padding, m_dilation, m_outputPadding}) {
        if (editor == m_padding)
            append(m_paddingMode);
        append(editor->rows(), editor->cols(), editor->linkButton());
        if (editor == m_input || editor == m_kernel)
            append(fillButton(editor == m_input ? GridTarget::Input : GridTarget::Kernel));
        if (editor == m_kernel)
            append(m_channels->inChannels(), m_channels->outChannels(), m_channels->groups(),
                   m_channels->depthwise(), m_channels->biases());
        if (editor == m_scale)
            append(m_alignCorners);
    }
    append(m_bias);
    for (size_t i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void ProblemPanel::buildLayout()
{
    auto *grid = new QGridLayout(m_content);
    grid->setColumnStretch(1, 1);
    // Close columns: in German, with a channel problem's rows and its scroll bar, the panel
    // must fit its share of a 1024×600 screen beside the stage's legible minimum.
    grid->setHorizontalSpacing(4);
    int row = 0;
    // Pairs stay in column 1 so their spin boxes line up; the Fill buttons take column 2,
    // and single controls span both. Returns the row's widgets, so a whole row can be hidden.
    const auto field = [&](const QString &text, QWidget *control, QWidget *extra = nullptr) {
        auto *pair = qobject_cast<PairEditor *>(control);
        // QLabel only focuses a buddy that takes focus itself, so a pair's is its rows box and
        // the channels' their input count.
        QWidget *buddy = pair ? pair->rows() : control;
        if (control == m_channels)
            buddy = m_channels->inChannels();
        auto *label = fieldLabel(text, buddy, m_content);
        m_fieldLabels.push_back(label);
        grid->addWidget(label, row, 0);
        grid->addWidget(control, row, 1, 1, pair ? 1 : 2);
        if (extra)
            grid->addWidget(extra, row, 2);
        ++row;
        std::vector<QWidget *> widgets{label, control};
        if (extra)
            widgets.push_back(extra);
        return widgets;
    };
    const auto convolution = [this](const std::vector<QWidget *> &widgets) {
        m_convolutionRows.insert(m_convolutionRows.end(), widgets.begin(), widgets.end());
    };
    // Mnemonics avoid the menu bar's (F E V P L H, and B for Labs), the start page's (O S) and
    // the restore notice's (R D). The upsampling rows show only while the convolution rows are
    // hidden, so Scale shares Dilation's A and Align corners Padding's G (C would meet the
    // Framework Code dock's Copy).
    field(tr("Operatio&n"), m_operation);
    field(tr("&Input size"), m_input, m_fillButtons[0]);
    addErrorRow(grid, row++, QStringLiteral("input"), {m_input});
    m_scaleRow = field(tr("Sc&ale"), m_scale);
    addErrorRow(grid, row++, QStringLiteral("scale"), {m_scale});
    grid->addWidget(m_alignCorners, row++, 1, 1, 2);
    addErrorRow(grid, row++, QStringLiteral("align_corners"), {m_alignCorners});
    convolution(field(tr("&Kernel size"), m_kernel, m_fillButtons[1]));
    addErrorRow(grid, row++, QStringLiteral("kernel"), {m_kernel});
    convolution(field(tr("&Channels"), m_channels));
    addErrorRow(grid, row++, QStringLiteral("groups"), {m_channels});
    convolution(field(tr("S&tride"), m_stride));
    addErrorRow(grid, row++, QStringLiteral("stride"), {m_stride});
    convolution(field(tr("Paddin&g"), m_paddingMode));
    grid->addWidget(m_padding, row++, 1);
    convolution({m_padding});
    addErrorRow(grid, row++, QStringLiteral("padding"), {m_padding});
    convolution(field(tr("Dil&ation"), m_dilation));
    addErrorRow(grid, row++, QStringLiteral("dilation"), {m_dilation});
    convolution(field(tr("O&utput padding"), m_outputPadding));
    addErrorRow(grid, row++, QStringLiteral("output_padding"), {m_outputPadding});
    convolution(field(tr("Bias ter&m"), m_bias));
    addErrorRow(grid, row++, QStringLiteral("bias"), {m_bias});
    addErrorRow(grid, row++, QString(), {}); // errors that name no field of this panel
    auto *outputLabel = new QLabel(tr("Output size"), m_content);
    outputLabel->setWordWrap(true);
    m_outputSize->setAccessibleName(tr("Output size"));
    grid->addWidget(outputLabel, row, 0);
    grid->addWidget(m_outputSize, row++, 1, 1, 2);
    m_labelColumn = new LabelColumn(m_fieldLabels, m_content);
    grid->addWidget(m_labelColumn, row, 0);
    grid->setRowStretch(row, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("problemScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // not a tab stop; tabbing scrolls to each control
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_content);
    m_scroll->verticalScrollBar()->installEventFilter(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

void ProblemPanel::addErrorRow(QGridLayout *grid, int row, const QString &field,
                               std::vector<QWidget *> marked)
{
    auto *label = new QLabel(m_content);
    label->setObjectName(field.isEmpty() ? QStringLiteral("error")
                                         : QStringLiteral("%1Error").arg(field));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(tr("Error"));
    label->hide();
    grid->addWidget(label, row, 0, 1, 3);
    m_rows.push_back({field, label, std::move(marked)});
}

void ProblemPanel::styleErrorLabels()
{
    const QColor window = palette().color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    const QColor text = dark ? QColor(255, 178, 172) : QColor(150, 18, 18);
    const QColor edge = dark ? QColor(240, 96, 86) : QColor(204, 36, 36);
    const QColor back = blend(window, edge, dark ? 0.22 : 0.1);
    const QString sheet = QStringLiteral("QLabel { color: %1; background-color: %2; "
                                         "border-left: 3px solid %3; padding: 3px 6px; }")
                              .arg(text.name(), back.name(), edge.name());
    for (const FieldRow &row : m_rows)
        row.error->setStyleSheet(sheet);
}

QDoubleSpinBox *ProblemPanel::bias() const
{
    return m_bias;
}

QToolButton *ProblemPanel::fillButton(GridTarget target) const
{
    return m_fillButtons[target == GridTarget::Input ? 0 : 1];
}

QAction *ProblemPanel::fillAction(GridTarget target, Fill fill) const
{
    return m_fillActions[target == GridTarget::Input ? 0 : 1][static_cast<int>(fill)];
}

QLabel *ProblemPanel::errorLabel(const QString &field) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const FieldRow &row) { return row.field == field; });
    return it != m_rows.end() ? it->error : m_rows.back().error;
}

// Shows the document's problem. Signals are blocked so showing never edits; a pair is linked
// when a lesson is (re)loaded and square, and unlinked whenever it is not square.
void ProblemPanel::syncFromDocument()
{
    const Problem &p = m_document->problem();
    const bool fresh = !m_synced || m_document->undoStack()->count() == 0;
    m_hint.clear(); // it was about the value before this change
    m_synced = true;
    selectData(m_operation, static_cast<int>(p.op));
    selectData(m_paddingMode, static_cast<int>(p.paddingMode));
    showRowsFor(p);
    const std::pair<PairEditor *, Pair> pairs[] = {
        {m_input, sizeOf(p.input)},
        {m_scale, p.scale},
        {m_kernel, sizeOf(p.kernel)},
        {m_stride, p.stride},
        {m_padding, p.padding},
        {m_dilation, p.dilation},
        {m_outputPadding, p.outputPadding},
    };
    for (const auto &[editor, value] : pairs) {
        editor->setValue(value);
        if (fresh || value.h != value.w)
            editor->setLinked(value.h == value.w);
    }
    if (m_bias->value() != p.bias) {
        const QSignalBlocker blocker(m_bias);
        m_bias->setValue(p.bias);
    }
    m_bias->setChannelBiases(p.biases);
    m_channels->setProblem(p);
    if (m_alignCorners->isChecked() != p.alignCorners) {
        const QSignalBlocker blocker(m_alignCorners);
        m_alignCorners->setChecked(p.alignCorners);
    }
    const bool explicitPadding = p.paddingMode == PaddingMode::Explicit;
    m_padding->setEnabled(explicitPadding);
    m_padding->setNote(explicitPadding ? QString()
                                       : tr("Keras works the padding out from 'valid' or 'same'"));
    // A convolution has no output padding; a file that gives one anyway keeps the box usable
    // so the mistake can be corrected where the error points.
    m_outputPadding->setEnabled(p.op == Op::ConvTranspose2d || p.outputPadding != Pair{0, 0});
    m_outputPadding->setNote(p.op == Op::ConvTranspose2d
                                 ? QString()
                                 : tr("Only a transposed convolution has output padding"));
    // The model may have reported before the rows changed; place its error again.
    showError();
}

// Hidden rather than disabled: an upsampling op has no kernel, stride, padding, dilation,
// output padding or bias at all, and a convolution no scale. A problem that gives a scale or
// align_corners where they do not apply keeps its control, so the error can be fixed there.
void ProblemPanel::showRowsFor(const Problem &p)
{
    const bool upsampling = isUpsampling(p.op);
    for (QWidget *widget : m_convolutionRows)
        widget->setVisible(!upsampling);
    for (QWidget *widget : m_scaleRow)
        widget->setVisible(upsampling || p.scale != Pair{1, 1});
    m_alignCorners->setVisible(p.op == Op::UpsampleBilinear || p.alignCorners);
}

// A field whose control is hidden shows its error in the general row instead.
bool ProblemPanel::isShown(const FieldRow &row) const
{
    return std::none_of(row.marked.begin(), row.marked.end(),
                        [](const QWidget *control) { return control->isHidden(); });
}

void ProblemPanel::showError()
{
    const std::optional<ProblemError> &error = m_model->error();
    m_errorText = error ? convstep::errorText(*error) : QString();
    QLabel *target = nullptr;
    if (error) {
        const QString field = qt(error->field);
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const FieldRow &row) { return row.field == field; });
        target = it != m_rows.end() && isShown(*it) ? it->error : m_rows.back().error;
    }
    m_errorField.clear();
    setInvalidMark(m_paddingMode, false);
    for (const FieldRow &row : m_rows) {
        const bool on = row.error == target;
        if (on)
            m_errorField = row.field;
        const bool hinted = !m_hint.isEmpty() && row.field == m_hintField;
        const QString hint = hinted ? m_hint : QString();
        row.error->setText(on && hinted ? m_errorText + QLatin1Char('\n') + hint
                               : on     ? m_errorText
                                        : hint);
        row.error->setVisible(on || hinted);
        std::vector<QWidget *> marked = row.marked;
        // Keras works the padding out itself, so a padding error there is about the mode.
        if (row.field == QLatin1String("padding") && usesKerasPadding(m_document->problem()))
            marked = {m_paddingMode};
        for (QWidget *control : marked) {
            if (auto *pair = qobject_cast<PairEditor *>(control))
                pair->setInvalid(on, m_errorText);
            else
                setInvalidMark(control, on, m_errorText);
        }
    }
    if (target && isVisible())
        m_scroll->ensureWidgetVisible(target);

    showOutputSize();
}

void ProblemPanel::setOutputSizeWithheld(bool withheld)
{
    if (withheld == m_outputSizeWithheld)
        return;
    m_outputSizeWithheld = withheld;
    showOutputSize();
}

void ProblemPanel::showOutputSize()
{
    const auto trace = m_model->trace();
    const bool error = !m_errorText.isEmpty();
    if (m_outputSizeWithheld && trace && !error) {
        m_outputSize->setText(QStringLiteral("?"));
        m_outputSize->setToolTip(tr("Predict the output's shape first"));
        return;
    }
    m_outputSize->setText(trace && !error ? sizeString(trace->geometry.outputSize())
                                          : QStringLiteral("—"));
    m_outputSize->setToolTip(error       ? tr("Fix the error to see the output size")
                                 : trace ? translated(shapeFormulasMessage(trace->problem))
                                         : QString());
}

// Why a spin box turned typed text away, under its field until the problem next changes.
void ProblemPanel::showHint(const QString &field, const QString &message)
{
    m_hintField = field;
    m_hint = message;
    showError();
}

// The vertical scroll bar's width is counted only while it shows, so a panel that fits
// asks for no more than the form; when it shows, the form keeps its width beside it.
int ProblemPanel::scrollBarAllowance() const
{
    const QScrollBar *bar = m_scroll->verticalScrollBar();
    return bar->isVisibleTo(m_scroll) ? bar->sizeHint().width() : 0;
}

QSize ProblemPanel::sizeHint() const
{
    return m_content->sizeHint() + QSize(scrollBarAllowance(), 0);
}

// Never narrower than the form (no sideways scrolling); any height, since it scrolls.
QSize ProblemPanel::minimumSizeHint() const
{
    return {m_content->minimumSizeHint().width() + scrollBarAllowance(),
            6 * fontMetrics().height()};
}

bool ProblemPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->verticalScrollBar()
        && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

void ProblemPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        styleErrorLabels();
        showError(); // re-derives the red tints
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_labelColumn->updateGeometry(); // the labels' sizes changed
}

} // namespace convstep
