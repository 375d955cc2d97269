#include "ui/export/gif_writer.h"

#include "ui/export/export_device.h"
#include "ui/export/export_status.h"
#include "ui/export/frame_source.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <gif_lib.h>
#include <map>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};
// Sampled frames up to this size are kept until their turn instead of being rendered twice.
constexpr qsizetype keptSampleBytes = 16 * 1024 * 1024;

int writeToDevice(GifFileType *gif, const GifByteType *data, int length)
{
    auto *device = static_cast<QIODevice *>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char *>(data), length));
}

const QRgb *line(const QImage &image, int y)
{
    return reinterpret_cast<const QRgb *>(image.constScanLine(y));
}

// The first x in [from, to) where the two lines differ, or `to`; four pixels at a time.
int firstDifference(const QRgb *a, const QRgb *b, int from, int to)
{
    int x = from;
    for (; x + 4 <= to; x += 4) {
        std::uint64_t a0, a1, b0, b1;
        std::memcpy(&a0, a + x, 8);
        std::memcpy(&a1, a + x + 2, 8);
        std::memcpy(&b0, b + x, 8);
        std::memcpy(&b1, b + x + 2, 8);
        if (((a0 ^ b0) | (a1 ^ b1)) != 0)
            break;
    }
    while (x < to && a[x] == b[x])
        ++x;
    return x;
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
                                      const ColourCounts &samples)
{
    int error = 0;
    m_gif = EGifOpen(&m_device, writeToDevice, &error);
    if (!m_gif)
        return failure(
            Text::tr("cannot start the GIF (%1)").arg(QLatin1String(GifErrorString(error))));
    EGifSetGifVersion(m_gif, true);
    m_palette = std::make_unique<GifPalette>(known, samples);

    // Unused entries (and the transparent one) repeat the first colour, so the map read back
    // is the palette itself: a duplicate is never anyone's nearest colour.
    GifColorType colours[256] = {};
    for (int i = 0; i < 256; ++i) {
        const QRgb c = m_palette->colour(i < m_palette->size() ? i : 0);
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

QRect GifWriter::changedRect(const QImage &image)
{
    const int width = image.width();
    const std::size_t bytes = static_cast<std::size_t>(width) * sizeof(QRgb);
    int top = -1, bottom = -1, left = width, right = -1;
    m_rowChanged.assign(static_cast<std::size_t>(image.height()), false);
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *now = line(image, y);
        const QRgb *before = line(m_previous, y);
        if (std::memcmp(now, before, bytes) == 0)
            continue;
        m_rowChanged[static_cast<std::size_t>(y)] = true;
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
    m_indices.resize(static_cast<std::size_t>(rect.width()) * rect.height());
    Pending frame;
    frame.rect = rect;
    frame.delay = delayCentiseconds;
    if (first) {
        indexColours(image, rect);
        m_lzw.encode(m_indices.data(), m_indices.size(), frame.blocks);
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(m_previous.scanLine(y), image.constScanLine(y),
                        static_cast<std::size_t>(image.width()) * sizeof(QRgb));
    } else {
        const qint64 changed = indexChanges(image, rect);
        m_lzw.encode(m_indices.data(), m_indices.size(), frame.blocks);
        frame.transparent = true;
        if (changed * 2 > static_cast<qint64>(m_indices.size())) {
            // Most of the rectangle changed: its colours may compress better than its holes.
            indexColours(image, rect);
            m_lzw.encode(m_indices.data(), m_indices.size(), m_spare);
            if (m_spare.size() < frame.blocks.size()) {
                std::swap(m_spare, frame.blocks);
                frame.transparent = false;
            }
        }
    }
    m_pending = std::move(frame);
    return std::nullopt;
}

void GifWriter::indexColours(const QImage &image, const QRect &rect)
{
    GifPalette &palette = *m_palette;
    std::uint8_t *out = m_indices.data();
    QRgb lastColour = line(image, rect.top())[rect.left()] & 0xffffffu;
    std::uint8_t lastIndex = palette.indexOf(lastColour);
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const QRgb *now = line(image, y) + rect.left();
        for (int x = 0; x < rect.width(); ++x) {
            const QRgb rgb = now[x] & 0xffffffu;
            if (rgb != lastColour) {
                lastColour = rgb;
                lastIndex = palette.indexOf(rgb);
            }
            *out++ = lastIndex;
        }
    }
}

qint64 GifWriter::indexChanges(const QImage &image, const QRect &rect)
{
    constexpr std::uint8_t clear = GifPalette::transparentIndex;
    GifPalette &palette = *m_palette;
    QRgb lastColour = line(image, rect.top())[rect.left()] & 0xffffffu;
    std::uint8_t lastIndex = palette.indexOf(lastColour);
    std::uint8_t *out = m_indices.data();
    const int width = rect.width();
    qint64 changed = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y, out += width) {
        const QRgb *now = line(image, y) + rect.left();
        QRgb *shown = reinterpret_cast<QRgb *>(m_previous.scanLine(y)) + rect.left();
        if (!m_rowChanged[static_cast<std::size_t>(y)]) {
            std::memset(out, clear, static_cast<std::size_t>(width));
            continue;
        }
        int x = 0;
        for (;;) {
            // Most of the rectangle is as it was: skip it at memory speed.
            const int end = firstDifference(now, shown, x, width);
            std::memset(out + x, clear, static_cast<std::size_t>(end - x));
            x = end;
            if (x == width)
                break;
            const QRgb rgb = now[x] & 0xffffffu;
            if (rgb != lastColour) {
                lastColour = rgb;
                lastIndex = palette.indexOf(rgb);
            }
            out[x] = lastIndex;
            shown[x] = now[x];
            ++changed;
            ++x;
        }
    }
    return changed;
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
    bool ok = EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, 4, extension) != GIF_ERROR
        && EGifPutImageDesc(m_gif, frame.rect.left(), frame.rect.top(), frame.rect.width(),
                            frame.rect.height(), false, nullptr)
            != GIF_ERROR;
    // The image data is already compressed: giflib copies its sub-blocks as they are.
    for (std::size_t at = 0; ok && at < frame.blocks.size(); at += frame.blocks[at] + 1u)
        ok = (at == 0 ? EGifPutCode(m_gif, GifLzw::minCodeSize, &frame.blocks[at])
                      : EGifPutCodeNext(m_gif, &frame.blocks[at]))
            != GIF_ERROR;
    if (!ok || EGifPutCodeNext(m_gif, nullptr) == GIF_ERROR)
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
    // The palette comes from the renderer's colours plus the last, middle and first frames,
    // each rendered once however few frames there are. Frame 0 comes last, so it is ready to
    // be written; the others are kept for their turn unless they are big.
    std::vector<int> sampled;
    for (int index : {count - 1, count / 2, 0})
        if (index >= 0 && std::find(sampled.begin(), sampled.end(), index) == sampled.end())
            sampled.push_back(index);
    QImage image(size, QImage::Format_RGB32);
    const bool keep = image.sizeInBytes() <= keptSampleBytes;
    std::map<int, QImage> kept;
    ColourCounts counts;
    for (int index : sampled) {
        source.render(index, image);
        countColours(image, counts);
        if (keep && index != 0)
            kept.emplace(index, image.copy());
    }
    GifWriter writer(file);
    const auto failed = [](const Error &error) {
        return ExportResult::failure(ExportStatus::Failed, error.message);
    };
    if (auto error = writer.begin(size, knownColours(source.trace(), theme), counts))
        return failed(*error);
    qint64 ticks = 0;
    for (int i = 0; i < count; ++i) {
        if (progress.cancelled())
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        if (const auto found = kept.find(i); found != kept.end()) {
            image = std::move(found->second);
            kept.erase(found);
        } else if (i > 0) {
            source.render(i, image);
        }
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
