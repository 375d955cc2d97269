#include "ui/window/export_dialog.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/export/export_job.h"
#include "ui/export/export_preview.h"
#include "ui/export/frame_source.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>

#include <cmath>

namespace convstep {
namespace {

bool isTimed(ExportFormat format)
{
    return format == ExportFormat::Gif || isVideo(format);
}

// `path` with its extension following `format`: "lesson.gif" → "lesson.pdf" → "lesson" (a
// folder of frames). Only a known format's extension is replaced, so "v1.2" keeps its dot.
QString withFormat(const QString &path, ExportFormat format)
{
    const QString name = QFileInfo(path).fileName();
    if (name.isEmpty())
        return path;
    QString base = name;
    if (const QString suffix = QFileInfo(name).suffix(); formatFromName(suffix))
        base.chop(suffix.size() + 1);
    if (base.isEmpty())
        return path;
    return path.left(path.size() - name.size())
        + (isFrameFolder(format) ? base : base + QLatin1Char('.') + formatExtension(format));
}

} // namespace

QString ExportDialog::countText(int count, ExportFormat format)
{
    const QString n = QLocale().toString(count);
    if (format == ExportFormat::Pdf)
        return count == 1 ? tr("1 page") : tr("%1 pages").arg(n);
    return count == 1 ? tr("1 frame") : tr("%1 frames").arg(n);
}

QString ExportDialog::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

QString ExportDialog::playingTime(double seconds)
{
    return seconds < 60
        ? tr("%1 s").arg(QLocale().toString(seconds, 'f', 1))
        : tr("%1 min %2 s").arg(static_cast<int>(seconds) / 60).arg(static_cast<int>(seconds) % 60);
}

QString ExportDialog::durationText(double seconds)
{
    if (seconds < 1)
        return tr("under a second");
    if (seconds < 1.5)
        return tr("a second");
    if (seconds < 90)
        return tr("%1 s").arg(std::lround(seconds));
    if (seconds < 90 * 60)
        return tr("%1 min").arg(std::lround(seconds / 60));
    return tr("%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
}

ExportDialog::ExportDialog(ExportDialogSetup setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(std::move(setup))
    , m_job(new ExportJob(this))
    , m_confirm([this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    })
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Animation"));
    createControls();
    createLayout();
    for (QWidget *w : {static_cast<QWidget *>(m_showInFolder), static_cast<QWidget *>(m_open),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)})
        w->hide();
    loadSettings();
    connectControls();
    optionsChanged();
    updatePreview(); // the first picture at once; later ones are debounced
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::connectControls()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_view, &QComboBox::currentIndexChanged, this, &ExportDialog::viewChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::optionsChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_sizePreset, &QComboBox::activated, this, [this](int index) {
        const QSize size = m_sizePreset->itemData(index).toSize();
        if (size.isEmpty())
            return;
        m_updating = true; // one change, not two
        m_width->setValue(size.width());
        m_height->setValue(size.height());
        m_updating = false;
        optionsChanged();
    });
    connect(m_stepFrom, &QSpinBox::valueChanged, this, [this](int from) {
        if (from > m_stepTo->value())
            m_stepTo->setValue(from);
    });
    connect(m_stepTo, &QSpinBox::valueChanged, this, [this](int to) {
        if (to < m_stepFrom->value())
            m_stepFrom->setValue(to);
    });
    for (QSpinBox *box : {m_width, m_height, m_stepFrom, m_stepTo, m_fps, m_perPage})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    for (QDoubleSpinBox *box : {m_hold, m_fontScale})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    for (QCheckBox *box : {m_smooth, m_caption})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        m_openUrl(QUrl::fromLocalFile(QFileInfo(m_job->result().path).absolutePath()));
    });
    connect(m_open, &QPushButton::clicked, this,
            [this] { m_openUrl(QUrl::fromLocalFile(m_job->result().path)); });
    connect(m_job, &ExportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::exportDone);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (!path.isEmpty())
        path = QDir::home().absoluteFilePath(path); // a bare name lands in the home folder
    o.path = path;
    o.view = static_cast<View>(m_view->currentData().toInt());
    o.size = QSize(m_width->value(), m_height->value());
    const bool timed = isTimed(o.format);
    if (timed && m_fps->value() > 0)
        o.fps = m_fps->value();
    o.theme = static_cast<Theme>(m_theme->currentData().toInt());
    if (m_stepFrom->value() > 1 || m_stepTo->value() < stepCount())
        o.steps = {m_stepFrom->value(), m_stepTo->value()};
    o.smooth = o.format != ExportFormat::Pdf && m_smooth->isChecked();
    o.holdSeconds = timed ? m_hold->value() : 0.0;
    o.perPage = o.format == ExportFormat::Pdf ? m_perPage->value() : 1;
    o.caption = m_caption->isChecked();
    o.fontScale = m_fontScale->value();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    m_updating = true;
    m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(o.format))));
    m_path->setText(QDir::toNativeSeparators(o.path));
    const View view = o.view.value_or(m_setup.view);
    if (const int index = m_view->findData(static_cast<int>(view)); index >= 0)
        m_view->setCurrentIndex(index);
    m_width->setValue(o.size.width());
    m_height->setValue(o.size.height());
    m_fps->setValue(o.fps.value_or(0));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(o.theme))));
    m_smooth->setChecked(o.smooth);
    m_hold->setValue(o.holdSeconds);
    m_perPage->setValue(o.perPage);
    m_fontScale->setValue(o.fontScale);
    m_caption->setChecked(o.caption);
    m_updating = false;
    viewChanged();
    m_updating = true;
    m_stepFrom->setValue(o.steps.first.value_or(1));
    m_stepTo->setValue(o.steps.last.value_or(stepCount()));
    m_updating = false;
    optionsChanged();
}

