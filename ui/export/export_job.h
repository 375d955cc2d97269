#pragma once

#include "io/lesson.h"
#include "ui/export/export_options.h"
#include "ui/export/export_status.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace convstep {

// One exportAnimation() on a worker thread. Progress and the result arrive as signals on the
// thread that owns the job, so a dialog can show them directly. Destroying a running job
// cancels it and waits, so the worker never outlives what it reports to.
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    // Starts exporting a copy of `lesson`; false while another export is running.
    bool start(const Lesson &lesson, const ExportOptions &options);
    // Runs any writer that reports through ExportProgress (a worksheet, say) the same way.
    bool run(std::function<ExportResult(ExportProgress &)> work);
    // Asks the worker to stop between frames; finished() follows with Cancelled (and the
    // exporter removes what it had written).
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancel.load(); }
    const ExportResult &result() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished(bool ok);

private:
    QFutureWatcher<ExportResult> m_watcher;
    std::atomic<bool> m_cancel{false}; // polled by the worker between frames
    ExportResult m_result;
    bool m_running = false;
};

} // namespace convstep
