namespace Reproducible.Core.Tuning;

public sealed class SearchSpace
{
    public SearchSpace(params IEnumerable<Parameter> parameters)
    {
        Parameters = [.. parameters];
        var duplicate = Parameters.GroupBy(parameter => parameter.Name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"The search space names '{duplicate.Key}' twice.", nameof(parameters));
    }

    public IReadOnlyList<Parameter> Parameters { get; }
}
