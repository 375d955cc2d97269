#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The languages ConvStep speaks and the translators that make it speak one: ConvStep's own
// catalogue (convstep_<code>.qm) and Qt's (qtbase_<code>.qm, for standard buttons and dialogs).
namespace convstep {

struct Language
{
    QString code; // "en", "de", "es", "zh_CN": what --lang and the settings take
    QString name; // in the language itself: "Deutsch"
};

// English first, then the translations, in a fixed order.
const QList<Language> &languages();

// The shipped language a locale name asks for ("de_AT" → "de", "zh-Hans-CN" → "zh_CN",
// "en_GB" → "en"), or an empty string when ConvStep has none for it.
QString matchLanguage(const QString &requested);

// The first of the system's UI languages that ConvStep has, else English.
QString systemLanguage();

// Replaces the installed translators with those of `code` ("en" installs none). Returns false
// and changes nothing for a code that is not shipped or whose catalogue cannot be loaded.
bool installLanguage(const QString &code);

// The code of the installed language: "en" until installLanguage says otherwise.
QString currentLanguage();

// Where the catalogues are looked for: the installed share/convstep/translations beside the
// program, then the copies built into it.
QStringList translationFolders();

} // namespace convstep
