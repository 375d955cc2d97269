#pragma once

// Independent readers for exported files: giflib for GIF, libavformat/libavcodec for video,
// the PDF's own page objects.
#include "ui/export/gif_palette.h"

#include <QFile>
#include <QImage>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <gif_lib.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace convstep::test {

struct GifFile final
{
    GifFileType *gif = nullptr;
    explicit GifFile(const QString &path)
    {
        int error = 0;
        gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
        if (gif && DGifSlurp(gif) != GIF_OK) {
            DGifCloseFile(gif, &error);
            gif = nullptr;
        }
    }
    ~GifFile()
    {
        if (gif)
            DGifCloseFile(gif, nullptr);
    }
    GifFile(const GifFile &) = delete;
    GifFile &operator=(const GifFile &) = delete;

    int delay(int image) const
    {
        GraphicsControlBlock gcb{};
        DGifSavedExtensionToGCB(gif, image, &gcb);
        return gcb.DelayTime;
    }

    bool loops() const
    {
        // DGifSlurp files the extensions before the first image with that image.
        const SavedImage &first = gif->SavedImages[0];
        for (int i = 0; i + 1 < first.ExtensionBlockCount; ++i) {
            const ExtensionBlock &block = first.ExtensionBlocks[i];
            const ExtensionBlock &next = first.ExtensionBlocks[i + 1];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11
                && memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0 && next.ByteCount == 3
                && next.Bytes[0] == 1 && next.Bytes[1] == 0 && next.Bytes[2] == 0)
                return true;
        }
        return false;
    }

    int transparentIndex(int image) const
    {
        GraphicsControlBlock gcb{};
        DGifSavedExtensionToGCB(gif, image, &gcb);
        return gcb.TransparentColor;
    }

    // What a viewer shows once images 0..last have been drawn (every disposal is "leave").
    QImage composite(int last) const
    {
        QImage canvas = blank();
        for (int i = 0; i <= last; ++i)
            draw(i, canvas);
        return canvas;
    }

    // Every image as a viewer shows it, composed one over the other.
    QList<QImage> frames() const
    {
        QList<QImage> shown;
        QImage canvas = blank();
        for (int i = 0; i < gif->ImageCount; ++i) {
            draw(i, canvas);
            shown << canvas.copy();
        }
        return shown;
    }

    // The palette the writer chose, from the global colour map: GifWriter repeats the first
    // colour in the entries it leaves unused, so they add nothing.
    GifPalette palette() const
    {
        std::vector<QRgb> colours;
        for (int i = 0; i < GifPalette::maxColours; ++i) {
            const GifColorType c = gif->SColorMap->Colors[i];
            colours.push_back(qRgb(c.Red, c.Green, c.Blue));
        }
        return GifPalette(colours);
    }

private:
    QImage blank() const
    {
        QImage canvas(gif->SWidth, gif->SHeight, QImage::Format_RGB32);
        canvas.fill(Qt::black);
        return canvas;
    }

    void draw(int i, QImage &canvas) const
    {
        const SavedImage &image = gif->SavedImages[i];
        const int transparent = transparentIndex(i);
        const ColorMapObject *map =
            image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        const GifImageDesc &d = image.ImageDesc;
        for (int y = 0; y < d.Height; ++y) {
            for (int x = 0; x < d.Width; ++x) {
                const int index = image.RasterBits[y * d.Width + x];
                if (index == transparent)
                    continue;
                const GifColorType c = map->Colors[index];
                canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        }
    }
};

struct Video final
{
    AVFormatContext *format = nullptr;
    explicit Video(const QString &path)
    {
        if (avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr) < 0
            || avformat_find_stream_info(format, nullptr) < 0)
            avformat_close_input(&format);
    }
    ~Video() { avformat_close_input(&format); }
    Video(const Video &) = delete;
    Video &operator=(const Video &) = delete;

    // Packet start times in seconds, and where the last one ends.
    std::pair<QList<double>, double> packets()
    {
        AVPacket *packet = av_packet_alloc();
        QList<double> starts;
        double end = 0;
        const AVRational base = format->streams[0]->time_base;
        while (av_read_frame(format, packet) >= 0) {
            starts << packet->pts * av_q2d(base);
            end = std::max(end, (packet->pts + packet->duration) * av_q2d(base));
            av_packet_unref(packet);
        }
        av_packet_free(&packet);
        std::sort(starts.begin(), starts.end());
        return {starts, end};
    }

    // The first picture, decoded and converted back to RGB.
    QImage firstFrame()
    {
        const AVCodecParameters *par = format->streams[0]->codecpar;
        const AVCodec *codec = avcodec_find_decoder(par->codec_id);
        AVCodecContext *ctx = avcodec_alloc_context3(codec);
        avcodec_parameters_to_context(ctx, par);
        QImage image;
        if (avcodec_open2(ctx, codec, nullptr) == 0) {
            AVPacket *packet = av_packet_alloc();
            AVFrame *frame = av_frame_alloc();
            bool done = false;
            while (!done && av_read_frame(format, packet) >= 0) {
                avcodec_send_packet(ctx, packet);
                av_packet_unref(packet);
                done = avcodec_receive_frame(ctx, frame) == 0;
            }
            if (!done) {
                avcodec_send_packet(ctx, nullptr);
                done = avcodec_receive_frame(ctx, frame) == 0;
            }
            if (done) {
                image = QImage(frame->width, frame->height, QImage::Format_RGB32);
                SwsContext *sws = sws_getContext(
                    frame->width, frame->height, AVPixelFormat(frame->format), frame->width,
                    frame->height, AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
                const int *bt709 = sws_getCoefficients(SWS_CS_ITU709);
                sws_setColorspaceDetails(sws, bt709, 0, bt709, 1, 0, 1 << 16, 1 << 16);
                uint8_t *dst[1] = {image.bits()};
                const int stride[1] = {static_cast<int>(image.bytesPerLine())};
                sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
                sws_freeContext(sws);
            }
            av_frame_free(&frame);
            av_packet_free(&packet);
        }
        avcodec_free_context(&ctx);
        return image;
    }
};

inline double meanDifference(const QImage &a, const QImage &b)
{
    double total = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            total += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                + std::abs(qBlue(p) - qBlue(q));
        }
    return total / (3.0 * a.width() * a.height());
}

inline int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // Qt writes plain page objects (no object streams), so counting them is exact.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return static_cast<int>(QString::fromLatin1(file.readAll()).count(page));
}

} // namespace convstep::test
