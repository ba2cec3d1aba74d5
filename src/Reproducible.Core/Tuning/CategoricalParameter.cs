namespace Reproducible.Core.Tuning;

public sealed record CategoricalParameter : Parameter
{
    public CategoricalParameter(string name, IReadOnlyList<object> choices) : base(name)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
            throw new ArgumentException($"Parameter '{name}' has no choices.", nameof(choices));
        if (choices.Distinct().Count() != choices.Count)
            throw new ArgumentException($"Parameter '{name}' lists a choice twice.", nameof(choices));
        Choices = choices;
    }

    public IReadOnlyList<object> Choices { get; }

    public int IndexOf(object choice) =>
        Choices.Select((candidate, index) => (candidate, index)).First(pair => pair.candidate.Equals(choice)).index;

    public override object SampleUniformly(Random random) => Choices[random.Next(Choices.Count)];
}
