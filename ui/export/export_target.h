#pragma once

#include "io/error.h"

#include <QString>

#include <optional>

namespace convstep {

// An output file written under a temporary name in the target's own folder and renamed
// into place by commit(), so a failed or cancelled export never leaves a partial file. An
// existing device or pipe (/dev/null, /dev/stdout) is written directly: it cannot be renamed.
class ExportFile final
{
public:
    explicit ExportFile(QString target, bool overwrite);
    ~ExportFile(); // discards unless committed
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    std::optional<Error> prepare(); // nullopt when writePath() is usable
    QString writePath() const { return m_writePath; }
    std::optional<Error> commit(); // flushes to disk and renames into place
    void discard();

private:
    QString m_target;
    QString m_writePath;
    bool m_overwrite = false;
    bool m_direct = false;
    bool m_done = false;
};

// A folder of frames built under a temporary sibling name and renamed into place when
// complete. An existing empty folder is replaced; a non-empty one only with overwrite, and
// only when it holds nothing but frames (so a typo cannot wipe a folder of other files).
class ExportFolder final
{
public:
    explicit ExportFolder(QString target, bool overwrite);
    ~ExportFolder();
    ExportFolder(const ExportFolder &) = delete;
    ExportFolder &operator=(const ExportFolder &) = delete;

    std::optional<Error> prepare();
    QString writePath() const { return m_writePath; }
    std::optional<Error> commit();
    void discard();

private:
    QString m_target;
    QString m_writePath;
    bool m_overwrite = false;
    bool m_done = false;
};

// "frame-0001.png": numbered from 1, at least four digits so names sort.
QString frameFileName(int index, int count, const QString &extension);

// Makes every byte of `path` durable (fsync), or says why not.
std::optional<Error> syncFile(const QString &path);

} // namespace convstep
