#pragma once

#include "core/exercise.h"
#include "ui/export/worksheet.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace convstep {

// One writeWorksheet() on a worker thread, as ExportJob runs an export: progress and the
// result arrive as signals on the job's thread; destroying a running job cancels it and waits.
class WorksheetJob final : public QObject
{
    Q_OBJECT

public:
    explicit WorksheetJob(QObject *parent = nullptr);
    ~WorksheetJob() override;

    // Makes the exercises of `exercises` and writes them; false while another job runs.
    bool start(const ExerciseOptions &exercises, const WorksheetOptions &sheet);
    void cancel();
    bool isRunning() const { return m_running; }
    const ExportResult &result() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished(bool ok);

private:
    QFutureWatcher<ExportResult> m_watcher;
    std::atomic<bool> m_cancel{false};
    ExportResult m_result;
    bool m_running = false;
};

} // namespace convstep
