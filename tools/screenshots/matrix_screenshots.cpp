// Saves pictures of the matrix view into a folder, for a look by eye: the stage at several
// sizes and themes, hover links, the transpose animation, heat maps of growing inputs, and
// the window with the Matrix Explorer beside a 64×64 input's heat map.
#include "core/counterpart.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/matrix_explorer.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <memory>

using namespace convstep;

namespace {

Grid counting(int side)
{
    Grid grid(side, side);
    for (int i = 0; i < side * side; ++i)
        grid(i / side, i % side) = 1 + i;
    return grid;
}

Problem convolution(int side)
{
    Problem p;
    p.input = counting(side);
    p.kernel = Grid(3, 3);
    p.kernel << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    return p;
}

std::shared_ptr<const Trace> matrixTrace(const Problem &p)
{
    return std::make_shared<const Trace>(makeTrace(p, View::Matrix));
}

class Shots final
{
public:
    explicit Shots(const QString &folder)
        : m_folder(folder)
    { }

    bool ok() const { return m_ok; }

    void fail(const QString &what)
    {
        std::fprintf(stderr, "%s\n", qPrintable(what));
        m_ok = false;
    }

    void save(const QImage &image, const QString &name)
    {
        const QString path = m_folder.filePath(name + QStringLiteral(".png"));
        if (!image.save(path))
            fail(QStringLiteral("cannot save ") + path);
    }

    void save(const StageFrame &frame, const QString &name, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame);
        painter.end();
        save(image, name);
    }

private:
    QDir m_folder;
    bool m_ok = true;
};

void stagePictures(Shots &shots)
{
    const auto article = matrixTrace(convolution(4));
    shots.save(frameAt(article, 1, StageStyle{}), QStringLiteral("article-4x4"), {1920, 1080});
    shots.save(frameAt(article, 1, StageStyle{}), QStringLiteral("article-4x4-small"), {900, 520});
    shots.save(frameAt(article, 1, StageStyle{}), QStringLiteral("article-4x4-749"), {749, 486});
    shots.save(frameAt(article, 2, StageStyle{Theme::Dark}), QStringLiteral("article-4x4-dark"),
               {1280, 720});
    StageFrame hovered = frameAt(article, 1, StageStyle{});
    hovered.hover = StageCell{GridRole::Source, {1, 1}};
    hovered.links = linksOf(hovered, *hovered.hover);
    shots.save(hovered, QStringLiteral("article-hover-input"), {1920, 1080});
    const auto transposed = matrixTrace(*transposedCounterpart(convolution(4)));
    for (double t : {0.0, 0.3, 0.5, 0.7, 1.0}) {
        StageFrame turning = frameAt(transposed, 0, StageStyle{});
        turning.transpose = t;
        shots.save(turning, QStringLiteral("transpose-%1").arg(int(t * 100)), {1920, 1080});
    }
    for (int side : {8, 16, 64}) {
        const auto trace = matrixTrace(convolution(side));
        shots.save(frameAt(trace, side + 3, StageStyle{}), QStringLiteral("heat-%1").arg(side),
                   {1920, 1080});
        StageFrame turning =
            frameAt(matrixTrace(*transposedCounterpart(convolution(side))), 0, StageStyle{});
        turning.transpose = 0.35;
        shots.save(turning, QStringLiteral("heat-%1-turning").arg(side), {1920, 1080});
        StageFrame linked = frameAt(trace, side + 3, StageStyle{Theme::Dark});
        linked.hover = StageCell{GridRole::Kernel, {0, 1}};
        linked.links = linksOf(linked, *linked.hover);
        shots.save(linked, QStringLiteral("heat-%1-dark-kernel-hover").arg(side), {1920, 1080});
    }
    StageFrame caption = frameAt(article, 1, StageStyle{});
    caption.caption = true;
    shots.save(caption, QStringLiteral("article-caption"), {1280, 720});
}

// The window with the explorer beside a 64×64 input's heat map, and the explorer zoomed.
void windowPictures(Shots &shots)
{
    QSettings().clear(); // the tool's own settings: the default lesson and layout every time
    QTemporaryDir autosave;
    MainWindow window(autosave.filePath(QStringLiteral("autosave.json")));
    window.model()->setAnimated(false);
    window.resize(1600, 1000);
    window.startUp();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        shots.fail(QStringLiteral("the window was not shown"));
    Problem large = convolution(64);
    large.kernel << 1, 0, -1, 2, 0, -2, 1, 0, -1;
    window.document()->editProblem(large, QStringLiteral("screenshots"));
    window.model()->setView(View::Matrix);
    window.model()->setStep(200);
    auto *explorer = window.findChild<MatrixExplorer *>();
    // The explorer opens on a queued offer, then its dock and plot lay out.
    if (!QTest::qWaitFor([&] { return explorer->isVisible(); }))
        shots.fail(QStringLiteral("the Matrix Explorer did not open"));
    QTest::qWait(100);
    shots.save(window.grab().toImage(), QStringLiteral("window-64"));
    explorer->showRange(180, 229, 180, 329);
    QTest::qWait(100);
    shots.save(explorer->grab().toImage(), QStringLiteral("explorer-zoom"));
    window.document()->undoStack()->setClean(); // close without the unsaved-changes question
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStep"));
    QCoreApplication::setApplicationName(QStringLiteral("convstep-screenshots"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves pictures of the matrix view into FOLDER (created when missing)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to save."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString folder = parser.positionalArguments().constFirst();
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(folder));
        return 1;
    }
    Shots shots(folder);
    stagePictures(shots);
    windowPictures(shots);
    return shots.ok() ? 0 : 1;
}
