#include "ui/export/video_writer.h"

#include "ui/export/export_status.h"
#include "ui/export/ffmpeg_api.h"
#include "ui/export/frame_source.h"

#include <QCoreApplication>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString avError(const FFmpegApi &av, int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av.av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

const AVCodec *findEncoder(const FFmpegApi &av, ExportFormat format)
{
    if (format == ExportFormat::WebM) {
        if (const AVCodec *vp9 = av.avcodec_find_encoder_by_name("libvpx-vp9"))
            return vp9;
        return av.avcodec_find_encoder(AV_CODEC_ID_VP9);
    }
    if (const AVCodec *x264 = av.avcodec_find_encoder_by_name("libx264"))
        return x264;
    return av.avcodec_find_encoder(AV_CODEC_ID_H264);
}

} // namespace

VideoWriter::~VideoWriter()
{
    release();
}

void VideoWriter::release()
{
    if (!m_av)
        return; // never opened: nothing to free
    if (m_format) {
        if (m_format->pb)
            m_av->avio_closep(&m_format->pb);
        m_av->avformat_free_context(m_format);
        m_format = nullptr;
    }
    m_av->avcodec_free_context(&m_codec);
    m_av->av_frame_free(&m_frame);
    m_av->av_packet_free(&m_packet);
    m_av->sws_freeContext(m_scale);
    m_scale = nullptr;
    m_stream = nullptr;
}

QString VideoWriter::codecName() const
{
    return m_codec && m_codec->codec ? QString::fromLatin1(m_codec->codec->name) : QString();
}

