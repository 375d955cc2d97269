#include "io/training_json.h"

#include "io/json_fields.h"
#include "io/trace_json.h"

namespace convstep {
namespace {

const QStringList specKeys{"image",  "scale", "model",         "padding",  "output_padding",
                           "kernel", "bias",  "learning_rate", "momentum", "steps"};
const QStringList modelNames{"transposed", "resize-conv"};

UpsamplerModel modelOf(const QJsonValue &value)
{
    const QString name = value.toString();
    if (name == QLatin1String("transposed"))
        return UpsamplerModel::Transposed;
    if (name == QLatin1String("resize-conv"))
        return UpsamplerModel::ResizeConv;
    json::fail(QStringLiteral("model"),
               "must be \"transposed\" or \"resize-conv\", got " + json::shown(value)
                   + json::suggestion(name, modelNames));
}

TrainingSpec specOf(const QJsonObject &object)
{
    json::checkKnownFields(object, specKeys);
    for (const char *required : {"image", "scale", "model", "kernel", "learning_rate", "steps"})
        if (!object.contains(QLatin1String(required)))
            json::fail(required,
                       "is missing; a training spec needs \"image\", \"scale\", \"model\", "
                       "\"kernel\", \"learning_rate\" and \"steps\"");
    TrainingSpec spec;
    spec.model = modelOf(object["model"]);
    if (spec.model == UpsamplerModel::ResizeConv)
        for (const char *key : {"padding", "output_padding"})
            if (object.contains(QLatin1String(key)))
                json::fail(key,
                           "applies only to the \"transposed\" model; \"resize-conv\" pads "
                           "'same'");
    spec.image = json::gridOf(QStringLiteral("image"), object["image"], limits::maxInputSide);
    spec.scale = json::integerOf(QStringLiteral("scale"), object["scale"]);
    spec.kernel = json::gridOf(QStringLiteral("kernel"), object["kernel"], limits::maxKernelSide);
    if (object.contains("padding"))
        spec.padding = json::pairOf(QStringLiteral("padding"), object["padding"]);
    if (object.contains("output_padding"))
        spec.outputPadding =
            json::pairOf(QStringLiteral("output_padding"), object["output_padding"]);
    if (object.contains("bias"))
        spec.bias = json::finiteNumberOf(QStringLiteral("bias"), object["bias"]);
    spec.learningRate =
        json::finiteNumberOf(QStringLiteral("learning_rate"), object["learning_rate"]);
    if (object.contains("momentum"))
        spec.momentum = json::finiteNumberOf(QStringLiteral("momentum"), object["momentum"]);
    spec.steps = json::integerOf(QStringLiteral("steps"), object["steps"]);
    if (auto error = validate(spec))
        throw json::FieldError{*error};
    return spec;
}

} // namespace

Result<TrainingSpec, ProblemError> parseTrainingSpec(const QByteArray &data)
{
    auto object = json::documentObject(
        data, QStringLiteral("{\"image\": [[…]], \"scale\": 2, \"model\": \"transposed\", …}"));
    if (!object.ok())
        return object.error();
    try {
        return specOf(object.value());
    } catch (const json::FieldError &failure) {
        return failure.error;
    }
}

QJsonObject lossToJson(const Training &training)
{
    return {{"loss", training.loss}, {"step", training.step}};
}

QJsonObject trainedToJson(const Training &training)
{
    return {{"bias", training.bias},
            {"kernel", gridToJson(training.kernel)},
            {"output", gridToJson(training.output)}};
}

} // namespace convstep