int ExportDialog::stepCount() const
{
    return m_trace ? m_trace->stepCount : 1;
}

std::optional<Error> ExportDialog::lessonProblem() const
{
    const Problem &problem = m_setup.lesson.problem;
    if (auto error = validate(problem))
        return Error{tr("This lesson cannot be exported until its problem is fixed: %1")
                         .arg(errorText(*error))};
    if (auto error = checkView(problem, static_cast<View>(m_view->currentData().toInt())))
        return Error{errorText(*error)};
    return std::nullopt;
}

std::optional<Error> ExportDialog::problem() const
{
    if (auto error = lessonProblem())
        return error;
    const ExportOptions o = options();
    if (o.path.isEmpty())
        return Error{tr("Choose where to save the export.")};
    const QFileInfo target(o.path);
    if (isFrameFolder(o.format) && target.exists() && !target.isDir())
        return Error{
            tr("“%1” is a file; frames are written into a folder.").arg(target.fileName())};
    if (!isFrameFolder(o.format) && target.isDir())
        return Error{tr("“%1” is a folder; choose a file name.").arg(target.fileName())};
    if (isVideo(o.format) && (o.size.width() % 2 || o.size.height() % 2))
        return Error{tr("%1 video needs an even width and height, and %2 × %3 has an odd side. "
                        "Try %4 × %5.")
                         .arg(formatName(o.format).toUpper())
                         .arg(o.size.width())
                         .arg(o.size.height())
                         .arg(o.size.width() + o.size.width() % 2)
                         .arg(o.size.height() + o.size.height() % 2)};
    return checkOptions(o); // anything else, in the exporter's words
}

void ExportDialog::formatChanged()
{
    if (m_updating)
        return;
    const QSignalBlocker blocker(m_path); // one change for the whole switch
    m_path->setText(QDir::toNativeSeparators(
        withFormat(QDir::fromNativeSeparators(m_path->text()), options().format)));
    optionsChanged();
}