std::optional<Error> VideoWriter::open(const QString &path, ExportFormat format, QSize size,
                                       int fps)
{
    const auto api = ffmpegApi();
    if (!api.ok())
        return api.error();
    m_av = api.value();
    // FFmpeg's log would interleave with the program's own one-line messages.
    m_av->av_log_set_level(AV_LOG_QUIET);
    if (size.width() % 2 || size.height() % 2)
        return Error{Text::tr("yuv420p video needs an even width and height")};
    const char *container = format == ExportFormat::WebM ? "webm" : "mp4";
    const QByteArray file = path.toLocal8Bit();
    int status =
        m_av->avformat_alloc_output_context2(&m_format, nullptr, container, file.constData());
    if (status < 0 || !m_format)
        return Error{Text::tr("cannot set up the %1 container: %2")
                         .arg(QLatin1String(container), avError(*m_av, status))};
    const AVCodec *codec = findEncoder(*m_av, format);
    if (!codec)
        return Error{Text::tr("no %1 encoder in this FFmpeg")
                         .arg(format == ExportFormat::WebM ? "VP9" : "H.264")};
    m_stream = m_av->avformat_new_stream(m_format, nullptr);
    m_codec = m_av->avcodec_alloc_context3(codec);
    m_frame = m_av->av_frame_alloc();
    m_packet = m_av->av_packet_alloc();
    if (!m_stream || !m_codec || !m_frame || !m_packet)
        return Error{Text::tr("out of memory")};

    m_codec->width = size.width();
    m_codec->height = size.height();
    m_codec->pix_fmt = AV_PIX_FMT_YUV420P;
    m_codec->time_base = AVRational{1, fps};
    m_codec->framerate = AVRational{fps, 1};
    m_codec->gop_size = fps * 10; // a key frame every 10 s: seekable, and key frames are dear
    // No B-frames: packets stay in display order, so each one's duration is its frame's.
    m_codec->max_b_frames = 0;
    m_codec->color_range = AVCOL_RANGE_MPEG;
    m_codec->colorspace = AVCOL_SPC_BT709;
    m_codec->color_primaries = AVCOL_PRI_BT709;
    m_codec->color_trc = AVCOL_TRC_BT709;
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    if (format == ExportFormat::WebM) {
        // Constant quality. For flat diagrams "realtime" at cpu-used 6 matches "good" in size
        // and PSNR at a fifth of the time.
        m_codec->bit_rate = 0;
        m_av->av_dict_set(&options, "crf", "32", 0);
        m_av->av_dict_set(&options, "deadline", "realtime", 0);
        m_av->av_dict_set(&options, "cpu-used", "6", 0);
        m_av->av_dict_set(&options, "row-mt", "1", 0);
    } else if (QLatin1String(codec->name) == QLatin1String("libx264")) {
        m_av->av_dict_set(&options, "preset", "veryfast", 0);
        m_av->av_dict_set(&options, "tune", "animation", 0);
        m_av->av_dict_set(&options, "crf", "20", 0);
    }
    status = m_av->avcodec_open2(m_codec, codec, &options);
    m_av->av_dict_free(&options);
    if (status < 0)
        return Error{Text::tr("cannot start the %1 encoder: %2")
                         .arg(QLatin1String(codec->name), avError(*m_av, status))};
    status = m_av->avcodec_parameters_from_context(m_stream->codecpar, m_codec);
    if (status < 0)
        return Error{avError(*m_av, status)};
    m_stream->time_base = m_codec->time_base;
    m_stream->avg_frame_rate = m_codec->framerate;

    m_frame->format = m_codec->pix_fmt;
    m_frame->width = size.width();
    m_frame->height = size.height();
    if ((status = m_av->av_frame_get_buffer(m_frame, 0)) < 0)
        return Error{avError(*m_av, status)};
    m_scale = m_av->sws_getContext(size.width(), size.height(), AV_PIX_FMT_BGRA, size.width(),
                                   size.height(), AV_PIX_FMT_YUV420P,
                                   SWS_BILINEAR | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
    if (!m_scale)
        return Error{Text::tr("cannot set up the colour conversion")};
    // Full-range RGB in, BT.709 limited-range YUV out, as the stream is tagged.
    const int *bt709 = m_av->sws_getCoefficients(SWS_CS_ITU709);
    m_av->sws_setColorspaceDetails(m_scale, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);

    if ((status = m_av->avio_open(&m_format->pb, file.constData(), AVIO_FLAG_WRITE)) < 0)
        return Error{avError(*m_av, status)};
    AVDictionary *muxing = nullptr;
    if (format == ExportFormat::Mp4)
        m_av->av_dict_set(&muxing, "movflags", "+faststart", 0); // playable while downloading
    status = m_av->avformat_write_header(m_format, &muxing);
    m_av->av_dict_free(&muxing);
    if (status < 0)
        return Error{avError(*m_av, status)};
    m_headerWritten = true;
    return std::nullopt;
}

std::optional<Error> VideoWriter::addFrame(const QImage &image, qint64 start, qint64 duration)
{
    if (!m_headerWritten || image.width() != m_codec->width || image.height() != m_codec->height)
        return Error{Text::tr("video frame of the wrong size")};
    int status = m_av->av_frame_make_writable(m_frame);
    if (status < 0)
        return Error{avError(*m_av, status)};
    const uint8_t *source[1] = {image.constBits()};
    const int stride[1] = {static_cast<int>(image.bytesPerLine())};
    m_av->sws_scale(m_scale, source, stride, 0, image.height(), m_frame->data, m_frame->linesize);
    m_frame->pts = start;
    m_durations[start] = duration;
    if ((status = m_av->avcodec_send_frame(m_codec, m_frame)) < 0)
        return Error{avError(*m_av, status)};
    return drain(false);
}

std::optional<Error> VideoWriter::drain(bool flushing)
{
    for (;;) {
        int status = m_av->avcodec_receive_packet(m_codec, m_packet);
        if (status == AVERROR(EAGAIN) || (flushing && status == AVERROR_EOF))
            return std::nullopt;
        if (status < 0)
            return Error{avError(*m_av, status)};
        // Every packet, the last one included, lasts as long as its frame was meant to.
        const auto found = m_durations.find(m_packet->pts);
        if (found != m_durations.end()) {
            m_packet->duration = found->second;
            m_durations.erase(found);
        }
        m_av->av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        status = m_av->av_interleaved_write_frame(m_format, m_packet); // takes the packet's data
        if (status < 0)
            return Error{avError(*m_av, status)};
    }
}

std::optional<Error> VideoWriter::finish()
{
    if (!m_headerWritten)
        return Error{Text::tr("the video was never started")};
    int status = m_av->avcodec_send_frame(m_codec, nullptr);
    if (status < 0)
        return Error{avError(*m_av, status)};
    if (auto error = drain(true))
        return error;
    if ((status = m_av->av_write_trailer(m_format)) < 0)
        return Error{avError(*m_av, status)};
    if (m_format->pb->error < 0)
        return Error{avError(*m_av, m_format->pb->error)};
    if ((status = m_av->avio_closep(&m_format->pb)) < 0)
        return Error{avError(*m_av, status)};
    return std::nullopt;
}

ExportResult writeVideo(const FrameSource &source, QSize size, ExportFormat format,
                        const QString &path, const ExportProgress &progress)
{
    VideoWriter writer;
    if (auto error = writer.open(path, format, size, source.fps()))
        return ExportResult::failure(ExportStatus::Failed, error->message);
    QImage image(size, QImage::Format_RGB32);
    qint64 start = 0;
    const int count = source.count();
    for (int i = 0; i < count; ++i) {
        if (progress.cancelled())
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        source.render(i, image);
        const qint64 ticks = source.spec(i).ticks;
        // Demuxers give the last frame one period whatever its packet says, so a held last
        // frame ends with a one-period copy of itself.
        const qint64 shown = i == count - 1 && ticks > 1 ? ticks - 1 : ticks;
        if (auto error = writer.addFrame(image, start, shown))
            return ExportResult::failure(ExportStatus::Failed, error->message);
        if (shown != ticks) {
            if (auto error = writer.addFrame(image, start + shown, 1))
                return ExportResult::failure(ExportStatus::Failed, error->message);
        }
        start += ticks;
        progress.report(i + 1, count);
    }
    if (auto error = writer.finish())
        return ExportResult::failure(ExportStatus::Failed, error->message);
    ExportResult result;
    result.frames = count;
    return result;
}

} // namespace convstep
