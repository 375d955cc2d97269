#include "ui/export/export_job.h"
#include "ui/window/export_dialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

// Running an export: Browse…, the overwrite question, progress, Cancel, and the result line.
namespace convstep {
namespace {

// The name the success line shows: "lesson.gif", or "lesson/" for a folder of frames.
QString shownName(const QString &path, ExportFormat format)
{
    const QString name = QFileInfo(path).fileName();
    return isFrameFolder(format) ? name + QLatin1Char('/') : name;
}

// Whether exporting to `path` replaces something the user is asked about first. A device such
// as /dev/null is written directly, and an empty folder takes frames as it is.
bool wouldReplace(const QString &path, ExportFormat format)
{
    const QFileInfo target(path);
    if (!isFrameFolder(format))
        return target.isFile();
    return target.isDir()
        && !QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

} // namespace

void ExportDialog::browse()
{
    const ExportOptions o = options();
    if (isFrameFolder(o.format)) {
        const QFileInfo target(o.path);
        const QString start = target.isDir() ? o.path : target.absolutePath();
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for the Frames"), start);
        if (!folder.isEmpty())
            m_path->setText(QDir::toNativeSeparators(folder));
        return;
    }
    const QString extension = formatExtension(o.format);
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export To"), o.path,
        QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), extension), nullptr,
        QFileDialog::DontConfirmOverwrite); // asked once, when the export starts
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().compare(extension, Qt::CaseInsensitive) != 0)
        file += QLatin1Char('.') + extension;
    m_path->setText(QDir::toNativeSeparators(file));
}

bool ExportDialog::startExport()
{
    if (m_job->isRunning())
        return false;
    if (const auto why = problem()) {
        showStatus(why->message, Tone::Warning);
        return false;
    }
    ExportOptions o = options();
    if (!confirmLargeExport(o))
        return false;
    const QFileInfo target(o.path);
    if (wouldReplace(o.path, o.format)) {
        const QString question = isFrameFolder(o.format)
            ? tr("The folder “%1” is not empty. Replace the frames in it?")
            : tr("“%1” already exists. Replace it?");
        if (!m_confirm(tr("Replace?"), question.arg(target.fileName()))) {
            showStatus(tr("Not exported: “%1” already exists.").arg(target.fileName()),
                       Tone::Warning);
            return false;
        }
        o.overwrite = true;
    }
    saveSettings();
    m_showInFolder->hide();
    m_open->hide();
    showStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(o.path)), Tone::None);
    m_progress->setRange(0, 0); // busy until the first frame is done
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_formPanel->setEnabled(false);
    m_export->setEnabled(false);
    m_job->start(m_setup.lesson, o);
    return true;
}

// Above the thresholds (asksFirst), says what the export would make and asks first.
bool ExportDialog::confirmLargeExport(const ExportOptions &options)
{
    const auto e = estimate();
    if (!e || !asksFirst(*e, options.format))
        return true;
    QString what = countText(e->frames, options.format);
    if (e->playSeconds > 0) // a GIF or a video
        what = tr("%1, an animation of %2").arg(what, playingTime(e->playSeconds));
    const QString question =
        tr("This export makes %1: about %2, and about %3 to write. Export it anyway?\n\n"
           "Fewer steps (Steps: from … to) make it smaller; so does convstep-cli export with "
           "--every N, --phases or --final.")
            .arg(what, sizeText(e->bytes), durationText(e->exportSeconds));
    if (m_confirm(tr("Large Export"), question))
        return true;
    showStatus(tr("Not exported: it would make %1.").arg(countText(e->frames, options.format)),
               Tone::Warning);
    return false;
}

void ExportDialog::cancelExport()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling…"), Tone::None);
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

const ExportResult &ExportDialog::result() const
{
    return m_job->result();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::exportDone()
{
    m_progress->hide();
    m_cancel->hide();
    m_formPanel->setEnabled(true);
    m_export->setEnabled(!problem());
    const ExportResult &r = m_job->result();
    const ExportFormat format = options().format;
    switch (r.status) {
    case ExportStatus::Ok: {
        showStatus(
            tr("Wrote %1 — %2, %3")
                .arg(shownName(r.path, format), countText(r.frames, format), sizeText(r.bytes)),
            Tone::Done);
        m_status->setToolTip(QDir::toNativeSeparators(r.path));
        m_showInFolder->show();
        m_open->show();
        break;
    }
    case ExportStatus::Cancelled:
        showStatus(tr("Export cancelled; nothing was written."), Tone::None);
        break;
    case ExportStatus::Invalid:
    case ExportStatus::Failed:
        showStatus(tr("Export failed: %1").arg(r.message), Tone::Error);
        break;
    }
    emit exportFinished(r.ok());
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::reject()
{
    if (!m_job->isRunning()) {
        QDialog::reject();
        return;
    }
    if (m_closeWhenDone
        || !m_confirm(tr("Stop the Export?"),
                      tr("An export is running. Stop it and close? Nothing will be written.")))
        return;
    m_closeWhenDone = true; // closes once the worker has stopped and cleaned up
    cancelExport();
}

void ExportDialog::showStatus(const QString &text, Tone tone)
{
    m_status->setText(text);
    m_status->setToolTip(QString());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (tone) {
    case Tone::None:
        m_statusIcon->clear();
        return;
    case Tone::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Tone::Done:
        icon = QStyle::SP_DialogApplyButton;
        break;
    }
    m_statusIcon->setPixmap(
        style()->standardIcon(icon).pixmap(statusIconSize, devicePixelRatioF()));
}

} // namespace convstep
