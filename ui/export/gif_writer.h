#pragma once

#include "io/error.h"
#include "ui/export/gif_lzw.h"
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

// Streams a looping GIF89a to a device, one frame at a time, as gifsicle's optimizer would
// store it: after the first frame, each frame is the rectangle that changed since the one
// before (disposal: leave in place) with its unchanged pixels transparent, or where most of
// the rectangle changed, whichever of that and its plain colours compresses smaller. A frame
// identical to the one before only lengthens its delay. Frames are compressed as they arrive
// (GifLzw), so memory stays at two frames however long the animation is.
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
                               const ColourCounts &samples);
    // `image`: RGB32 or ARGB32 of the size given to begin(); delay in 1/100 s.
    std::optional<Error> addFrame(const QImage &image, int delayCentiseconds);
    std::optional<Error> finish();

    int framesWritten() const { return m_written; }

private:
    struct Pending
    {
        QRect rect;
        std::vector<std::uint8_t> blocks; // compressed, as GIF sub-blocks
        int delay = 0;
        bool transparent = false;
    };

    QRect changedRect(const QImage &image); // also marks the rows that changed
    // m_indices for `rect` of `image`: every pixel's colour, or (updating m_previous) the
    // changed pixels' colours in a transparent field; this returns how many changed.
    void indexColours(const QImage &image, const QRect &rect);
    qint64 indexChanges(const QImage &image, const QRect &rect);
    std::optional<Error> writePending();
    Error failure(const QString &what) const;

    QIODevice &m_device;
    GifFileType *m_gif = nullptr;
    std::unique_ptr<GifPalette> m_palette;
    GifLzw m_lzw;
    QImage m_previous; // what a viewer shows after the frames so far
    std::vector<std::uint8_t> m_indices; // the frame being compressed, as palette indices
    std::vector<std::uint8_t> m_spare; // the other compression of a frame tried both ways
    std::vector<bool> m_rowChanged; // by changedRect(), for indexChanges()
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
