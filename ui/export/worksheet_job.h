#pragma once

#include "core/exercise.h"
#include "ui/export/export_job.h"
#include "ui/export/worksheet.h"

#include <QObject>

namespace convstep {

// One writeWorksheet() on a worker thread, run by an ExportJob: progress and the result arrive
// as signals on the job's thread; destroying a running job cancels it and waits.
class WorksheetJob final : public QObject
{
    Q_OBJECT

public:
    explicit WorksheetJob(QObject *parent = nullptr);

    // Makes the exercises of `exercises` and writes them; false while another job runs.
    bool start(const ExerciseOptions &exercises, const WorksheetOptions &sheet);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }
    const ExportResult &result() const { return m_job.result(); }

signals:
    void progress(int done, int total);
    void finished(bool ok);

private:
    ExportJob m_job;
};

} // namespace convstep
