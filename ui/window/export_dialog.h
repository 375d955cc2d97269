#pragma once

#include "io/error.h"
#include "io/lesson.h"
#include "ui/export/export_estimate.h"
#include "ui/export/export_options.h"
#include "ui/export/export_status.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QUrl;

namespace convstep {

class ExportJob;
class MainWindow;

// What the dialog starts from: the window's lesson and what its stage shows now.
struct ExportDialogSetup
{
    Lesson lesson;
    View view = View::Direct;
    Theme theme = Theme::Light;
    QString baseName = QStringLiteral("lesson"); // the output's name without extension
};

// File → Export…: the command line's export options as controls, a live preview of the first
// frame with what the export will make (frames or pages, playing time, size, time to write),
// and the export itself on a worker thread with progress and Cancel; a large export
// (asksFirst) needs a yes first. Invalid options are explained inline before anything
// starts; the last options used are remembered in QSettings (group "export"), except the
// view, theme and steps, which follow the lesson.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(ExportDialogSetup setup, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The options the controls show (overwrite off); setOptions fills the controls.
    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    // Why these options cannot be exported, in the dialog's words; nullopt when they can.
    std::optional<Error> problem() const;
    int stepCount() const; // in the chosen view
    // What the chosen options would make: frames or pages, playing time, size, time to
    // write. Nothing when the lesson cannot be exported.
    std::optional<ExportEstimate> estimate() const;

    // A yes/no question (replace an existing file, start a large export, stop the export on
    // closing). The default
    // asks with a message box; tests answer without one.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Show in folder and Open; the default is QDesktopServices::openUrl.
    using OpenUrl = std::function<bool(const QUrl &url)>;
    void setOpenUrl(OpenUrl openUrl) { m_openUrl = std::move(openUrl); }

    // Starts exporting; false when the options are invalid, the user keeps an existing
    // target, or an export is running (the status line says which).
    bool startExport();
    void cancelExport();
    bool isExporting() const;
    const ExportResult &result() const; // of the last export that finished
    QString statusText() const;
    QImage previewImage() const { return m_previewImage; }

    void reject() override; // closing while exporting asks to stop the export first

signals:
    void exportFinished(bool ok);
    void previewUpdated();

private:
    enum class Tone { None, Warning, Error, Done };
    static constexpr QSize statusIconSize{20, 20}; // the tone's icon before the status line

    void createControls();
    void createTargetControls();
    void createSizeControls();
    void createLookControls();
    void createTimingControls();
    void createPageControls();
    void createPreviewControls();
    void createStatusControls();
    QFormLayout *createForm();
    void createLayout();
    void connectControls();
    void loadSettings();
    void saveSettings() const;

    void formatChanged();
    void viewChanged();
    void optionsChanged();
    void updateEnabled();
    void updateSizePreset();
    void updatePreview();
    void browse();
    void showStatus(const QString &text, Tone tone);
    bool confirmLargeExport(const ExportOptions &options);
    // How the dialog words counts ("4 frames", "1 page"), sizes ("472 kB"), playing times
    // ("32.5 s", "34 min 8 s") and rough durations ("under a second", "3 min").
    static QString countText(int count, ExportFormat format);
    static QString sizeText(qint64 bytes);
    static QString playingTime(double seconds);
    static QString durationText(double seconds);
    void exportDone();
    std::optional<Error> lessonProblem() const;

    ExportDialogSetup m_setup;
    std::shared_ptr<const Trace> m_trace; // the lesson in the chosen view; null if invalid
    ExportJob *m_job = nullptr;
    Confirm m_confirm;
    OpenUrl m_openUrl;
    QImage m_previewImage;
    bool m_closeWhenDone = false;
    bool m_updating = false; // filling controls: no change handling until done

    QWidget *m_formPanel = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_view = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_sizePreset = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_stepFrom = nullptr;
    QSpinBox *m_stepTo = nullptr;
    QLabel *m_stepOf = nullptr;
    QSpinBox *m_fps = nullptr;
    QCheckBox *m_smooth = nullptr;
    QDoubleSpinBox *m_hold = nullptr;
    QSpinBox *m_perPage = nullptr;
    QDoubleSpinBox *m_fontScale = nullptr;
    QCheckBox *m_caption = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_previewInfo = nullptr;
    QTimer *m_previewTimer = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_showInFolder = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

// Opens the export dialog for the window's lesson, view and stage theme (File → Export…).
void showExportDialog(MainWindow *window);

} // namespace convstep
