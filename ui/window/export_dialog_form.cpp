#include "ui/window/app_settings.h"
#include "ui/window/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace convstep {
namespace {

constexpr QSize previewBox{360, 270};
constexpr int previewDelay = 150; // ms: one repaint per burst of spin-box steps
constexpr int pathMinimumWidth = 340; // room for a typical folder and name
constexpr QSize sizePresets[] = {{640, 480}, {800, 600}, {1024, 768}, {1280, 720}, {1920, 1080}};
constexpr double holdStep = 0.5; // seconds
constexpr double minFontScale = 0.5;
constexpr double maxFontScale = 3.0;
constexpr double fontScaleStep = 0.25;

QString viewLabel(View view, Op op)
{
    switch (view) {
    case View::Direct:
        return op == Op::Conv2d         ? ExportDialog::tr("Sliding window")
            : op == Op::ConvTranspose2d ? ExportDialog::tr("Scatter & sum")
                                        : ExportDialog::tr("Direct");
    case View::ZeroInsertion:
        return ExportDialog::tr("Zero insertion");
    case View::Matrix:
        return ExportDialog::tr("Matrix");
    case View::BackwardInput:
        return ExportDialog::tr("Backward: ∂L/∂x");
    case View::BackwardKernel:
        return ExportDialog::tr("Backward: ∂L/∂W");
    }
    return {};
}

template<typename Spin> Spin *spin(QWidget *parent, const char *name, double min, double max)
{
    auto *box = new Spin(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setAccelerated(true);
    return box;
}

} // namespace

void ExportDialog::createControls()
{
    createTargetControls();
    createSizeControls();
    createLookControls();
    createTimingControls();
    createPageControls();
    createPreviewControls();
    createStatusControls();
}

// What to write and where: the format, the path and the view.
void ExportDialog::createTargetControls()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    const std::pair<ExportFormat, QString> formats[] = {
        {ExportFormat::Gif, tr("GIF animation")},
        {ExportFormat::Mp4, tr("MP4 video (H.264)")},
        {ExportFormat::WebM, tr("WebM video (VP9)")},
        {ExportFormat::Png, tr("PNG frames (folder)")},
        {ExportFormat::Svg, tr("SVG frames (folder)")},
        {ExportFormat::Pdf, tr("PDF handout")},
    };
    for (const auto &[format, label] : formats)
        m_format->addItem(label, static_cast<int>(format));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(pathMinimumWidth);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));

    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("view"));
    const Problem &problem = m_setup.lesson.problem;
    const bool valid = !validate(problem);
    for (View view : {View::Direct, View::ZeroInsertion, View::Matrix, View::BackwardInput,
                      View::BackwardKernel})
        if (valid ? !checkView(problem, view) : view == m_setup.view)
            m_view->addItem(viewLabel(view, problem.op), static_cast<int>(view));
}

void ExportDialog::createSizeControls()
{
    m_width = spin<QSpinBox>(this, "width", minExportSide, maxExportSide);
    m_height = spin<QSpinBox>(this, "height", minExportSide, maxExportSide);
    for (QSpinBox *side : {m_width, m_height})
        side->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_sizePreset = new QComboBox(this);
    m_sizePreset->setObjectName(QStringLiteral("sizePreset"));
    m_sizePreset->setAccessibleName(tr("Size presets"));
    m_sizePreset->addItem(tr("Custom"));
    for (QSize size : sizePresets)
        m_sizePreset->addItem(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height()), size);
}

// The stage's theme and the steps to export.
void ExportDialog::createLookControls()
{
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->addItem(tr("High contrast"), static_cast<int>(Theme::Contrast));

    m_stepFrom = spin<QSpinBox>(this, "stepFrom", 1, 1);
    m_stepTo = spin<QSpinBox>(this, "stepTo", 1, 1);
    m_stepFrom->setAccessibleName(tr("First step"));
    m_stepTo->setAccessibleName(tr("Last step"));
    m_stepOf = new QLabel(this);
}

// Frame rate, smooth motion and the hold on the first and last frame (animations).
void ExportDialog::createTimingControls()
{
    m_fps = spin<QSpinBox>(this, "fps", 0, maxExportFps);
    m_fps->setSpecialValueText(tr("Auto")); // 0: two a second, twelve when smooth
    m_fps->setSuffix(tr(" fps"));
    m_fps->setToolTip(tr("Auto: one step every half second, 12 frames a second when smooth"));
    m_smooth = new QCheckBox(tr("S&mooth: the kernel glides from step to step"), this);
    m_smooth->setObjectName(QStringLiteral("smooth"));
    m_hold = spin<QDoubleSpinBox>(this, "hold", 0, maxHoldSeconds);
    m_hold->setDecimals(1);
    m_hold->setSingleStep(holdStep);
    m_hold->setSuffix(tr(" s"));
}

// Steps per PDF page, the text size and the caption.
void ExportDialog::createPageControls()
{
    m_perPage = spin<QSpinBox>(this, "perPage", 1, maxPerPage);
    m_fontScale = spin<QDoubleSpinBox>(this, "fontScale", minFontScale, maxFontScale);
    m_fontScale->setDecimals(2);
    m_fontScale->setSingleStep(fontScaleStep);
    m_fontScale->setSuffix(QStringLiteral(" ×"));
    m_caption = new QCheckBox(tr("&Caption: narration and arithmetic under the grids"), this);
    m_caption->setObjectName(QStringLiteral("caption"));
}

