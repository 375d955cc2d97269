#include "ui/window/worksheet_dialog.h"

#include "io/text.h"
#include "ui/export/worksheet_job.h"
#include "ui/window/app_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace convstep {
namespace {

constexpr ExerciseKind kindOrder[] = {ExerciseKind::Value, ExerciseKind::Reach, ExerciseKind::Shape,
                                      ExerciseKind::Recipe};

bool askWithBox(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace

WorksheetDialog::WorksheetDialog(QWidget *parent)
    : QDialog(parent)
    , m_job(new WorksheetJob(this))
{
    setObjectName(QStringLiteral("worksheetDialog"));
    setWindowTitle(tr("Print Worksheet"));
    m_confirm = [this](const QString &title, const QString &question) {
        return askWithBox(this, title, question);
    };
    createControls();
    loadSettings();
    optionsChanged();
    connect(m_job, &WorksheetJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &WorksheetJob::finished, this, &WorksheetDialog::writingDone);
}

WorksheetDialog::~WorksheetDialog() = default;

void WorksheetDialog::createControls()
{
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);

    m_seed = new QLineEdit(m_form);
    m_seed->setObjectName(QStringLiteral("worksheetSeed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed and options give the same exercises, here and in "
                          "convstep-cli worksheet"));
    form->addRow(tr("&Seed:"), m_seed);

    m_count = new QSpinBox(m_form);
    m_count->setObjectName(QStringLiteral("worksheetCount"));
    m_count->setRange(1, maxExerciseCount);
    form->addRow(tr("&Exercises:"), m_count);

    m_level = new QComboBox(m_form);
    m_level->setObjectName(QStringLiteral("worksheetLevel"));
    m_level->addItem(tr("1 — conv2d, stride 1, no padding"), 1);
    m_level->addItem(tr("2 — strides, padding, transposed convolutions"), 2);
    m_level->addItem(tr("3 — dilation, Keras 'same', output padding, rectangles"), 3);
    form->addRow(tr("&Level:"), m_level);

    auto *kinds = new QWidget(m_form);
    auto *kindRow = new QHBoxLayout(kinds);
    kindRow->setContentsMargins(0, 0, 0, 0);
    const QString labels[] = {tr("&Values"), tr("&Reach"), tr("S&hapes"), tr("Re&cipes")};
    const QString tips[] = {
        tr("The value of an output cell"),
        tr("The output cells an input of a transposed convolution reaches"),
        tr("The output's shape"),
        tr("A transposed convolution as zero insertion, padding and a stride-1 convolution"),
    };
    for (size_t i = 0; i < m_kinds.size(); ++i) {
        m_kinds[i] = new QCheckBox(labels[i], kinds);
        m_kinds[i]->setObjectName(QStringLiteral("worksheetKind_")
                                  + QLatin1String(exerciseKindName(kindOrder[i])));
        m_kinds[i]->setToolTip(tips[i]);
        kindRow->addWidget(m_kinds[i]);
        connect(m_kinds[i], &QCheckBox::toggled, this, &WorksheetDialog::optionsChanged);
    }
    kindRow->addStretch(1);
    form->addRow(tr("Kinds:"), kinds);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(m_form);
    m_path->setObjectName(QStringLiteral("worksheetPath"));
    auto *browse = new QPushButton(tr("&Browse…"), m_form);
    connect(browse, &QPushButton::clicked, this, &WorksheetDialog::browse);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Save as:"), pathRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("worksheetStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_write = buttons->addButton(tr("&Write PDF"), QDialogButtonBox::AcceptRole);
    m_write->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancel->hide();
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_write, &QPushButton::clicked, this, [this] { startWriting(); });
    connect(m_cancel, &QPushButton::clicked, m_job, &WorksheetJob::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorksheetDialog::reject);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_form);
    column->addWidget(m_status);
    column->addWidget(m_progress);
    column->addStretch(1);
    column->addWidget(buttons);

    connect(m_seed, &QLineEdit::textChanged, this, &WorksheetDialog::optionsChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &WorksheetDialog::optionsChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &WorksheetDialog::optionsChanged);
    connect(m_path, &QLineEdit::textChanged, this, &WorksheetDialog::optionsChanged);
}

ExerciseOptions WorksheetDialog::exerciseOptions() const
{
    ExerciseOptions options;
    options.seed = m_seed->text().toULongLong();
    options.count = m_count->value();
    options.level = m_level->currentData().toInt();
    std::vector<ExerciseKind> chosen;
    bool all = true;
    for (size_t i = 0; i < m_kinds.size(); ++i) {
        if (!kindFitsLevel(kindOrder[i], options.level))
            continue;
        if (m_kinds[i]->isChecked())
            chosen.push_back(kindOrder[i]);
        else
            all = false;
    }
    // Every kind of the level is the command line's default: the same exercises either way.
    if (!all)
        options.kinds = chosen;
    return options;
}

void WorksheetDialog::setExerciseOptions(const ExerciseOptions &options)
{
    m_seed->setText(QString::number(options.seed));
    m_count->setValue(options.count);
    m_level->setCurrentIndex(std::clamp(options.level, minExerciseLevel, maxExerciseLevel)
                             - minExerciseLevel);
    for (size_t i = 0; i < m_kinds.size(); ++i)
        m_kinds[i]->setChecked(
            options.kinds.empty()
            || std::find(options.kinds.begin(), options.kinds.end(), kindOrder[i])
                != options.kinds.end());
    optionsChanged();
}

