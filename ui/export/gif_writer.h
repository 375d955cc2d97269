#pragma once

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

    // The palette is fixed here, before the first frame: see GifPalette.
    bool begin(QSize size, const std::vector<QRgb> &known, const std::vector<QImage> &samples);
    // `image`: RGB32 or ARGB32 of the size given to begin(); delay in 1/100 s.
    bool addFrame(const QImage &image, int delayCentiseconds);
    bool finish();

    int framesWritten() const { return m_written; }
    QString errorString() const { return m_error; }

private:
    struct Pending
    {
        QRect rect;
        std::vector<std::uint8_t> pixels;
        int delay = 0;
        bool transparent = false;
    };

    QRect changedRect(const QImage &image) const;
    bool writePending();
    bool fail(const QString &what);

    QIODevice &m_device;
    GifFileType *m_gif = nullptr;
    std::unique_ptr<GifPalette> m_palette;
    QImage m_previous; // what a viewer shows after the frames so far
    std::optional<Pending> m_pending; // held back until we know its full delay
    int m_written = 0;
    QString m_error;
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
