namespace Reproducible.Core.Tuning;

sealed class ChoiceModel : ParameterModel
{
    readonly CategoricalParameter parameter;
    readonly CategoricalParzenEstimator below;
    readonly CategoricalParzenEstimator above;

    public ChoiceModel(CategoricalParameter parameter, IReadOnlyList<Trial> good, IReadOnlyList<Trial> bad, double priorWeight) : base(parameter.Name, good)
    {
        this.parameter = parameter;
        below = new CategoricalParzenEstimator(parameter.Choices.Count, [.. ValuesOf(parameter.Name, good).Select(parameter.IndexOf)], priorWeight);
        above = new CategoricalParzenEstimator(parameter.Choices.Count, [.. ValuesOf(parameter.Name, bad).Select(parameter.IndexOf)], priorWeight);
    }

    public override (object Value, double Score) Draw(Random random) => Scored(below.Sample(random));

    protected override (object Value, double Score) DrawFromKernel(int kernel, Random random) => Scored(below.Sample(kernel, random));

    (object Value, double Score) Scored(int choice) => (parameter.Choices[choice], below.LogProbability(choice) - above.LogProbability(choice));
}
