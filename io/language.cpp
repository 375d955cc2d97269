#include "io/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace convstep {
namespace {

// The translators now installed, owned here so that the next language can remove them.
struct Installed
{
    QString code = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> catalogue(const QString &name, const QStringList &folders)
{
    auto translator = std::make_unique<QTranslator>();
    for (const QString &folder : folders)
        if (translator->load(name, folder))
            return translator;
    return nullptr;
}

} // namespace

const QList<Language> &languages()
{
    static const QList<Language> list{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return list;
}

QString matchLanguage(const QString &requested)
{
    const QString name = QString(requested).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList parts = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString language = parts.first().toLower();
    if (language == QLatin1String("zh")) {
        // Simplified Chinese: mainland China and Singapore, or the script named outright.
        for (const QString &part : parts.mid(1)) {
            const QString p = part.toLower();
            if (p == QLatin1String("hans") || p == QLatin1String("cn") || p == QLatin1String("sg"))
                return QStringLiteral("zh_CN");
            if (p == QLatin1String("hant") || p == QLatin1String("tw") || p == QLatin1String("hk")
                || p == QLatin1String("mo"))
                return {};
        }
        return parts.size() == 1 ? QStringLiteral("zh_CN") : QString();
    }
    for (const Language &shipped : languages())
        if (shipped.code == language)
            return shipped.code;
    return {};
}

QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = matchLanguage(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QStringList translationFolders()
{
    return {QCoreApplication::applicationDirPath()
                + QStringLiteral("/../share/convstep/translations"),
            QStringLiteral(":/translations")};
}

bool installLanguage(const QString &code)
{
    if (matchLanguage(code) != code)
        return false;
    std::vector<std::unique_ptr<QTranslator>> next;
    if (code != QLatin1String("en")) {
        auto own = catalogue(QStringLiteral("convstep_") + code, translationFolders());
        if (!own)
            return false;
        next.push_back(std::move(own));
        // Qt's own words (dialog buttons, the command line's "Usage:"), where installed.
        if (auto qt = catalogue(QStringLiteral("qtbase_") + code,
                                {QLibraryInfo::path(QLibraryInfo::TranslationsPath)}))
            next.push_back(std::move(qt));
    }
    Installed &state = installed();
    for (const auto &translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators = std::move(next);
    for (const auto &translator : state.translators)
        QCoreApplication::installTranslator(translator.get());
    state.code = code;
    return true;
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace convstep
