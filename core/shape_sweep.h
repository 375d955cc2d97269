#pragma once

#include "core/problem.h"

#include <optional>
#include <string>
#include <vector>

// The shape explorer's arithmetic: output size against one setting, under PyTorch's and
// Keras's conventions, and where they part ways. Every size is geometryOf() of a problem
// that validate() accepts; a point where the convention rejects the problem has no size.
namespace convstep {

// What varies along the x axis (on the rows axis; the columns keep the problem's values).
enum class SweepVariable { InputSize, Stride, Padding };

enum class ShapeConvention {
    PyTorch, // integer padding p, output_padding 0
    PyTorchOutputPadding, // transposed only: integer padding p plus output_padding
    KerasValid, // 'valid' (output_padding left unset for transposed)
    KerasSame // 'same' (output_padding left unset for transposed)
};

// Why a point is marked.
enum class ShapeDifference {
    // conv_transpose2d 'valid' with a (dilated) kernel shorter than the stride: Keras's
    // output_padding=None gives i·s, not (i−1)·s + k as output_padding=0 and PyTorch do.
    KernelBelowStride,
    // 'same' needs an odd number of padding zeros (or, transposed, an odd crop): TensorFlow
    // puts the extra one after (bottom/right), which PyTorch's symmetric integer padding
    // cannot express.
    AsymmetricSame,
    // conv_transpose2d 'same': output_padding=None gives i·s; output_padding=0 gives
    // (i−1)·s + k − 2⌊k/2⌋ (PyTorch with p = ⌊k/2⌋).
    OutputPaddingUnset
};

struct ShapeSeries
{
    ShapeConvention convention = ShapeConvention::PyTorch;
    std::string label; // e.g. "PyTorch p=1", "Keras 'same'"
    std::vector<int> x;
    std::vector<std::optional<int>> out; // none where the convention rejects the problem
    Message labelMessage{}; // the label, for translation
};

struct ShapeMark
{
    ShapeDifference kind = ShapeDifference::KernelBelowStride;
    ShapeConvention convention = ShapeConvention::KerasValid; // the series it sits on
    int x = 0;
    int out = 0;
    // KernelBelowStride, OutputPaddingUnset: the size with output_padding=0 (PyTorch's).
    int other = 0;
    // AsymmetricSame: the padding zeros (convolution) or cropped rows (transposed) before
    // and after.
    int before = 0;
    int after = 0;
};

struct ShapeSweep
{
    SweepVariable variable = SweepVariable::InputSize;
    std::vector<ShapeSeries> series;
    std::vector<ShapeMark> marks;
};

// The problem at x under a convention: input rows, stride rows or padding rows set to x, the
// padding mode and output_padding set by the convention. PyTorch uses the problem's own
// integer padding (0 for a Keras problem) unless x is the padding; PyTorchOutputPadding uses
// the problem's output_padding, or s − 1 when that is zero. Only the sizes are meaningful.
Problem shapeVariant(const Problem &problem, ShapeConvention convention, SweepVariable variable,
                     int x);

// Output rows of that problem; none if validate() rejects it.
std::optional<int> sweptSize(const Problem &problem, ShapeConvention convention,
                             SweepVariable variable, int x);

// The conventions that apply to the problem's op: two convolution-style conventions for
// conv2d (PyTorch, Keras 'valid', Keras 'same'), four for conv_transpose2d; none for the
// upsampling ops.
std::vector<ShapeConvention> sweptConventions(const Problem &problem);

// Series for x in [first, last] with the differences marked.
ShapeSweep sweepShapes(const Problem &problem, SweepVariable variable, int first, int last);

// The default x range for a variable: input sizes 1 to 2·max(in, 8), strides 1 to 8,
// paddings 0 to 8.
std::pair<int, int> sweepRange(const Problem &problem, SweepVariable variable);

std::string conventionLabel(const Problem &problem, ShapeConvention convention,
                            SweepVariable variable);
Message conventionLabelMessage(const Problem &problem, ShapeConvention convention,
                               SweepVariable variable);
const char *sweepVariableName(SweepVariable variable); // "input size", "stride", "padding"
Message sweepVariableMessage(SweepVariable variable); // the same, for translation

// A paragraph per kind of difference found in the sweep, with an example from it; a line
// saying they agree when none is (no kind), and one about gaps if there are any (no kind).
struct ShapeExplanation
{
    std::optional<ShapeDifference> kind;
    std::string text; // English
    Message message{}; // the text, for translation
};

std::vector<ShapeExplanation> explainDifferences(const Problem &problem, const ShapeSweep &sweep);

} // namespace convstep
