namespace Reproducible.Core.Tuning;

/// <summary>
/// The tree-structured Parzen estimator with Optuna's defaults: each parameter is modelled on its own, by a density l
/// over the best trials and g over the rest, and of the candidates drawn from l the one that maximises l/g wins.
/// </summary>
/// <remarks>
/// With <c>jointCandidates</c> (the default) each candidate is drawn whole, every parameter from the kernels l puts on one
/// good trial, and scored as a whole (see <see cref="CandidateScore"/>); without, each parameter draws and picks its own candidates,
/// as Optuna 3.1 does. Joint candidates in a space without floats never repeat a tried point while one of them is new.
/// See docs/tuning.md for why the default differs from Optuna's.
/// </remarks>
public sealed class TpeSampler(Direction direction, int startupTrials = 10, int candidates = 24, double priorWeight = 1.0, bool constantLiar = true, bool jointCandidates = true) : ISampler
{
    readonly RandomSampler startup = new();
    readonly int startupTrials = startupTrials >= 0 ? startupTrials : throw new ArgumentOutOfRangeException(nameof(startupTrials), "Start-up trials cannot be negative.");
    readonly int candidates = candidates >= 1 ? candidates : throw new ArgumentOutOfRangeException(nameof(candidates), "TPE needs at least 1 candidate.");
    // With no weight on the prior, a group without trials would be a mixture of nothing.
    readonly double priorWeight = priorWeight > 0 ? priorWeight : throw new ArgumentOutOfRangeException(nameof(priorWeight), "The prior's weight must be positive.");

    public IReadOnlyDictionary<string, object> Suggest(SearchSpace space, IReadOnlyList<Trial> history, Random random)
    {
        var finished = history.Where(RankedObservations.IsFinished).ToList();
        if (finished.Count < startupTrials)
            return startup.Suggest(space, history, random);
        var observed = constantLiar ? [.. finished, .. history.Where(trial => trial.State == TrialState.Running)] : finished;
        var (good, bad) = RankedObservations.Split(observed, direction);
        var models = space.Parameters.Select(parameter => (parameter.Name, Model: ParameterModel.For(parameter, good, bad, priorWeight))).ToList();
        if (!jointCandidates)
            return Independent(models, random);
        // Only a space without floats can suggest a point twice.
        var tried = space.Parameters.Any(parameter => parameter is FloatParameter) ? null : new Configurations(space, history);
        var goodTrials = new MixtureWeights(good.Count, priorWeight);
        return Joint(models, goodTrials, new CandidateScore(models, goodTrials, new MixtureWeights(bad.Count, priorWeight)), tried, random);
    }

    // A repeat of a tried point would teach the study nothing, so any new point beats it, whatever their scores.
    IReadOnlyDictionary<string, object> Joint(List<(string Name, ParameterModel Model)> models, MixtureWeights goodTrials, CandidateScore score, Configurations? tried, Random random) =>
        Enumerable.Range(0, candidates)
            .Select(_ => goodTrials.Choose(random))
            .Select(goodTrial => models.ToDictionary(parameter => parameter.Name, parameter => parameter.Model.DrawNear(goodTrial, random)))
            .MaxBy(candidate => (IsNew: tried?.Contains(candidate) != true, Score: score.Of(candidate)))!;

    IReadOnlyDictionary<string, object> Independent(List<(string Name, ParameterModel Model)> models, Random random) =>
        models.ToDictionary(
            parameter => parameter.Name,
            parameter => Enumerable.Range(0, candidates).Select(_ => parameter.Model.Draw(random)).MaxBy(parameter.Model.LogRatio)!);
}
