#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace convstep {

// How a caller follows and stops an export. Both members are optional; onProgress is called
// on the exporting thread (queue it to the GUI thread yourself), cancel is polled between
// frames and pages.
struct ExportProgress
{
    std::function<void(int done, int total)> onProgress;
    std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int done, int total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
};

enum class ExportStatus {
    Ok,
    Invalid, // the options or the lesson cannot be exported (CLI exit 2); nothing written
    Failed, // reading or writing failed (CLI exit 1); nothing left behind
    Cancelled, // stopped through ExportProgress::cancel; nothing left behind
};

struct ExportResult
{
    ExportStatus status = ExportStatus::Ok;
    QString message; // one line, when not Ok
    QString path; // the file or folder written
    int frames = 0; // frames (gif, video, png, svg) or pages (pdf) written
    qint64 bytes = 0;

    bool ok() const { return status == ExportStatus::Ok; }
    static ExportResult failure(ExportStatus status, QString message)
    {
        ExportResult result;
        result.status = status;
        result.message = std::move(message);
        return result;
    }
};

} // namespace convstep
