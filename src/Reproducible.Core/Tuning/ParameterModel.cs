namespace Reproducible.Core.Tuning;

/// <summary>
/// TPE's model of one parameter: a density l over its values in the good trials and g over the rest. It draws candidate
/// values from l and scores each by log l − log g.
/// </summary>
abstract class ParameterModel
{
    // For each good trial, the index of its kernel in l, or -1 when the trial has no value for this parameter; then l's prior.
    readonly int[] kernels;

    protected ParameterModel(string name, IReadOnlyList<Trial> good, IReadOnlyList<Trial> bad)
    {
        var position = 0;
        kernels = [.. good.Select(trial => trial.Parameters.ContainsKey(name) ? position++ : -1), position];
        InEveryTrial = position == good.Count && bad.All(trial => trial.Parameters.ContainsKey(name));
    }

    public static ParameterModel For(Parameter parameter, IReadOnlyList<Trial> good, IReadOnlyList<Trial> bad, double priorWeight) =>
        parameter is CategoricalParameter categorical
            ? new ChoiceModel(categorical, good, bad, priorWeight)
            : new NumericModel(parameter, good, bad, priorWeight);

    /// <summary>Whether every trial has a value, so that l and g have one kernel per trial, in the trials' order.</summary>
    public bool InEveryTrial { get; }

    /// <summary>A candidate from anywhere in l.</summary>
    public abstract object Draw(Random random);

    /// <summary>
    /// A candidate from the kernel l puts on one good trial (by its index; one past the last is the prior), or from anywhere
    /// in l when that trial has no value for this parameter.
    /// </summary>
    public object DrawNear(int goodTrial, Random random) =>
        kernels[goodTrial] is var kernel && kernel >= 0 ? DrawFromKernel(kernel, random) : Draw(random);

    public abstract double LogRatio(object value);

    protected abstract object DrawFromKernel(int kernel, Random random);

    protected static IEnumerable<object> ValuesOf(string name, IEnumerable<Trial> trials) =>
        trials.Where(trial => trial.Parameters.ContainsKey(name)).Select(trial => trial.Parameters[name]);
}
