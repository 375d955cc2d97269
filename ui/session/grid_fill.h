#pragma once

#include "core/grid.h"

class QRandomGenerator;

namespace convstep {

// Which grid of the problem a fill or resize is for: the two get different value ranges.
enum class GridTarget { Input, Kernel };

enum class Fill { Random, Ones, Counting, Zeros };

// The value a cell gets when a resize creates it: a small integer derived from its position,
// so a grown grid never turns the output trivially zero and the same resize always gives the
// same numbers (core/op_switch.h: inputSeed, kernelSeed).
double seedValue(GridTarget target, Cell cell);

// The grid at `size`: cells inside both sizes keep their values, new cells get seedValue().
Grid resizedGrid(const Grid &grid, Pair size, GridTarget target);

// Inclusive range of the random integers a Random fill draws.
struct IntRange
{
    int lo = 0;
    int hi = 0;
};
IntRange randomRange(GridTarget target);

// A grid of `size` filled as asked. Counting is 1, 2, ..., n in row-major order.
Grid filledGrid(Pair size, Fill fill, GridTarget target, QRandomGenerator &random);

} // namespace convstep
