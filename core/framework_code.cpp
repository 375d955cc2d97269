#include "core/channels.h"
#include "core/framework_script.h"

#include <array>
#include <charconv>

namespace convstep {
namespace script {

std::string number(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string tuple(Pair pair)
{
    return "(" + std::to_string(pair.h) + ", " + std::to_string(pair.w) + ")";
}

std::string listLiteral(const Grid &grid)
{
    std::string text = "[\n";
    for (Eigen::Index r = 0; r < grid.rows(); ++r) {
        text += "    [";
        for (Eigen::Index c = 0; c < grid.cols(); ++c)
            text += (c ? ", " : "") + number(grid(r, c));
        text += "],\n";
    }
    return text + "]";
}

std::string header(const Problem &p, Framework framework)
{
    std::string settings = opName(p.op);
    if (isUpsampling(p.op)) {
        settings += ", scale " + tuple(p.scale);
        if (p.op == Op::UpsampleBilinear)
            settings += std::string(", align_corners ") + (p.alignCorners ? "True" : "False");
    } else {
        settings += ", kernel " + std::to_string(p.kernel.rows()) + "x"
            + std::to_string(p.kernel.cols()) + ", stride " + tuple(p.stride) + ", dilation "
            + tuple(p.dilation) + ", padding "
            + (usesKerasPadding(p) ? std::string("'") + paddingModeName(p.paddingMode) + "' (Keras)"
                                   : tuple(p.padding) + " (PyTorch)");
        if (p.op == Op::ConvTranspose2d)
            settings += ", output_padding " + tuple(p.outputPadding);
        settings += ", bias " + number(p.bias);
    }
    return "# ConvStep problem: " + settings + ".\n# Reproduced in "
        + (framework == Framework::PyTorch ? "PyTorch (float64)" : "Keras")
        + "; prints the output as nested lists, row by row.\n";
}

} // namespace script

std::string gradientScript(const Problem &problem, const Grid &upstream, bool kernelGradient)
{
    return script::pytorchGradientScript(problem, geometryOf(problem), upstream, kernelGradient);
}

std::string frameworkScript(const Problem &problem, Framework framework)
{
    const Geometry geometry = geometryOf(problem);
    if (hasChannels(problem))
        return framework == Framework::PyTorch ? script::pytorchChannelScript(problem, geometry)
                                               : script::kerasChannelScript(problem, geometry);
    return framework == Framework::PyTorch ? script::pytorchScript(problem, geometry)
                                           : script::kerasScript(problem, geometry);
}

const char *frameworkName(Framework framework)
{
    return framework == Framework::PyTorch ? "pytorch" : "keras";
}

std::optional<Framework> frameworkFromName(std::string_view name)
{
    for (Framework framework : {Framework::PyTorch, Framework::Keras})
        if (name == frameworkName(framework))
            return framework;
    return std::nullopt;
}

} // namespace convstep
