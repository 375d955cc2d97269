#include "ui/export/gif_writer.h"

#include "ui/export/export_device.h"
#include "ui/export/export_status.h"
#include "ui/export/frame_source.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <gif_lib.h>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

int writeToDevice(GifFileType *gif, const GifByteType *data, int length)
{
    auto *device = static_cast<QIODevice *>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char *>(data), length));
}

const QRgb *line(const QImage &image, int y)
{
    return reinterpret_cast<const QRgb *>(image.constScanLine(y));
}

} // namespace

GifWriter::GifWriter(QIODevice &device)
    : m_device(device)
{ }

GifWriter::~GifWriter()
{
    if (m_gif)
        EGifCloseFile(m_gif, nullptr);
}

Error GifWriter::failure(const QString &what) const
{
    // The device's reason (a full disk) says more than which step of the GIF failed.
    return Error{m_device.errorString().isEmpty()
                         || m_device.errorString() == QLatin1String("Unknown error")
                     ? what
                     : m_device.errorString()};
}

std::optional<Error> GifWriter::begin(QSize size, const std::vector<QRgb> &known,
                                      const std::vector<QImage> &samples)
{
    int error = 0;
    m_gif = EGifOpen(&m_device, writeToDevice, &error);
    if (!m_gif)
        return failure(
            Text::tr("cannot start the GIF (%1)").arg(QLatin1String(GifErrorString(error))));
    EGifSetGifVersion(m_gif, true);
    m_palette = std::make_unique<GifPalette>(known, samples);

    GifColorType colours[256] = {};
    for (int i = 0; i < m_palette->size(); ++i) {
        const QRgb c = m_palette->colour(i);
        colours[i] = {static_cast<GifByteType>(qRed(c)), static_cast<GifByteType>(qGreen(c)),
                      static_cast<GifByteType>(qBlue(c))};
    }
    ColorMapObject *map = GifMakeMapObject(256, colours);
    const int status = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (status == GIF_ERROR)
        return failure(Text::tr("cannot write the GIF header"));

    // NETSCAPE2.0 application extension: loop forever (count 0).
    static const GifByteType loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 11, "NETSCAPE2.0") == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR
        || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return failure(Text::tr("cannot write the GIF loop extension"));

    m_previous = QImage(size, QImage::Format_RGB32);
    return std::nullopt;
}

QRect GifWriter::changedRect(const QImage &image) const
{
    const int width = image.width();
    const std::size_t bytes = static_cast<std::size_t>(width) * sizeof(QRgb);
    int top = -1, bottom = -1, left = width, right = -1;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *now = line(image, y);
        const QRgb *before = line(m_previous, y);
        if (std::memcmp(now, before, bytes) == 0)
            continue;
        if (top < 0)
            top = y;
        bottom = y;
        int x = 0;
        while (x < left && now[x] == before[x])
            ++x;
        left = std::min(left, x);
        x = width - 1;
        while (x > right && now[x] == before[x])
            --x;
        right = std::max(right, x);
    }
    if (top < 0)
        return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

std::optional<Error> GifWriter::addFrame(const QImage &image, int delayCentiseconds)
{
    if (!m_gif || image.size() != m_previous.size()
        || (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32))
        return failure(Text::tr("GIF frame of the wrong size or format"));
    const bool first = !m_pending && m_written == 0;
    const QRect rect = first ? image.rect() : changedRect(image);
    if (rect.isEmpty()) {
        m_pending->delay += delayCentiseconds;
        return std::nullopt;
    }
    if (m_pending) {
        if (auto error = writePending())
            return error;
    }

    Pending frame;
    frame.rect = rect;
    frame.delay = delayCentiseconds;
    frame.transparent = !first;
    frame.pixels.resize(static_cast<std::size_t>(rect.width()) * rect.height());
    std::uint8_t *out = frame.pixels.data();
    GifPalette &palette = *m_palette;
    QRgb lastColour = 0;
    std::uint8_t lastIndex = palette.indexOf(0);
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const QRgb *now = line(image, y) + rect.left();
        QRgb *shown = reinterpret_cast<QRgb *>(m_previous.scanLine(y)) + rect.left();
        for (int x = 0; x < rect.width(); ++x) {
            const QRgb rgb = now[x] & 0xffffffu;
            if (!first && rgb == (shown[x] & 0xffffffu)) {
                *out++ = GifPalette::transparentIndex;
                continue;
            }
            if (rgb != lastColour) {
                lastColour = rgb;
                lastIndex = palette.indexOf(rgb);
            }
            *out++ = lastIndex;
            shown[x] = now[x];
        }
    }
    m_pending = std::move(frame);
    return std::nullopt;
}

std::optional<Error> GifWriter::writePending()
{
    Pending &frame = *m_pending;
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::clamp(frame.delay, 2, 65535);
    control.TransparentColor =
        frame.transparent ? GifPalette::transparentIndex : NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, 4, extension) == GIF_ERROR
        || EGifPutImageDesc(m_gif, frame.rect.left(), frame.rect.top(), frame.rect.width(),
                            frame.rect.height(), false, nullptr)
            == GIF_ERROR
        || EGifPutLine(m_gif, frame.pixels.data(), static_cast<int>(frame.pixels.size()))
            == GIF_ERROR)
        return failure(Text::tr("cannot write GIF frame %1").arg(m_written + 1));
    ++m_written;
    m_pending.reset();
    return std::nullopt;
}

std::optional<Error> GifWriter::finish()
{
    if (!m_gif)
        return failure(Text::tr("the GIF was never started"));
    if (m_pending) {
        if (auto error = writePending())
            return error;
    }
    int error = 0;
    const int status = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    if (status == GIF_ERROR)
        return failure(
            Text::tr("cannot finish the GIF (%1)").arg(QLatin1String(GifErrorString(error))));
    return std::nullopt;
}

ExportResult writeGif(const FrameSource &source, QSize size, Theme theme, const QString &path,
                      const ExportProgress &progress)
{
    ExportDevice file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(ExportStatus::Failed, file.errorString());
    const int count = source.count();
    // The palette comes from the renderer's colours plus the first, middle and last frames,
    // each sampled once however few frames there are. The first sample is frame 0.
    std::vector<int> sampled;
    for (int index : {0, count / 2, count - 1})
        if (index >= 0 && std::find(sampled.begin(), sampled.end(), index) == sampled.end())
            sampled.push_back(index);
    std::vector<QImage> samples;
    for (int index : sampled) {
        QImage image(size, QImage::Format_RGB32);
        source.render(index, image);
        samples.push_back(std::move(image));
    }
    GifWriter writer(file);
    const auto failed = [](const Error &error) {
        return ExportResult::failure(ExportStatus::Failed, error.message);
    };
    if (auto error = writer.begin(size, knownColours(source.trace(), theme), samples))
        return failed(*error);
    QImage image(size, QImage::Format_RGB32);
    qint64 ticks = 0;
    for (int i = 0; i < count; ++i) {
        if (progress.cancelled())
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        if (i == 0)
            image = samples.front();
        else
            source.render(i, image);
        // Delays in 1/100 s accumulate without drift at any frame rate.
        const qint64 start = ticks * 100 / source.fps();
        ticks += source.spec(i).ticks;
        const int delay = static_cast<int>(ticks * 100 / source.fps() - start);
        if (auto error = writer.addFrame(image, delay))
            return failed(*error);
        progress.report(i + 1, count);
    }
    if (auto error = writer.finish())
        return failed(*error);
    if (!file.finish())
        return ExportResult::failure(ExportStatus::Failed, file.errorString());
    ExportResult result;
    result.frames = count;
    return result;
}

} // namespace convstep
