namespace Reproducible.Core.Tuning;

sealed class NumericModel : ParameterModel
{
    readonly NumericDomain domain;
    readonly ParzenEstimator below;
    readonly ParzenEstimator above;

    public NumericModel(Parameter parameter, IReadOnlyList<Trial> good, IReadOnlyList<Trial> bad, double priorWeight) : base(parameter.Name, good)
    {
        domain = NumericDomain.For(parameter);
        below = new ParzenEstimator(domain, [.. ValuesOf(parameter.Name, good).Select(domain.ToInternal)], priorWeight);
        above = new ParzenEstimator(domain, [.. ValuesOf(parameter.Name, bad).Select(domain.ToInternal)], priorWeight);
    }

    public override (object Value, double Score) Draw(Random random) => Scored(below.Sample(random));

    protected override (object Value, double Score) DrawFromKernel(int kernel, Random random) => Scored(below.Sample(kernel, random));

    // Like Optuna, a sample is scored where it lands: rounded onto an integer's grid, clipped to a log scale's bounds.
    (object Value, double Score) Scored(double sample)
    {
        var value = domain.FromInternal(sample);
        var landed = domain.ToInternal(value);
        return (value, below.LogDensity(landed) - above.LogDensity(landed));
    }
}
