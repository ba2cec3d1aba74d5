namespace Reproducible.Core.Tuning;

sealed class NumericModel : ParameterModel
{
    readonly NumericDomain domain;
    readonly ParzenEstimator below;
    readonly ParzenEstimator above;

    public NumericModel(Parameter parameter, IReadOnlyList<Trial> good, IReadOnlyList<Trial> bad, double priorWeight) : base(parameter.Name, good, bad)
    {
        domain = NumericDomain.For(parameter);
        below = new ParzenEstimator(domain, [.. ValuesOf(parameter.Name, good).Select(domain.ToInternal)], priorWeight);
        above = new ParzenEstimator(domain, [.. ValuesOf(parameter.Name, bad).Select(domain.ToInternal)], priorWeight);
    }

    public override object Draw(Random random) => domain.FromInternal(below.Sample(random));

    // Like Optuna, a value is scored where it lands: rounded onto an integer's grid, clipped to a log scale's bounds.
    public override double LogRatio(object value) => LogRatio(value, null, null);

    /// <summary>log l − log g, also adding each kernel's log density at the value to those of l and of g.</summary>
    public double LogRatio(object value, double[]? belowKernels, double[]? aboveKernels)
    {
        var point = domain.ToInternal(value);
        return below.LogDensity(point, belowKernels) - above.LogDensity(point, aboveKernels);
    }

    protected override object DrawFromKernel(int kernel, Random random) => domain.FromInternal(below.Sample(kernel, random));
}
