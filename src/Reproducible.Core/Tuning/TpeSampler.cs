namespace Reproducible.Core.Tuning;

/// <summary>
/// The tree-structured Parzen estimator with Optuna's defaults: each parameter is modelled on its own, by a
/// density l over the best trials and g over the rest, and the candidate drawn from l that maximises l/g wins.
/// </summary>
public sealed class TpeSampler(Direction direction, int startupTrials = 10, int candidates = 24, double priorWeight = 1.0, bool constantLiar = true) : ISampler
{
    readonly RandomSampler startup = new();

    public IReadOnlyDictionary<string, object> Suggest(SearchSpace space, IReadOnlyList<Trial> history, Random random)
    {
        var finished = history.Where(RankedObservations.IsFinished).ToList();
        if (finished.Count < startupTrials)
            return startup.Suggest(space, history, random);
        var observed = constantLiar ? [.. finished, .. history.Where(trial => trial.State == TrialState.Running)] : finished;
        var (good, bad) = RankedObservations.Split(observed, direction);
        return space.Parameters.ToDictionary(parameter => parameter.Name, parameter => Suggest(parameter, good, bad, random));
    }

    object Suggest(Parameter parameter, List<Trial> allGood, List<Trial> allBad, Random random)
    {
        List<Trial> WithParameter(List<Trial> trials) => [.. trials.Where(trial => trial.Parameters.ContainsKey(parameter.Name))];
        var (good, bad) = (WithParameter(allGood), WithParameter(allBad));
        return parameter is CategoricalParameter categorical
            ? SuggestChoice(categorical, good, bad, random)
            : SuggestNumber(NumericDomain.For(parameter), parameter.Name, good, bad, random);
    }

    object SuggestNumber(NumericDomain domain, string name, List<Trial> good, List<Trial> bad, Random random)
    {
        List<double> Observations(List<Trial> trials) => [.. trials.Select(trial => domain.ToInternal(trial.Parameters[name]))];
        var below = new ParzenEstimator(domain, Observations(good), priorWeight);
        var above = new ParzenEstimator(domain, Observations(bad), priorWeight);
        return Enumerable.Range(0, candidates)
            .Select(_ => domain.FromInternal(below.Sample(random)))
            .Select(value => (value, internalValue: domain.ToInternal(value)))
            .MaxBy(candidate => below.LogDensity(candidate.internalValue) - above.LogDensity(candidate.internalValue))
            .value;
    }

    object SuggestChoice(CategoricalParameter parameter, List<Trial> good, List<Trial> bad, Random random)
    {
        List<int> Observations(List<Trial> trials) => [.. trials.Select(trial => parameter.IndexOf(trial.Parameters[parameter.Name]))];
        var below = new CategoricalParzenEstimator(parameter.Choices.Count, Observations(good), priorWeight);
        var above = new CategoricalParzenEstimator(parameter.Choices.Count, Observations(bad), priorWeight);
        var best = Enumerable.Range(0, candidates)
            .Select(_ => below.Sample(random))
            .MaxBy(choice => below.LogProbability(choice) - above.LogProbability(choice));
        return parameter.Choices[best];
    }
}