QString WorksheetDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void WorksheetDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

std::optional<QString> WorksheetDialog::problem() const
{
    if (m_seed->text().isEmpty())
        return tr("Type a seed: a whole number such as 1.");
    const int level = m_level->currentData().toInt();
    bool ticked = false;
    for (size_t i = 0; i < m_kinds.size(); ++i)
        ticked = ticked || (kindFitsLevel(kindOrder[i], level) && m_kinds[i]->isChecked());
    if (!ticked)
        return tr("Tick at least one kind of exercise.");
    if (const auto why = checkExerciseOptions(exerciseOptions()))
        return qt(*why);
    if (path().isEmpty())
        return tr("Choose where to save the PDF.");
    return std::nullopt;
}

void WorksheetDialog::optionsChanged()
{
    if (m_job->isRunning())
        return;
    const int level = m_level->currentData().toInt();
    for (size_t i = 0; i < m_kinds.size(); ++i)
        m_kinds[i]->setEnabled(kindFitsLevel(kindOrder[i], level));
    const auto why = problem();
    m_write->setEnabled(!why);
    m_status->setText(why.value_or(QString()));
}

void WorksheetDialog::browse()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Save Worksheet"), path(),
                                                tr("PDF documents (*.pdf)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        file += QLatin1String(".pdf");
    setPath(file);
}

bool WorksheetDialog::startWriting()
{
    if (m_job->isRunning())
        return false;
    if (const auto why = problem()) {
        m_status->setText(*why);
        return false;
    }
    const ExerciseOptions options = exerciseOptions();
    WorksheetOptions sheet;
    sheet.path = path();
    if (QFileInfo(sheet.path).isFile()) {
        if (!m_confirm(
                tr("Replace?"),
                tr("“%1” already exists. Replace it?").arg(QFileInfo(sheet.path).fileName()))) {
            m_status->setText(
                tr("Not written: “%1” already exists.").arg(QFileInfo(sheet.path).fileName()));
            return false;
        }
        sheet.overwrite = true;
    }
    // As the command line words it, so that a sheet says how to print it again.
    sheet.subtitle =
        tr("Level %1 · seed %2 · %3")
            .arg(options.level)
            .arg(options.seed)
            .arg(options.count == 1 ? tr("1 exercise") : tr("%1 exercises").arg(options.count));
    saveSettings();
    m_form->setEnabled(false);
    m_write->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(sheet.path)));
    return m_job->start(options, sheet);
}

bool WorksheetDialog::isWriting() const
{
    return m_job->isRunning();
}

const ExportResult &WorksheetDialog::result() const
{
    return m_job->result();
}

QString WorksheetDialog::statusText() const
{
    return m_status->text();
}

void WorksheetDialog::writingDone()
{
    m_progress->hide();
    m_cancel->hide();
    m_form->setEnabled(true);
    m_write->setEnabled(!problem());
    const ExportResult &r = m_job->result();
    switch (r.status) {
    case ExportStatus::Ok:
        m_status->setText(
            tr("Wrote %1 — %2, %3")
                .arg(QFileInfo(r.path).fileName(),
                     r.frames == 1 ? tr("1 page") : tr("%1 pages").arg(r.frames),
                     QLocale().formattedDataSize(r.bytes, 0, QLocale::DataSizeTraditionalFormat)));
        break;
    case ExportStatus::Cancelled:
        m_status->setText(tr("Cancelled; nothing was written."));
        break;
    case ExportStatus::Invalid:
    case ExportStatus::Failed:
        m_status->setText(tr("Not written: %1").arg(r.message));
        break;
    }
    emit writingFinished(r.ok());
    if (m_closeWhenDone)
        QDialog::reject();
}

void WorksheetDialog::reject()
{
    if (!m_job->isRunning()) {
        QDialog::reject();
        return;
    }
    if (m_closeWhenDone
        || !m_confirm(tr("Stop Writing?"),
                      tr("The worksheet is being written. Stop and close? Nothing will be "
                         "written.")))
        return;
    m_closeWhenDone = true;
    m_job->cancel();
}

void WorksheetDialog::loadSettings()
{
    const QSettings settings;
    m_seed->setText(worksheetSettings::seed.read(settings));
    m_count->setValue(worksheetSettings::count.read(settings));
    m_level->setCurrentIndex(
        std::clamp(worksheetSettings::level.read(settings), minExerciseLevel, maxExerciseLevel)
        - minExerciseLevel);
    const QStringList kinds = worksheetSettings::kinds.read(settings);
    for (size_t i = 0; i < m_kinds.size(); ++i)
        m_kinds[i]->setChecked(kinds.isEmpty()
                               || kinds.contains(QLatin1String(exerciseKindName(kindOrder[i]))));
    QString path = worksheetSettings::path.read(settings);
    if (path.isEmpty())
        path = QDir::home().filePath(tr("worksheet.pdf"));
    setPath(path);
}

void WorksheetDialog::saveSettings() const
{
    QSettings settings;
    const ExerciseOptions options = exerciseOptions();
    worksheetSettings::seed.write(settings, QString::number(options.seed));
    worksheetSettings::count.write(settings, options.count);
    worksheetSettings::level.write(settings, options.level);
    QStringList kinds;
    for (ExerciseKind kind : options.kinds)
        kinds << QLatin1String(exerciseKindName(kind));
    worksheetSettings::kinds.write(settings, kinds);
    worksheetSettings::path.write(settings, path());
}

} // namespace convstep
