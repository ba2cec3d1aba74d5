namespace Reproducible.Core.Tuning;

public interface ISampler
{
    IReadOnlyDictionary<string, object> Suggest(SearchSpace space, IReadOnlyList<Trial> history, Random random);
}
