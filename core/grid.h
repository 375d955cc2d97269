#pragma once

#include <Eigen/Core>

namespace convstep {

// Row-major so that flattening a grid matches the row-major vectors of the matrix view.
using Grid = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using CountGrid = Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MaskGrid = Eigen::Matrix<bool, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

enum class Axis { Rows, Cols };

struct Cell
{
    int row = 0;
    int col = 0;

    friend bool operator==(const Cell &, const Cell &) = default;
    friend auto operator<=>(const Cell &, const Cell &) = default;
};

// A value per axis: stride, dilation, padding, output padding, sizes.
struct Pair
{
    int h = 0;
    int w = 0;

    int operator[](Axis axis) const { return axis == Axis::Rows ? h : w; }
    friend bool operator==(const Pair &, const Pair &) = default;
};

inline Pair sizeOf(const Grid &grid)
{
    return {static_cast<int>(grid.rows()), static_cast<int>(grid.cols())};
}

} // namespace convstep
