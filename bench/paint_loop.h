#pragma once

#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace convstep::bench {

// Times painting one frame into a fresh painter per iteration, as the stage does per update.
inline void paintRepeatedly(benchmark::State &state, const StageFrame &frame, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const StageRenderer renderer;
    for (auto _ : state) {
        QPainter painter(&image);
        renderer.paint(painter, QRectF(image.rect()), frame);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}

} // namespace convstep::bench
