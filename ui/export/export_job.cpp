#include "ui/export/export_job.h"

#include "ui/export/exporter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convstep {

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, [this] {
        m_result = m_watcher.result();
        m_running = false;
        emit finished(m_result.ok());
    });
}

ExportJob::~ExportJob()
{
    if (!m_running)
        return;
    m_cancel.store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // the worker uses m_cancel and `this` until it returns
}

bool ExportJob::start(const Lesson &lesson, const ExportOptions &options)
{
    return run([lesson, options](ExportProgress &progress) {
        return exportAnimation(lesson, options, progress);
    });
}

bool ExportJob::run(std::function<ExportResult(ExportProgress &)> work)
{
    if (m_running)
        return false;
    m_cancel.store(false);
    m_result = {};
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([this, work = std::move(work)] {
        ExportProgress progress;
        progress.cancel = &m_cancel;
        progress.onProgress = [this](int done, int total) {
            // Queued to the job's thread; Qt drops the call if the job is deleted first.
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit this->progress(done, total); },
                Qt::QueuedConnection);
        };
        return work(progress);
    }));
    return true;
}

void ExportJob::cancel()
{
    if (m_running)
        m_cancel.store(true);
}

} // namespace convstep