void ExportDialog::createPreviewControls()
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFixedSize(previewBox);
    m_preview->setAccessibleName(tr("Preview of the first frame"));
    m_previewInfo = new QLabel(this);
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_previewInfo->setAlignment(Qt::AlignCenter);
    m_previewInfo->setWordWrap(true);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelay);
}

// The status line with its buttons, the progress bar and the dialog's buttons.
void ExportDialog::createStatusControls()
{
    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(statusIconSize);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // paths and messages are never markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInFolder = new QPushButton(tr("Show in Fol&der"), this);
    m_showInFolder->setObjectName(QStringLiteral("showInFolder"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%v of %m")); // a percentage sits at 0 % for long on big exports
    m_cancel = new QPushButton(tr("Cancel Export"), this);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("close"));
}

// The options, one row each, labelled with their mnemonics.
QFormLayout *ExportDialog::createForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [](std::initializer_list<QWidget *> widgets, bool stretch = true) {
        auto *line = new QHBoxLayout;
        for (QWidget *w : widgets)
            line->addWidget(w);
        if (stretch)
            line->addStretch(1);
        return line;
    };
    const auto times = [this](const QString &text) { return new QLabel(text, this); };
    // Own labels with buddies: QFormLayout sets none for a row that is a layout, and the
    // mnemonic would then show as a literal "&".
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Format:"), m_format), m_format);
    auto *where = row({m_path, m_browse}, false);
    where->setStretch(0, 1);
    form->addRow(label(tr("&Save to:"), m_path), where);
    form->addRow(label(tr("&View:"), m_view), m_view);
    form->addRow(label(tr("Si&ze:"), m_width),
                 row({m_width, times(QStringLiteral("×")), m_height, m_sizePreset}));
    form->addRow(label(tr("&Theme:"), m_theme), m_theme);
    form->addRow(label(tr("Ste&ps:"), m_stepFrom),
                 row({m_stepFrom, times(tr("to")), m_stepTo, m_stepOf}));
    form->addRow(label(tr("Frame &rate:"), m_fps), row({m_fps}));
    form->addRow(QString(), m_smooth);
    form->addRow(label(tr("Ho&ld first and last:"), m_hold), row({m_hold}));
    form->addRow(label(tr("Steps per pa&ge:"), m_perPage), row({m_perPage}));
    form->addRow(label(tr("Te&xt size:"), m_fontScale), row({m_fontScale}));
    form->addRow(QString(), m_caption);
    return form;
}

void ExportDialog::createLayout()
{
    QFormLayout *form = createForm();
    auto *preview = new QGroupBox(tr("Preview"), this);
    auto *previewColumn = new QVBoxLayout(preview);
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(m_previewInfo);
    previewColumn->addStretch(1);

    m_formPanel = new QWidget(this); // disabled as a whole while an export runs
    auto *top = new QHBoxLayout(m_formPanel);
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(form, 1);
    top->addWidget(preview, 0, Qt::AlignTop);

    auto *status = new QHBoxLayout;
    status->addWidget(m_statusIcon, 0, Qt::AlignTop);
    status->addWidget(m_status, 1);
    status->addWidget(m_showInFolder, 0, Qt::AlignTop);
    status->addWidget(m_open, 0, Qt::AlignTop);

    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_formPanel);
    column->addLayout(status);
    column->addLayout(running);
    column->addWidget(buttons);
}

void ExportDialog::loadSettings()
{
    const QSettings settings;
    ExportOptions options;
    options.format = formatFromName(exportSettings::format.read(settings)).value_or(options.format);
    options.size =
        QSize(exportSettings::width.read(settings), exportSettings::height.read(settings));
    if (const int fps = exportSettings::fps.read(settings); fps > 0)
        options.fps = fps;
    options.smooth = exportSettings::smooth.read(settings);
    options.holdSeconds = exportSettings::hold.read(settings);
    options.perPage = exportSettings::perPage.read(settings);
    options.fontScale = exportSettings::fontScale.read(settings);
    options.caption = exportSettings::caption.read(settings);
    options.view = m_setup.view;
    options.theme = m_setup.theme;
    QString folder = exportSettings::folder.read(settings);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    options.path =
        QDir(folder).filePath(isFrameFolder(options.format) ? m_setup.baseName
                                                            : m_setup.baseName + QLatin1Char('.')
                                      + formatExtension(options.format));
    setOptions(options);
}

void ExportDialog::saveSettings() const
{
    // From the controls, not options(): a PDF export keeps the GIF's frame rate for next time.
    QSettings settings;
    exportSettings::format.write(settings, formatName(options().format));
    exportSettings::folder.write(settings, QFileInfo(options().path).absolutePath());
    exportSettings::width.write(settings, m_width->value());
    exportSettings::height.write(settings, m_height->value());
    exportSettings::fps.write(settings, m_fps->value());
    exportSettings::smooth.write(settings, m_smooth->isChecked());
    exportSettings::hold.write(settings, m_hold->value());
    exportSettings::perPage.write(settings, m_perPage->value());
    exportSettings::fontScale.write(settings, m_fontScale->value());
    exportSettings::caption.write(settings, m_caption->isChecked());
}

} // namespace convstep
