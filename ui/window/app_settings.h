#pragma once

#include "ui/export/export_options.h"

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace convstep {

// One entry of the application's QSettings: its key, the type it holds and the value read
// when it is missing. The keys are those earlier versions saved, so their settings still load.
template<typename T> struct Setting
{
    QLatin1String key;
    T fallback{};

    T read(const QSettings &settings) const
    {
        return settings.value(key, QVariant::fromValue(fallback)).template value<T>();
    }
    void write(QSettings &settings, const T &value) const
    {
        settings.setValue(key, QVariant::fromValue(value));
    }
    void remove(QSettings &settings) const { settings.remove(key); }
};

// The main window's layout, theme, playback speed and lessons.
namespace windowSettings {

inline const Setting<QByteArray> geometry{QLatin1String("window/geometry")};
inline const Setting<QByteArray> state{QLatin1String("window/state")};
inline const Setting<QString> theme{QLatin1String("theme")}; // themeChoiceKey()
inline const Setting<double> speed{QLatin1String("speed"), 1.0};
inline const Setting<QString> lastLesson{QLatin1String("lastLesson")}; // path or "builtin:<id>"
inline const Setting<QStringList> recentFiles{QLatin1String("recentFiles")}; // newest first
// View → Language: a language code ("de"); missing follows the system.
inline const Setting<QString> language{QLatin1String("language")};

} // namespace windowSettings

// The export dialog's last options; the view, theme and steps follow the lesson instead.
namespace exportSettings {

inline const Setting<QString> format{QLatin1String("export/format")}; // formatName()
inline const Setting<QString> folder{QLatin1String("export/folder")};
inline const Setting<int> width{QLatin1String("export/width"), ExportOptions().size.width()};
inline const Setting<int> height{QLatin1String("export/height"), ExportOptions().size.height()};
inline const Setting<int> fps{QLatin1String("export/fps"), 0}; // 0: defaultFps()
inline const Setting<bool> smooth{QLatin1String("export/smooth"), ExportOptions().smooth};
inline const Setting<double> hold{QLatin1String("export/hold"), ExportOptions().holdSeconds};
inline const Setting<int> perPage{QLatin1String("export/perPage"), ExportOptions().perPage};
inline const Setting<double> fontScale{QLatin1String("export/fontScale"),
                                       ExportOptions().fontScale};
inline const Setting<bool> caption{QLatin1String("export/caption"), ExportOptions().caption};

} // namespace exportSettings

// The worksheet dialog's last options (File → Print Worksheet…).
namespace worksheetSettings {

inline const Setting<QString> seed{QLatin1String("worksheet/seed"), QStringLiteral("1")};
inline const Setting<int> count{QLatin1String("worksheet/count"), 10};
inline const Setting<int> level{QLatin1String("worksheet/level"), 2};
inline const Setting<QStringList> kinds{QLatin1String("worksheet/kinds")}; // empty: all
inline const Setting<QString> path{QLatin1String("worksheet/path")};

} // namespace worksheetSettings

} // namespace convstep
