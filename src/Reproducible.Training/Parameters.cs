using System.Collections;
using System.Globalization;

namespace Reproducible.Training;

/// <summary>The hyperparameters of a run, as declared strings with typed, invariant-culture accessors.</summary>
public sealed class Parameters(IReadOnlyDictionary<string, string> values) : IReadOnlyDictionary<string, string>
{
    /// <summary>The parameter's value as declared.</summary>
    public string GetString(string name) =>
        values.TryGetValue(name, out var value) ? value : throw Missing(name);

    /// <summary>The parameter's value, or <paramref name="fallback"/> when it is not declared.</summary>
    public string GetString(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    /// <summary>The parameter parsed as a floating-point number.</summary>
    public double GetDouble(string name) => Parse(name, GetString(name), s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>The parameter parsed as a floating-point number, or <paramref name="fallback"/> when it is not declared.</summary>
    public double GetDouble(string name, double fallback) => ContainsKey(name) ? GetDouble(name) : fallback;

    /// <summary>The parameter parsed as an integer.</summary>
    public int GetInt32(string name) => Parse(name, GetString(name), s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture));

    /// <summary>The parameter parsed as an integer, or <paramref name="fallback"/> when it is not declared.</summary>
    public int GetInt32(string name, int fallback) => ContainsKey(name) ? GetInt32(name) : fallback;

    /// <summary>The parameter parsed as <c>true</c> or <c>false</c>.</summary>
    public bool GetBoolean(string name) => Parse(name, GetString(name), bool.Parse);

    /// <summary>The parameter parsed as <c>true</c> or <c>false</c>, or <paramref name="fallback"/> when it is not declared.</summary>
    public bool GetBoolean(string name, bool fallback) => ContainsKey(name) ? GetBoolean(name) : fallback;

    /// <inheritdoc/>
    public string this[string key] => GetString(key);

    /// <inheritdoc/>
    public IEnumerable<string> Keys => values.Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Values => values.Values;

    /// <inheritdoc/>
    public int Count => values.Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => values.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    static KeyNotFoundException Missing(string name) =>
        new($"The hyperparameter '{name}' is not declared. Add <Hyperparameter Include=\"{name}\" Value=\"...\" /> to the project.");

    static T Parse<T>(string name, string value, Func<string, T> parse)
    {
        try
        {
            return parse(value);
        }
        catch (FormatException)
        {
            throw new FormatException($"The hyperparameter '{name}' has the value '{value}', which is not a valid {typeof(T).Name}.");
        }
        catch (OverflowException)
        {
            throw new FormatException($"The hyperparameter '{name}' has the value '{value}', which is out of range for {typeof(T).Name}.");
        }
    }
}
