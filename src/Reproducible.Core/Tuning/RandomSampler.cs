namespace Reproducible.Core.Tuning;

public sealed class RandomSampler : ISampler
{
    public IReadOnlyDictionary<string, object> Suggest(SearchSpace space, IReadOnlyList<Trial> history, Random random) =>
        space.Parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.SampleUniformly(random));
}
