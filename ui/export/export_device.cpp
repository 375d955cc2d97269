#include "ui/export/export_device.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace convstep {
namespace {

constexpr qint64 bufferSize = 64 * 1024;

} // namespace

ExportDevice::ExportDevice(QString path)
    : m_path(std::move(path))
{ }

ExportDevice::~ExportDevice()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ExportDevice::open(OpenMode mode)
{
    if ((mode & ReadOnly) || m_fd >= 0) {
        setErrorString(QStringLiteral("ExportDevice is write-only and opens once"));
        return false;
    }
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                  0666);
    if (m_fd < 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_buffer.reserve(bufferSize);
    return QIODevice::open(mode | Unbuffered);
}

void ExportDevice::close()
{
    finish();
}

bool ExportDevice::finish()
{
    if (m_fd >= 0) {
        flushBuffer();
        if (::close(m_fd) != 0 && !m_failed) {
            m_failed = true;
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        }
        m_fd = -1;
        QIODevice::close();
    }
    return !m_failed;
}

qint64 ExportDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ExportDevice::writeData(const char *data, qint64 length)
{
    if (m_failed || m_fd < 0)
        return -1;
    if (m_buffer.size() + length > bufferSize && !flushBuffer())
        return -1;
    if (length >= bufferSize)
        return writeOut(data, length) ? length : -1;
    m_buffer.append(data, length);
    return length;
}

bool ExportDevice::flushBuffer()
{
    const bool ok = writeOut(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return ok;
}

bool ExportDevice::writeOut(const char *data, qint64 length)
{
    while (length > 0 && !m_failed) {
        const ssize_t written = ::write(m_fd, data, static_cast<size_t>(length));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            // A short write is followed by one that fails with the reason (e.g. ENOSPC).
            m_failed = true;
            setErrorString(QString::fromLocal8Bit(std::strerror(written < 0 ? errno : EIO)));
            break;
        }
        data += written;
        length -= written;
    }
    return !m_failed;
}

} // namespace convstep