void ExportDialog::viewChanged()
{
    if (m_updating)
        return;
    const int oldCount = stepCount();
    const bool all = m_stepFrom->value() == 1 && m_stepTo->value() == oldCount;
    m_trace.reset();
    const auto view = static_cast<View>(m_view->currentData().toInt());
    if (!lessonProblem())
        m_trace = std::make_shared<const Trace>(
            makeTrace(m_setup.lesson.problem, view,
                      isBackward(view) ? m_setup.lesson.upstreamGradient() : Grid()));
    const int count = stepCount();
    const bool updating = std::exchange(m_updating, true);
    m_stepFrom->setRange(1, count);
    m_stepTo->setRange(1, count);
    if (all)
        m_stepTo->setValue(count); // all the steps stays all the steps in the new view
    m_stepOf->setText(tr("of %1").arg(count));
    m_updating = updating;
    optionsChanged();
}

void ExportDialog::optionsChanged()
{
    if (m_updating)
        return;
    m_showInFolder->hide();
    m_open->hide();
    updateEnabled();
    updateSizePreset();
    if (!m_job->isRunning()) {
        const auto why = problem();
        showStatus(why ? why->message : QString(), why ? Tone::Warning : Tone::None);
        m_export->setEnabled(!why);
    }
    m_previewTimer->start();
}

void ExportDialog::updateEnabled()
{
    const ExportFormat format = options().format;
    const bool timed = isTimed(format);
    const bool pdf = format == ExportFormat::Pdf;
    m_fps->setEnabled(timed);
    m_hold->setEnabled(timed);
    m_smooth->setEnabled(!pdf);
    m_caption->setEnabled(!pdf); // the handout sets the narration as text under each picture
    m_perPage->setEnabled(pdf);
    m_width->setSingleStep(isVideo(format) ? 2 : 1);
    m_height->setSingleStep(isVideo(format) ? 2 : 1);
    m_fps->setToolTip(timed ? tr("Auto: one step every half second, 12 frames a second when smooth")
                            : tr("Only GIF and video have a frame rate"));
    m_perPage->setToolTip(pdf ? QString() : tr("Only for the PDF handout"));
}

void ExportDialog::updateSizePreset()
{
    const QSignalBlocker blocker(m_sizePreset);
    const int index = m_sizePreset->findData(QSize(m_width->value(), m_height->value()));
    m_sizePreset->setCurrentIndex(std::max(0, index));
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const ExportOptions o = options();
    if (!m_trace) {
        m_previewImage = {};
        m_preview->setText(tr("No preview"));
        m_previewInfo->clear();
        emit previewUpdated();
        return;
    }
    const ResolvedSteps steps{m_stepFrom->value() - 1, m_stepTo->value() - 1};
    const qreal ratio = devicePixelRatioF();
    m_previewImage = renderExportPreview(m_trace, steps, o, m_preview->size() * ratio,
                                         lessonTitle(m_setup.lesson));
    QImage shown = m_previewImage;
    shown.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(shown));

    const QString size = tr("%1 × %2 px").arg(o.size.width()).arg(o.size.height());
    const ExportEstimate e = *estimate();
    QString text = o.format == ExportFormat::Pdf
        ? tr("First step at %1 · %2").arg(size, countText(e.frames, o.format))
        : tr("First frame at %1 · %2").arg(size, countText(e.frames, o.format));
    if (isTimed(o.format))
        text += QStringLiteral(" · ") + playingTime(e.playSeconds);
    text += QLatin1Char('\n')
        + tr("About %1 · about %2 to export").arg(sizeText(e.bytes), durationText(e.exportSeconds));
    m_previewInfo->setText(text);
    emit previewUpdated();
}

std::optional<ExportEstimate> ExportDialog::estimate() const
{
    if (!m_trace)
        return std::nullopt;
    const ExportOptions o = options();
    const ResolvedSteps steps{m_stepFrom->value() - 1, m_stepTo->value() - 1};
    StageStyle style;
    style.theme = o.theme;
    style.fontScale = o.fontScale;
    const FrameSource source(m_trace, StepSelection(steps), style, o.caption,
                             o.smooth && o.format != ExportFormat::Pdf, effectiveFps(o),
                             o.holdSeconds);
    return estimateExport(source, o);
}

} // namespace convstep
