using System.Globalization;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Studies;

public static class SearchSpaceItems
{
    public static SearchSpace ToSearchSpace(IReadOnlyList<SearchSpaceItem> items, string projectFile)
    {
        if (items.Count == 0)
            throw new ReproException(Errors.NoSearchSpace(projectFile));
        var duplicate = items.GroupBy(item => item.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ReproException(Errors.DuplicateName("SearchSpace", duplicate.Key, projectFile));
        return new SearchSpace(items.Select(item => ToParameter(item, projectFile)));
    }

    static Parameter ToParameter(SearchSpaceItem item, string projectFile)
    {
        try
        {
            return TypeOf(item) switch
            {
                "categorical" => new CategoricalParameter(item.Name, Choices(item)),
                "int" => new IntParameter(item.Name, Integer(item, "Low", item.Low), Integer(item, "High", item.High), item.Step is { Length: > 0 } ? Integer(item, "Step", item.Step) : 1, Flag(item)),
                "float" when item.Step is { Length: > 0 } => throw new FormatException("a float takes no Step; use Type=\"int\" for a stepped integer"),
                "float" => new FloatParameter(item.Name, Number(item, "Low", item.Low), Number(item, "High", item.High), Flag(item)),
                var type => throw new FormatException($"Type '{type}' is not one of float, int and categorical"),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ReproException(Errors.InvalidSearchSpace(item.Name, Reason(e, item.Name), projectFile));
        }
    }

    static string TypeOf(SearchSpaceItem item) =>
        item.Type is { Length: > 0 } type ? type.Trim().ToLowerInvariant()
        : item.Choices is { Length: > 0 } ? "categorical"
        : "float";

    static object[] Choices(SearchSpaceItem item)
    {
        if (item.Low is { Length: > 0 } || item.High is { Length: > 0 } || item.Step is { Length: > 0 } || item.Log is { Length: > 0 })
            throw new FormatException("a categorical parameter takes Choices only, not Low, High, Step or Log");
        var choices = (item.Choices ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return choices.Length > 0 ? choices : throw new FormatException("it has no Choices; list them as Choices=\"a;b;c\"");
    }

    static double Number(SearchSpaceItem item, string name, string? text) =>
        double.TryParse(Required(name, text), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"{name} '{text}' is not a number");

    static int Integer(SearchSpaceItem item, string name, string? text) =>
        int.TryParse(Required(name, text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} '{text}' is not a whole number");

    static string Required(string name, string? text) =>
        text is { Length: > 0 } ? text.Trim() : throw new FormatException($"it has no {name}");

    static bool Flag(SearchSpaceItem item) =>
        item.Log is not { Length: > 0 } text ? false
        : bool.TryParse(text.Trim(), out var log) ? log
        : throw new FormatException($"Log '{text}' is not true or false");

    // The parameter types' own messages start with the name, which the diagnostic already gives.
    static string Reason(Exception e, string name)
    {
        var message = e is ArgumentException argument ? argument.Message.Split(" (Parameter '")[0] : e.Message;
        var prefix = $"Parameter '{name}': ";
        return (message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message).TrimEnd('.');
    }
}
