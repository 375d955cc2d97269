#include "ui/export/worksheet_job.h"

#include "io/text.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convstep {

WorksheetJob::WorksheetJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, [this] {
        m_result = m_watcher.result();
        m_running = false;
        emit finished(m_result.ok());
    });
}

WorksheetJob::~WorksheetJob()
{
    if (!m_running)
        return;
    m_cancel.store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // the worker uses m_cancel and `this` until it returns
}

bool WorksheetJob::start(const ExerciseOptions &exercises, const WorksheetOptions &sheet)
{
    if (m_running)
        return false;
    m_cancel.store(false);
    m_result = {};
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([this, exercises, sheet] {
        ExportProgress progress;
        progress.cancel = &m_cancel;
        progress.onProgress = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit this->progress(done, total); },
                Qt::QueuedConnection);
        };
        if (const auto why = checkExerciseOptions(exercises))
            return ExportResult::failure(ExportStatus::Invalid, qt(*why));
        return writeWorksheet(makeExercises(exercises), sheet, progress);
    }));
    return true;
}

void WorksheetJob::cancel()
{
    if (m_running)
        m_cancel.store(true);
}

} // namespace convstep
