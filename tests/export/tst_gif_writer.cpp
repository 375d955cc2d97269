// GifWriter's delta frames, read back with giflib: each frame after the first stores only the
// rectangle that changed, transparent where the picture stayed, and what a viewer composes
// is every frame exactly, whether little or everything changed.
#include "tests/export/export_readers.h"
#include "ui/export/gif_writer.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;
using namespace convstep::test;

namespace {

const QRgb white = qRgb(255, 255, 255);
const QRgb ink = qRgb(31, 35, 40);
const QRgb blue = qRgb(30, 120, 220);
const QRgb orange = qRgb(240, 140, 20);
const std::vector<QRgb> colours{white, ink, blue, orange};

QImage picture(QSize size, QRgb background)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(background);
    return image;
}

void fill(QImage &image, const QRect &rect, QRgb colour)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            image.setPixel(x, y, colour);
}

} // namespace

class TestGifWriter final : public QObject
{
    Q_OBJECT

private slots:
    void deltaFramesComposeExactly();
    void identicalFramesLengthenTheDelay();
    void antialiasedShadesMapLikeTheFullFrame();

private:
    // Writes `frames` (50 cs each) to a GIF in the temporary folder and reads it back.
    std::unique_ptr<GifFile> written(const QList<QImage> &frames,
                                     const std::vector<QRgb> &known = colours);

    QTemporaryDir m_dir;
    int m_files = 0;
};

std::unique_ptr<GifFile> TestGifWriter::written(const QList<QImage> &frames,
                                                const std::vector<QRgb> &known)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.gif").arg(m_files++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    GifWriter writer(file);
    ColourCounts samples;
    for (const QImage &frame : frames)
        countColours(frame, samples);
    if (writer.begin(frames.first().size(), known, samples))
        return nullptr;
    for (const QImage &frame : frames)
        if (writer.addFrame(frame, 50))
            return nullptr;
    if (writer.finish())
        return nullptr;
    file.close();
    return std::make_unique<GifFile>(path);
}

void TestGifWriter::deltaFramesComposeExactly()
{
    const QSize size(64, 48);
    QImage base = picture(size, white);
    fill(base, {4, 4, 20, 10}, blue);
    fill(base, {30, 20, 12, 20}, orange);
    QImage little = base; // one pixel
    little.setPixel(40, 33, ink);
    QImage corners = little; // two far corners: a big rectangle, nearly all of it unchanged
    corners.setPixel(1, 1, orange);
    corners.setPixel(60, 45, blue);
    QImage everything = picture(size, ink); // nearly every pixel changes
    for (int y = 0; y < size.height(); ++y)
        for (int x = (y % 2); x < size.width(); x += 2)
            everything.setPixel(x, y, blue);
    const QList<QImage> frames{base, little, corners, everything};

    const auto gif = written(frames);
    QVERIFY(gif && gif->gif);
    QCOMPARE(gif->gif->ImageCount, frames.size());
    const QList<QImage> shown = gif->frames();
    for (int i = 0; i < frames.size(); ++i)
        QVERIFY2(shown[i] == frames[i], qPrintable(QStringLiteral("frame %1").arg(i)));

    const auto rectOf = [&](int i) {
        const GifImageDesc &d = gif->gif->SavedImages[i].ImageDesc;
        return QRect(d.Left, d.Top, d.Width, d.Height);
    };
    QCOMPARE(rectOf(0), QRect(QPoint(0, 0), size));
    QCOMPARE(gif->transparentIndex(0), -1);
    QCOMPARE(rectOf(1), QRect(40, 33, 1, 1)); // only what changed
    QCOMPARE(rectOf(2), QRect(QPoint(1, 1), QPoint(60, 45)));
    // Inside that rectangle, all but the two changed pixels are left transparent.
    const int clear = gif->transparentIndex(2);
    QVERIFY(clear >= 0);
    const SavedImage &image = gif->gif->SavedImages[2];
    const int area = image.ImageDesc.Width * image.ImageDesc.Height;
    QCOMPARE(static_cast<int>(std::count(image.RasterBits, image.RasterBits + area, clear)),
             area - 2);
    QCOMPARE(rectOf(3), QRect(QPoint(0, 0), size)); // everything: the whole frame again
}

void TestGifWriter::identicalFramesLengthenTheDelay()
{
    QImage a = picture({16, 16}, white);
    QImage b = a;
    fill(b, {2, 2, 3, 3}, orange);
    const auto gif = written({a, a, b, b, b, a});
    QVERIFY(gif && gif->gif);
    QCOMPARE(gif->gif->ImageCount, 3);
    QCOMPARE(gif->delay(0), 100);
    QCOMPARE(gif->delay(1), 150);
    QCOMPARE(gif->delay(2), 50);
    const QList<QImage> shown = gif->frames();
    QVERIFY(shown[0] == a);
    QVERIFY(shown[1] == b);
    QVERIFY(shown[2] == a);
}

void TestGifWriter::antialiasedShadesMapLikeTheFullFrame()
{
    // Text and circles bring shades the palette may not hold: each frame shows them mapped
    // to their palette entries exactly as the first, complete frame would have.
    QList<QImage> frames;
    for (int i = 0; i < 6; ++i) {
        QImage image = picture({160, 90}, white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(blue));
        painter.setPen(QPen(QColor(ink), 1.5));
        painter.drawEllipse(QPointF(30 + 17 * i, 40), 14.3, 11.7);
        painter.drawText(QRectF(0, 60, 160, 30), Qt::AlignCenter,
                         QStringLiteral("step %1 · %2").arg(i + 1).arg(3.25 * i));
        frames << image;
    }
    const auto gif = written(frames, {white, ink});
    QVERIFY(gif && gif->gif);
    GifPalette palette = gif->palette();
    const QList<QImage> shown = gif->frames();
    QCOMPARE(shown.size(), frames.size());
    for (int i = 0; i < frames.size(); ++i) {
        QImage expected = frames[i];
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x)
                expected.setPixel(x, y, palette.colour(palette.indexOf(expected.pixel(x, y))));
        QVERIFY2(shown[i] == expected, qPrintable(QStringLiteral("frame %1").arg(i)));
    }
}

QTEST_MAIN(TestGifWriter)
#include "tst_gif_writer.moc"
