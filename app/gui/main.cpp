#include "ui/window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <cstring>

namespace {

void describe(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStep"));
    QCoreApplication::setApplicationName(QStringLiteral("ConvStep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVSTEP_VERSION));
    (void)app;
}

void addArguments(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Convolution and transposed convolution, animated step by step.\n"
        "Opens LESSON (a lesson or problem JSON file), or the last lesson, or the default one."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("lesson"), QStringLiteral("Lesson file to open."),
                                 QStringLiteral("[lesson]"));
}

// --help and --version must work without a display, before QApplication needs one.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        QCommandLineParser parser;
        addArguments(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describe(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ConvStep"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.convstep.ConvStep"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/convstep.svg")));
    QCommandLineParser parser;
    addArguments(parser);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        parser.showHelp(2);

    convstep::MainWindow window;
    window.startUp(positional.value(0));
    window.show();
    return QApplication::exec();
}
