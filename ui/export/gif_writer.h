#pragma once

#include "io/error.h"
#include "ui/export/gif_palette.h"
#include "ui/render/stage_style.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;
struct GifFileType;

namespace convstep {

// Streams a looping GIF89a to a device, one frame at a time. Each frame is stored as the
// rectangle that changed since the one before, with unchanged pixels transparent (disposal:
// leave in place); a frame identical to the one before only lengthens its delay. Memory
// stays at a few frames however long the animation is.
class GifWriter final
{
public:
    explicit GifWriter(QIODevice &device);
    ~GifWriter();
    GifWriter(const GifWriter &) = delete;
    GifWriter &operator=(const GifWriter &) = delete;

    // Each step returns nullopt when it succeeded. The palette is fixed here, before the
    // first frame: see GifPalette.
    std::optional<Error> begin(QSize size, const std::vector<QRgb> &known,
                               const std::vector<QImage> &samples);
    // `image`: RGB32 or ARGB32 of the size given to begin(); delay in 1/100 s.
    std::optional<Error> addFrame(const QImage &image, int delayCentiseconds);
    std::optional<Error> finish();

    int framesWritten() const { return m_written; }

private:
    struct Pending
    {
        QRect rect;
        std::vector<std::uint8_t> pixels;
        int delay = 0;
        bool transparent = false;
    };

    QRect changedRect(const QImage &image) const;
    std::optional<Error> writePending();
    Error failure(const QString &what) const;

    QIODevice &m_device;
    GifFileType *m_gif = nullptr;
    std::unique_ptr<GifPalette> m_palette;
    QImage m_previous; // what a viewer shows after the frames so far
    std::optional<Pending> m_pending; // held back until we know its full delay
    int m_written = 0;
};

} // namespace convstep

namespace convstep {

class FrameSource;
struct ExportProgress;
struct ExportResult;

// Renders every frame of `source` at `size` into a GIF at `path`.
ExportResult writeGif(const FrameSource &source, QSize size, Theme theme, const QString &path,
                      const ExportProgress &progress);

} // namespace convstep
