#pragma once

#include "core/channels.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace convstep {

// Where each framework keeps a convolution's weight. The same numbers, in four axis orders:
//   conv                        transposed conv
//   PyTorch  [C_out, C_in/g, kh, kw]   [C_in, C_out/g, kh, kw]
//   Keras    (kh, kw, C_in/g, C_out)   (kh, kw, C_out, C_in)      Conv2DTranspose: no groups
//   tf.nn    (kh, kw, C_in/g, C_out)   (kh, kw, C_out, C_in)      conv2d_transpose: no groups
//   ONNX     [C_out, C_in/g, kh, kw]   [C_in, C_out/g, kh, kw]    as PyTorch
enum class WeightFramework { PyTorch, Keras, TensorFlow, Onnx };

// The weight's four axes by meaning: the output channels, the input channels, the kernel's
// rows and columns. In a grouped layer one of the channel axes counts a group's channels only.
enum class WeightAxis { Out, In, Rows, Cols };

struct WeightLayout
{
    WeightFramework framework = WeightFramework::PyTorch;
    std::string api; // "torch.nn.Conv2d.weight", "tf.keras.layers.Conv2DTranspose kernel"
    std::array<WeightAxis, 4> axes{};
    std::array<int, 4> shape{};
    std::array<std::string, 4> names{}; // "C_out", "C_in/groups", "kh", "kw"
    // Empty when the framework takes this layer as it is; else why it cannot (no groups).
    std::string refusal;
};

const char *weightFrameworkName(WeightFramework framework); // "PyTorch", "Keras", …
const std::array<WeightFramework, 4> &weightFrameworks();

// The layout of `problem`'s weight (a conv op) in a framework: its axes, their sizes and names.
WeightLayout weightLayout(const Problem &problem, WeightFramework framework);

// The permutation that turns a weight stored in `from`'s order into `to`'s: axis i of the
// result is axis permutation[i] of the source (numpy's transpose, torch's permute).
std::array<int, 4> permutation(const WeightLayout &from, const WeightLayout &to);

// "(3, 3, 3, 2)"
std::string shapeTuple(const std::array<int, 4> &shape);

// Which frameworks store this layer's weight with the given shape; several when the sizes
// cannot tell the axes apart (a 1×1 kernel with as many channels in as out, say).
std::vector<WeightFramework> frameworksForShape(const Problem &problem,
                                                const std::array<int, 4> &shape);

// One sentence about a weight of that shape for this layer: whose layout it is and how to
// permute it into PyTorch's, or why no framework stores it so.
std::string shapeVerdict(const Problem &problem, const std::array<int, 4> &shape);

} // namespace convstep
