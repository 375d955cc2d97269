#include "io/language.h"
#include "ui/window/language_menu.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>

#include <cstring>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

void describe(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStep"));
    QCoreApplication::setApplicationName(QStringLiteral("ConvStep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVSTEP_VERSION));
    (void)app;
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              Text::tr("Language: en, de, es or zh_CN (default: as chosen in "
                                       "View → Language, else the system's)."),
                              QStringLiteral("code"));
}

void addArguments(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Text::tr("Convolution and transposed convolution, animated step by step.") + '\n'
        + Text::tr("Opens LESSON (a lesson or problem JSON file), or the last lesson, or the "
                   "default one."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("lesson"), Text::tr("Lesson file to open."),
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

// The value of --lang (or --lang=…), read before the parser so that its help is translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
}

// Installs the language to start in; false after saying that --lang named none ConvStep has.
bool chooseLanguage()
{
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    const QString code = convstep::LanguageMenu::startLanguage(requested);
    if (code.isEmpty() || !convstep::installLanguage(code)) {
        convstep::installLanguage(convstep::systemLanguage());
        QTextStream(stderr)
            << Text::tr("convstep: --lang must be en, de, es or zh_CN, got \"%1\"").arg(requested)
            << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        chooseLanguage();
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
    if (!chooseLanguage())
        return 2;
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
