#include "ui/render/stage_style.h"

#include <QTest>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::Theme)

// Every colour pair the stage draws text or lines with meets WCAG 2 AA: 4.5:1 for text
// (the cells' numbers and the small product labels), 3:1 for outlines.
class TestStageContrast final : public QObject
{
    Q_OBJECT

private slots:
    void ratioMatchesWcagReferenceValues();
    void textPairs_data();
    void textPairs();
    void outlinePairs_data();
    void outlinePairs();
    void kernelColoursCarryText_data();
    void kernelColoursCarryText();
};

void TestStageContrast::ratioMatchesWcagReferenceValues()
{
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic 4.54:1 grey.
    QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

static void addThemes()
{
    QTest::addColumn<Theme>("theme");
    QTest::newRow("light") << Theme::Light;
    QTest::newRow("dark") << Theme::Dark;
    QTest::newRow("contrast") << Theme::Contrast;
}

void TestStageContrast::textPairs_data()
{
    addThemes();
}

void TestStageContrast::textPairs()
{
    QFETCH(Theme, theme);
    const StagePalette p = paletteFor(theme);
    const struct
    {
        const char *what;
        QColor text;
        QColor fill;
    } pairs[] = {
        {"numbers on cells", p.text, p.cell},
        {"titles on the stage", p.mutedText, p.background},
        {"narration on the stage", p.text, p.background},
        {"zeros on padding", p.mutedText, p.padding},
        {"inserted zeros", p.mutedText, p.insertedZero},
        {"the written cell", textOn(p.focus, p), p.focus},
        {"a busy scatter cell", p.text, blend(p.cell, p.accumulate, 0.55)},
        {"a cropped cell", p.text, blend(p.cell, p.cropped, 0.85)},
    };
    for (const auto &pair : pairs) {
        const double ratio = contrastRatio(pair.text, pair.fill);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(pair.what).arg(ratio)));
    }
}

void TestStageContrast::outlinePairs_data()
{
    addThemes();
}

void TestStageContrast::outlinePairs()
{
    QFETCH(Theme, theme);
    const StagePalette p = paletteFor(theme);
    for (const QColor &line : {p.window, p.focus, p.link})
        QVERIFY2(contrastRatio(line, p.background) >= 3.0,
                 qPrintable(line.name() + " on " + p.background.name()));
}

void TestStageContrast::kernelColoursCarryText_data()
{
    addThemes();
}

void TestStageContrast::kernelColoursCarryText()
{
    QFETCH(Theme, theme);
    const StagePalette p = paletteFor(theme);
    for (int element = 0; element < 64 * 64; ++element) {
        const double ratio = contrastRatio(p.text, kernelFill(element, theme));
        if (ratio < 4.5)
            QFAIL(qPrintable(QStringLiteral("kernel element %1: %2:1").arg(element).arg(ratio)));
    }
}

QTEST_APPLESS_MAIN(TestStageContrast)
#include "tst_stage_contrast.moc"
