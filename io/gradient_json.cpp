#include "io/gradient_json.h"

#include "io/json_fields.h"
#include "io/trace_json.h"

namespace convstep {

Result<Grid, ProblemError> parseUpstream(const QByteArray &data)
{
    auto object = json::documentObject(data, QStringLiteral("{\"upstream\": [[…]]}"));
    if (!object.ok())
        return object.error();
    const QJsonObject &document = object.value();
    try {
        json::checkKnownFields(document, {QStringLiteral("upstream")});
        if (!document.contains(QLatin1String("upstream")))
            json::fail(QStringLiteral("upstream"),
                       QStringLiteral("is missing; the file must be {\"upstream\": [[…]]}, a "
                                      "grid shaped like the output"));
        return json::gridOf(QStringLiteral("upstream"), document[QLatin1String("upstream")],
                            limits::maxOutputSide);
    } catch (const json::FieldError &failure) {
        return failure.error;
    }
}

QJsonObject gradientToJson(const Gradient &gradient)
{
    return {{"grad_bias", gradient.bias},
            {"grad_input", gridToJson(gradient.input)},
            {"grad_kernel", gridToJson(gradient.kernel)}};
}

} // namespace convstep
