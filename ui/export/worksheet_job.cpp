#include "ui/export/worksheet_job.h"

#include "io/text.h"

namespace convstep {

WorksheetJob::WorksheetJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &ExportJob::progress, this, &WorksheetJob::progress);
    connect(&m_job, &ExportJob::finished, this, &WorksheetJob::finished);
}

bool WorksheetJob::start(const ExerciseOptions &exercises, const WorksheetOptions &sheet)
{
    return m_job.run([exercises, sheet](ExportProgress &progress) {
        if (const auto why = checkExerciseOptions(exercises))
            return ExportResult::failure(ExportStatus::Invalid, qt(*why));
        return writeWorksheet(makeExercises(exercises), sheet, progress);
    });
}

} // namespace convstep
