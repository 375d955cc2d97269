#include "ui/export/export_target.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// The process umask without changing it (umask() would race with other threads).
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QRegularExpression pattern(QStringLiteral("^Umask:\\s*([0-7]+)"),
                                         QRegularExpression::MultilineOption);
        const auto match = pattern.match(QString::fromLatin1(status.readAll()));
        if (match.hasMatch())
            return static_cast<mode_t>(match.captured(1).toUInt(nullptr, 8));
    }
    return 022;
}

std::optional<Error> checkParent(const QString &target)
{
    const QFileInfo parent(QFileInfo(target).absolutePath());
    if (!parent.exists())
        return Error{Text::tr("folder %1 does not exist").arg(parent.filePath())};
    if (!parent.isDir())
        return Error{Text::tr("%1 is not a folder").arg(parent.filePath())};
    return std::nullopt;
}

// A unique hidden name beside `target`: ".name.XXXXXX".
QByteArray siblingTemplate(const QString &target)
{
    const QFileInfo info(target);
    return native(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                  + QStringLiteral(".XXXXXX"));
}

bool onlyFrames(const QString &folder)
{
    static const QRegularExpression frame(QStringLiteral("^frame-\\d+\\.(png|svg)$"));
    const QDir dir(folder);
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries)
        if (!frame.match(entry).hasMatch() || !QFileInfo(dir.filePath(entry)).isFile())
            return false;
    return true;
}

} // namespace

QString frameFileName(int index, int count, const QString &extension)
{
    const int digits = std::max(4, static_cast<int>(QString::number(count).size()));
    return QStringLiteral("frame-%1.%2")
        .arg(index + 1, digits, 10, QLatin1Char('0'))
        .arg(extension);
}

std::optional<Error> syncFile(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{Text::tr("cannot reopen %1: %2").arg(path, systemError(errno))};
    const bool synced = ::fsync(fd) == 0 || errno == EINVAL || errno == EROFS;
    const int error = errno;
    ::close(fd);
    if (!synced)
        return Error{Text::tr("cannot write %1: %2").arg(path, systemError(error))};
    return std::nullopt;
}

// cleanPath drops a trailing slash, which would otherwise make the sibling a child.
ExportFile::ExportFile(QString target, bool overwrite)
    : m_target(QDir::cleanPath(target))
    , m_overwrite(overwrite)
{ }

ExportFile::~ExportFile()
{
    discard();
}

std::optional<Error> ExportFile::prepare()
{
    struct stat existing
    { };
    if (::stat(native(m_target).constData(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode))
            return Error{Text::tr("%1 is a folder").arg(m_target)};
        if (!S_ISREG(existing.st_mode)) {
            m_direct = true; // a device or a pipe: written in place
            m_writePath = m_target;
            return std::nullopt;
        }
        if (!m_overwrite)
            return Error{
                Text::tr("%1 already exists (use --overwrite to replace it)").arg(m_target)};
        m_target = QFileInfo(m_target).canonicalFilePath(); // replace a symlink's target
    }
    if (auto error = checkParent(m_target))
        return error;
    QByteArray name = siblingTemplate(m_target);
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return Error{Text::tr("cannot write in folder %1: %2")
                         .arg(QFileInfo(m_target).absolutePath(), systemError(errno))};
    ::close(fd);
    m_writePath = QFile::decodeName(name);
    return std::nullopt;
}

std::optional<Error> ExportFile::commit()
{
    if (m_done || m_writePath.isEmpty())
        return Error{Text::tr("nothing to commit for %1").arg(m_target)};
    if (m_direct) {
        m_done = true;
        return std::nullopt;
    }
    if (auto error = syncFile(m_writePath)) {
        discard();
        return error;
    }
    struct stat existing
    { };
    const mode_t mode = ::stat(native(m_target).constData(), &existing) == 0
        ? existing.st_mode & 07777
        : 0666 & ~currentUmask();
    if (::chmod(native(m_writePath).constData(), mode) != 0
        || std::rename(native(m_writePath).constData(), native(m_target).constData()) != 0) {
        const Error error{Text::tr("cannot write %1: %2").arg(m_target, systemError(errno))};
        discard();
        return error;
    }
    m_done = true;
    return std::nullopt;
}

void ExportFile::discard()
{
    if (!m_done && !m_direct && !m_writePath.isEmpty())
        QFile::remove(m_writePath);
    m_done = true;
}

ExportFolder::ExportFolder(QString target, bool overwrite)
    : m_target(QDir::cleanPath(target))
    , m_overwrite(overwrite)
{ }

ExportFolder::~ExportFolder()
{
    discard();
}

std::optional<Error> ExportFolder::prepare()
{
    const QFileInfo info(m_target);
    if (info.exists() && !info.isDir())
        return Error{Text::tr("%1 exists and is not a folder").arg(m_target)};
    if (info.exists()
        && !QDir(m_target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System
                                   | QDir::NoDotAndDotDot)) {
        if (!m_overwrite)
            return Error{Text::tr("folder %1 is not empty (use --overwrite to replace its frames)")
                             .arg(m_target)};
        if (!onlyFrames(m_target))
            return Error{Text::tr("folder %1 holds files other than frames; not replacing it")
                             .arg(m_target)};
    }
    if (auto error = checkParent(m_target))
        return error;
    QByteArray name = siblingTemplate(m_target);
    if (!::mkdtemp(name.data()))
        return Error{
            Text::tr("cannot write in folder %1: %2").arg(info.absolutePath(), systemError(errno))};
    m_writePath = QFile::decodeName(name);
    return std::nullopt;
}

std::optional<Error> ExportFolder::commit()
{
    if (m_done || m_writePath.isEmpty())
        return Error{Text::tr("nothing to commit for %1").arg(m_target)};
    const QByteArray from = native(m_writePath);
    const QByteArray to = native(m_target);
    const auto failed = [&](int error) {
        const Error failure{Text::tr("cannot write %1: %2").arg(m_target, systemError(error))};
        discard();
        return failure;
    };
    // One syncfs for the whole folder rather than an fsync per frame.
    const int fd = ::open(from.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return failed(errno);
    const bool synced = ::syncfs(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    if (!synced)
        return failed(syncError);
    if (::chmod(from.constData(), 0777 & ~currentUmask()) != 0)
        return failed(errno);
    // rename() replaces an empty folder; a folder of old frames is moved aside first.
    if (std::rename(from.constData(), to.constData()) == 0) {
        m_done = true;
        return std::nullopt;
    }
    if (errno != ENOTEMPTY && errno != EEXIST)
        return failed(errno);
    QByteArray aside = siblingTemplate(m_target);
    if (!::mkdtemp(aside.data()) || std::rename(to.constData(), aside.constData()) != 0)
        return failed(errno);
    if (std::rename(from.constData(), to.constData()) != 0) {
        const int error = errno;
        std::rename(aside.constData(), to.constData());
        return failed(error);
    }
    QDir(QFile::decodeName(aside)).removeRecursively();
    m_done = true;
    return std::nullopt;
}

void ExportFolder::discard()
{
    if (!m_done && !m_writePath.isEmpty())
        QDir(m_writePath).removeRecursively();
    m_done = true;
}

} // namespace convstep
