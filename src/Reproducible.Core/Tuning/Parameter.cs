namespace Reproducible.Core.Tuning;

/// <summary>One dimension of a <see cref="SearchSpace"/>.</summary>
public abstract record Parameter
{
    protected Parameter(string name) =>
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A parameter needs a name.", nameof(name)) : name;

    public string Name { get; }

    public abstract object SampleUniformly(Random random);
}
