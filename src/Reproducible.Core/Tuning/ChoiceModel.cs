namespace Reproducible.Core.Tuning;

sealed class ChoiceModel : ParameterModel
{
    readonly CategoricalParameter parameter;
    readonly CategoricalParzenEstimator below;
    readonly CategoricalParzenEstimator above;

    public ChoiceModel(CategoricalParameter parameter, IReadOnlyList<Trial> good, IReadOnlyList<Trial> bad, double priorWeight) : base(parameter.Name, good, bad)
    {
        this.parameter = parameter;
        below = new CategoricalParzenEstimator(parameter.Choices.Count, [.. ValuesOf(parameter.Name, good).Select(parameter.IndexOf)], priorWeight);
        above = new CategoricalParzenEstimator(parameter.Choices.Count, [.. ValuesOf(parameter.Name, bad).Select(parameter.IndexOf)], priorWeight);
    }

    public override object Draw(Random random) => parameter.Choices[below.Sample(random)];

    public override double LogRatio(object value) => below.LogProbability(parameter.IndexOf(value)) - above.LogProbability(parameter.IndexOf(value));

    protected override object DrawFromKernel(int kernel, Random random) => parameter.Choices[below.Sample(kernel, random)];
}
