#pragma once

#include "core/exercise.h"
#include "ui/export/worksheet.h"

#include <QDialog>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace convstep {

class WorksheetJob;

// File → Print Worksheet…: the options of `convstep-cli worksheet` (seed, count, level,
// kinds) and the PDF to write, which is written on a worker thread with progress and Cancel.
// The same options print the same exercises as the command line. The last options are
// remembered (QSettings group "worksheet").
class WorksheetDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorksheetDialog(QWidget *parent = nullptr);
    ~WorksheetDialog() override;

    ExerciseOptions exerciseOptions() const;
    void setExerciseOptions(const ExerciseOptions &options);
    QString path() const;
    void setPath(const QString &path);
    // Why these options cannot be written, or nullopt.
    std::optional<QString> problem() const;

    // The question before replacing a file or stopping the job; tests answer without a box.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    bool startWriting(); // false when the options are invalid or a file is kept
    bool isWriting() const;
    const ExportResult &result() const;
    QString statusText() const;

    void reject() override; // asks before stopping a running job

signals:
    void writingFinished(bool ok);

private:
    void createControls();
    void optionsChanged();
    void browse();
    void writingDone();
    void loadSettings();
    void saveSettings() const;

    WorksheetJob *m_job = nullptr;
    Confirm m_confirm;
    bool m_closeWhenDone = false;
    QWidget *m_form = nullptr;
    QLineEdit *m_seed = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_level = nullptr;
    std::array<QCheckBox *, 4> m_kinds{}; // value, reach, shape, recipe
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace convstep
