namespace Reproducible.Core.Tuning;

/// <summary>Tries every point of the cartesian grid once, in random order, so parallel workers rarely collide.</summary>
public sealed class GridSampler(int pointsPerFloat) : ISampler
{
    public int PointsPerFloat { get; } = pointsPerFloat >= 2
        ? pointsPerFloat
        : throw new ArgumentOutOfRangeException(nameof(pointsPerFloat), "A float needs at least 2 grid points.");

    public IReadOnlyDictionary<string, object> Suggest(SearchSpace space, IReadOnlyList<Trial> history, Random random)
    {
        var visited = history.Select(trial => Key(space, trial.Parameters)).ToHashSet();
        var unvisited = Grid(space).Where(point => !visited.Contains(Key(space, point))).ToList();
        return unvisited.Count > 0
            ? unvisited[random.Next(unvisited.Count)]
            : throw new SearchSpaceExhaustedException($"the grid's {Grid(space).Count()} points have all been tried");
    }

    IEnumerable<IReadOnlyDictionary<string, object>> Grid(SearchSpace space) =>
        space.Parameters.Aggregate(
            (IEnumerable<IReadOnlyDictionary<string, object>>)[new Dictionary<string, object>()],
            (points, parameter) => points.SelectMany(point => Values(parameter).Select(value => With(point, parameter.Name, value))));

    IEnumerable<object> Values(Parameter parameter) => parameter switch
    {
        CategoricalParameter categorical => categorical.Choices,
        IntParameter integer => integer.Values.Cast<object>(),
        FloatParameter { Log: true } real => Spaced(Math.Log(real.Low), Math.Log(real.High)).Select(value => (object)Math.Clamp(Math.Exp(value), real.Low, real.High)),
        FloatParameter real => Spaced(real.Low, real.High).Cast<object>(),
        _ => throw new NotSupportedException(parameter.GetType().Name),
    };

    IEnumerable<double> Spaced(double low, double high) =>
        Enumerable.Range(0, PointsPerFloat).Select(index => index == PointsPerFloat - 1 ? high : low + (high - low) * index / (PointsPerFloat - 1));

    static Dictionary<string, object> With(IReadOnlyDictionary<string, object> point, string name, object value) =>
        new(point) { [name] = value };

    static string Key(SearchSpace space, IReadOnlyDictionary<string, object> point) =>
        string.Join('\u001f', space.Parameters.Select(parameter => point.TryGetValue(parameter.Name, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : ""));
}
