// GifLzw against giflib's decoder: whatever the pixels, a GIF whose image data is GifLzw's
// output decodes to exactly those pixels, through dictionary resets and long runs.
#include "ui/export/gif_lzw.h"

#include <QByteArray>
#include <QTest>

#include <cstring>
#include <gif_lib.h>
#include <random>

namespace {

enum class Pattern { Single, LongRun, Noise, Stripes, Islands, Alternating, Ramp };

// Pixels of a width × height image in one of the patterns above.
std::vector<std::uint8_t> pixelsOf(Pattern pattern, int width, int height)
{
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height);
    std::mt19937 random(7);
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        const int x = static_cast<int>(i % width);
        const int y = static_cast<int>(i / width);
        switch (pattern) {
        case Pattern::Single:
        case Pattern::LongRun:
            pixels[i] = 255;
            break;
        case Pattern::Noise:
            pixels[i] = static_cast<std::uint8_t>(random() % 255);
            break;
        case Pattern::Stripes: // runs of every length from 1 to 40 in four values
            pixels[i] = static_cast<std::uint8_t>((i / (1 + (i / 97) % 40)) % 4 * 60);
            break;
        case Pattern::Islands: // a transparent field with small patches of colour
            pixels[i] = (x / 7 + y / 5) % 9 == 0 ? static_cast<std::uint8_t>(random() % 6) : 255;
            break;
        case Pattern::Alternating:
            pixels[i] = (x + y) % 2 ? 3 : 200;
            break;
        case Pattern::Ramp:
            pixels[i] = static_cast<std::uint8_t>(i % 256);
            break;
        }
    }
    return pixels;
}

int writeBytes(GifFileType *gif, const GifByteType *data, int length)
{
    static_cast<QByteArray *>(gif->UserData)->append(reinterpret_cast<const char *>(data), length);
    return length;
}

struct Reader
{
    QByteArray bytes;
    qsizetype at = 0;
};

int readBytes(GifFileType *gif, GifByteType *data, int length)
{
    auto *reader = static_cast<Reader *>(gif->UserData);
    const int n = static_cast<int>(std::min<qsizetype>(length, reader->bytes.size() - reader->at));
    std::memcpy(data, reader->bytes.constData() + reader->at, static_cast<std::size_t>(n));
    reader->at += n;
    return n;
}

// A one-image GIF with a 256-colour map whose image data is `blocks`.
QByteArray gifWith(const std::vector<std::uint8_t> &blocks, int width, int height)
{
    QByteArray bytes;
    int error = 0;
    GifFileType *gif = EGifOpen(&bytes, writeBytes, &error);
    GifColorType colours[256] = {};
    ColorMapObject *map = GifMakeMapObject(256, colours);
    EGifPutScreenDesc(gif, width, height, 8, 0, map);
    GifFreeMapObject(map);
    EGifPutImageDesc(gif, 0, 0, width, height, false, nullptr);
    for (std::size_t at = 0; at < blocks.size(); at += blocks[at] + 1u)
        at == 0 ? EGifPutCode(gif, convstep::GifLzw::minCodeSize, &blocks[at])
                : EGifPutCodeNext(gif, &blocks[at]);
    EGifPutCodeNext(gif, nullptr);
    EGifCloseFile(gif, &error);
    return bytes;
}

} // namespace

class TestGifLzw final : public QObject
{
    Q_OBJECT

private slots:
    void giflibDecodesThePixels_data();
    void giflibDecodesThePixels();
    void blocksAreSubBlocks();
};

void TestGifLzw::giflibDecodesThePixels_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("one pixel") << int(Pattern::Single) << 1 << 1;
    // 9 million pixels of one index: the run grows past 4,000 codes, so the table resets
    // in the middle of a run.
    QTest::newRow("one long run") << int(Pattern::LongRun) << 3000 << 3000;
    QTest::newRow("noise") << int(Pattern::Noise) << 320 << 200;
    QTest::newRow("stripes") << int(Pattern::Stripes) << 801 << 333;
    QTest::newRow("islands") << int(Pattern::Islands) << 640 << 480;
    QTest::newRow("alternating") << int(Pattern::Alternating) << 257 << 129;
    QTest::newRow("ramp") << int(Pattern::Ramp) << 256 << 300;
}

void TestGifLzw::giflibDecodesThePixels()
{
    QFETCH(int, pattern);
    QFETCH(int, width);
    QFETCH(int, height);
    const std::vector<std::uint8_t> pixels = pixelsOf(Pattern(pattern), width, height);
    convstep::GifLzw lzw;
    std::vector<std::uint8_t> blocks;
    lzw.encode(pixels.data(), pixels.size(), blocks);

    Reader reader{gifWith(blocks, width, height)};
    int error = 0;
    GifFileType *gif = DGifOpen(&reader, readBytes, &error);
    QVERIFY(gif);
    QCOMPARE(DGifSlurp(gif), GIF_OK);
    QCOMPARE(gif->ImageCount, 1);
    const SavedImage &image = gif->SavedImages[0];
    QCOMPARE(image.ImageDesc.Width, width);
    QCOMPARE(image.ImageDesc.Height, height);
    const bool same = std::memcmp(image.RasterBits, pixels.data(), pixels.size()) == 0;
    DGifCloseFile(gif, &error);
    QVERIFY(same);

    // The encoder can be reused: a second image comes out the same.
    std::vector<std::uint8_t> again;
    lzw.encode(pixels.data(), pixels.size(), again);
    QVERIFY(again == blocks);
}

void TestGifLzw::blocksAreSubBlocks()
{
    const std::vector<std::uint8_t> pixels = pixelsOf(Pattern::Noise, 200, 100);
    convstep::GifLzw lzw;
    std::vector<std::uint8_t> blocks;
    lzw.encode(pixels.data(), pixels.size(), blocks);
    // Length bytes of 1 to 255 that add up to the whole, full blocks before the last.
    std::size_t at = 0;
    int count = 0;
    while (at < blocks.size()) {
        const int length = blocks[at];
        QVERIFY(length >= 1 && length <= 255);
        at += length + 1u;
        if (at < blocks.size())
            QCOMPARE(length, 255);
        ++count;
    }
    QCOMPARE(at, blocks.size());
    QVERIFY(count > 10); // noise hardly compresses: 20,000 pixels need many blocks
}

QTEST_APPLESS_MAIN(TestGifLzw)
#include "tst_gif_lzw.moc"
