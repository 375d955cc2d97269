#pragma once

#include "core/grid.h"
#include "core/message.h"

#include <optional>
#include <string>
#include <vector>

namespace convstep {

// The last four are the upsampling ops: they take an input and a scale, no kernel.
enum class Op {
    Conv2d,
    ConvTranspose2d,
    UpsampleNearest,
    UpsampleBilinear,
    BedOfNails,
    MaxUnpool2d
};

// Explicit is PyTorch's integer padding; Valid and Same are Keras's padding strings.
enum class PaddingMode { Explicit, Valid, Same };

struct Problem
{
    Op op = Op::Conv2d;
    Grid input;
    Grid kernel; // empty (0×0) for the upsampling ops
    Pair stride{1, 1};
    Pair dilation{1, 1};
    PaddingMode paddingMode = PaddingMode::Explicit;
    Pair padding{0, 0};
    // PyTorch output_padding; for Keras strings all zeros means Keras's None.
    Pair outputPadding{0, 0};
    double bias = 0.0;
    // Upsampling ops only (conv ops keep [1, 1] and false): the factor per axis, and
    // upsample_bilinear's corner alignment (PyTorch's align_corners).
    Pair scale{1, 1};
    bool alignCorners = false;
    // Channels (conv ops; core/channels.h). All empty for today's problem of one channel in
    // and one out. A channel problem keeps every input channel in `inputs` and the 4-D weight
    // in PyTorch's layout in `kernels`, row-major over its two channel axes (conv2d
    // [C_out][C_in/groups], conv_transpose2d [C_in][C_out/groups]); `kernelLead` is the first
    // of those axes. `input` and `kernel` then hold channel 0 and the first weight (setChannels
    // keeps them so), whose sizes are every channel's.
    std::vector<Grid> inputs{};
    std::vector<Grid> kernels{};
    int kernelLead = 0;
    int groups = 1;
    // One bias per output channel; empty: `bias` for every one.
    std::vector<double> biases{};

    // The same computation: equal fields and grids (the integer padding counts only when
    // it is the one in use).
    friend bool operator==(const Problem &a, const Problem &b);
};

namespace limits {
inline constexpr int maxInputSide = 512;
inline constexpr int maxKernelSide = 64;
inline constexpr int maxStride = 16;
inline constexpr int maxDilation = 16;
inline constexpr int maxPadding = 64;
inline constexpr int maxOutputSide = 4096;
inline constexpr int maxScale = 8;
inline constexpr long long maxFileBytes = 16LL * 1024 * 1024;
inline constexpr int maxChannels = 64;
inline constexpr long long maxInputValues = 262144; // C_in·H·W
inline constexpr long long maxWeights = 262144; // every element of the 4-D weight
inline constexpr long long maxOutputValues = 16777216; // C_out·Ho·Wo
} // namespace limits

// One clear complaint about a problem: the field it concerns and the rule it breaks.
struct ProblemError
{
    std::string field;
    std::string message; // English
    Message reason{}; // the message for translation; empty where only `message` was given

    std::string text() const { return field.empty() ? message : field + ": " + message; }
};

// An error whose English message is its reason's.
ProblemError problemError(std::string field, Message reason);

// Checks every rule of the chosen convention; nullopt means the problem can be computed.
std::optional<ProblemError> validate(const Problem &problem);

bool usesKerasPadding(const Problem &problem);
bool hasKerasOutputPadding(const Problem &problem);

// upsample_nearest, upsample_bilinear, bed_of_nails, max_unpool2d.
bool isUpsampling(Op op);

const char *opName(Op op);
const char *paddingModeName(PaddingMode mode);

} // namespace convstep
