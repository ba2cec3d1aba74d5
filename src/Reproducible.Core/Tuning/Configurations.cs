namespace Reproducible.Core.Tuning;

/// <summary>The points a study has already tried, to tell a new candidate from a repeat.</summary>
sealed class Configurations(SearchSpace space, IEnumerable<Trial> trials)
{
    static readonly IEqualityComparer<object?[]> ValueByValue = EqualityComparer<object?[]>.Create(
        (left, right) => System.Collections.StructuralComparisons.StructuralEqualityComparer.Equals(left, right),
        key => System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(key));

    readonly HashSet<object?[]> tried = new(trials.Select(trial => Key(space, trial.Parameters)), ValueByValue);

    public bool Contains(IReadOnlyDictionary<string, object> parameters) => tried.Contains(Key(space, parameters));

    static object?[] Key(SearchSpace space, IReadOnlyDictionary<string, object> parameters) =>
        [.. space.Parameters.Select(parameter => parameters.GetValueOrDefault(parameter.Name))];
}
