using System.Text.Json.Serialization;

namespace Reproducible.Tracking.Spool;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(SpooledRun))]
[JsonSerializable(typeof(SpoolVersion))]
sealed partial class SpoolJson : JsonSerializerContext
{
}
