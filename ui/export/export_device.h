#pragma once

#include <QIODevice>
#include <QString>

namespace convstep {

// A write-only file with its own 64 KiB buffer that keeps the system's reason for a failed
// write ("No space left on device"); QFile reports a short write as "Unknown error".
class ExportDevice final : public QIODevice
{
public:
    explicit ExportDevice(QString path);
    ~ExportDevice() override;

    bool open(OpenMode mode) override; // creates or truncates the file; WriteOnly only
    void close() override;
    bool isSequential() const override { return true; }
    // Writes out the buffer and closes; false (with errorString()) if any write failed.
    bool finish();
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 length) override;
    qint64 writeData(const char *data, qint64 length) override;

private:
    bool writeOut(const char *data, qint64 length);
    bool flushBuffer();

    QString m_path;
    int m_fd = -1;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace convstep
