#pragma once

#include "core/grid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

// Reading the PyTorch reference files of the channel tests (tests/data/*.json, written by
// tests/tools/make_reference_cases.py and make_lesson_cases.py).
namespace convstep::test {

// The "cases" list of a reference file; a missing file stops the test.
inline QJsonArray loadCases(const char *path)
{
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", path);
    return QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
}

// [C][H][W] as one grid per channel.
inline std::vector<Grid> channelsFromJson(const QJsonArray &channels)
{
    std::vector<Grid> grids;
    for (const QJsonValue &channel : channels) {
        const QJsonArray rows = channel.toArray();
        Grid grid(rows.size(), rows[0].toArray().size());
        for (qsizetype r = 0; r < rows.size(); ++r)
            for (qsizetype c = 0; c < grid.cols(); ++c)
                grid(r, c) = rows[r].toArray()[c].toDouble();
        grids.push_back(grid);
    }
    return grids;
}

} // namespace convstep::test
