#include "ui/export/ffmpeg_api.h"

#include <QCoreApplication>
#include <QLibrary>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

extern "C" {
#include <libavutil/avutil.h>
}

namespace convstep {
namespace {

struct Loaded
{
    FFmpegApi api;
    std::optional<Error> error;
};

Loaded load()
{
    Loaded loaded;
    // The major versions the headers belong to, so a library with another ABI is never used.
    // Libraries stay loaded for the rest of the process: encoders keep static state.
    const std::pair<const char *, int> names[] = {
        {"avutil", LIBAVUTIL_VERSION_MAJOR},
        {"swscale", LIBSWSCALE_VERSION_MAJOR},
        {"avcodec", LIBAVCODEC_VERSION_MAJOR},
        {"avformat", LIBAVFORMAT_VERSION_MAJOR},
    };
    std::vector<std::unique_ptr<QLibrary>> libraries;
    for (const auto &[name, major] : names) {
        auto library = std::make_unique<QLibrary>(QLatin1String(name), major);
        if (!library->load()) {
            loaded.error = Error{QCoreApplication::translate(
                                     "Export", "video export needs FFmpeg's lib%1 (version %2): %3")
                                     .arg(QLatin1String(name))
                                     .arg(major)
                                     .arg(library->errorString())};
            return loaded;
        }
        libraries.push_back(std::move(library));
    }
    const auto resolve = [&](const char *symbol) -> QFunctionPointer {
        for (const auto &library : libraries)
            if (QFunctionPointer function = library->resolve(symbol))
                return function;
        return nullptr;
    };
#define CONVSTEP_FFMPEG_RESOLVE(name)                                                              \
    loaded.api.name = reinterpret_cast<decltype(&::name)>(resolve(#name));                         \
    if (!loaded.api.name) {                                                                        \
        loaded.error =                                                                             \
            Error{QCoreApplication::translate("Export", "this FFmpeg has no %1").arg(#name)};      \
        return loaded;                                                                             \
    }
    CONVSTEP_FFMPEG_FUNCTIONS(CONVSTEP_FFMPEG_RESOLVE)
#undef CONVSTEP_FFMPEG_RESOLVE
    return loaded;
}

} // namespace

Result<const FFmpegApi *, Error> ffmpegApi()
{
    static const Loaded loaded = load(); // thread-safe once
    if (loaded.error)
        return *loaded.error;
    return &loaded.api;
}

} // namespace convstep
