#pragma once

#include "io/error.h"
#include "ui/export/export_options.h"

#include <QImage>
#include <QString>

#include <map>
#include <optional>

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct AVStream;
struct SwsContext;

namespace convstep {

struct FFmpegApi;
class FrameSource;
struct ExportProgress;
struct ExportResult;

// Streams RGB frames into an MP4 (H.264, libx264 when present) or a WebM (VP9) file through
// FFmpeg (loaded on first use, see ffmpeg_api.h), in yuv420p. Frames carry their own start and
// length in frame periods, so a held frame is one frame shown longer rather than copies. Memory
// stays at the encoder's look-ahead however long the video is.
class VideoWriter final
{
public:
    VideoWriter() = default;
    ~VideoWriter();
    VideoWriter(const VideoWriter &) = delete;
    VideoWriter &operator=(const VideoWriter &) = delete;

    // `size` must be even on both sides.
    std::optional<Error> open(const QString &path, ExportFormat format, QSize size, int fps);
    // `image`: RGB32 of the opened size; start and duration in periods of 1/fps.
    std::optional<Error> addFrame(const QImage &image, qint64 start, qint64 duration);
    std::optional<Error> finish(); // drains the encoder and closes the file

    QString codecName() const;

private:
    std::optional<Error> drain(bool flushing);
    void release();

    const FFmpegApi *m_av = nullptr; // loaded by open()
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVStream *m_stream = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    SwsContext *m_scale = nullptr;
    std::map<qint64, qint64> m_durations; // by start, until the encoder hands the packet back
    bool m_headerWritten = false;
};

// Renders every frame of `source` at `size` into a video at `path`.
ExportResult writeVideo(const FrameSource &source, QSize size, ExportFormat format,
                        const QString &path, const ExportProgress &progress);

} // namespace convstep
