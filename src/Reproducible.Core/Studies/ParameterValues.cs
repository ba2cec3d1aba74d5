using System.Globalization;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

/// <summary>A trial's parameters travel as text (to the trainer, the store and the project); this is the one place that converts them.</summary>
public static class ParameterValues
{
    public static string Format(object value) => value switch
    {
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static IReadOnlyDictionary<string, string> Format(IReadOnlyDictionary<string, object> parameters) =>
        parameters.ToDictionary(pair => pair.Key, pair => Format(pair.Value), StringComparer.Ordinal);

    /// <summary>The value <paramref name="text"/> stands for in <paramref name="parameter"/>, or null when it is not one of its values.</summary>
    public static object? Parse(Parameter parameter, string text) => parameter switch
    {
        FloatParameter real when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= real.Low && value <= real.High => value,
        IntParameter integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= integer.Low && value <= integer.High && (value - integer.Low) % integer.Step == 0 => value,
        CategoricalParameter categorical => categorical.Choices.FirstOrDefault(choice => Format(choice) == text),
        _ => null,
    };
}
