namespace Reproducible.Core.Tuning;

/// <summary>
/// log l − log g of a whole candidate, blending two views of it. Scored one by one, as Optuna does, parameters cannot tell
/// values that did well together from values that each did well beside others. Scored together, under mixtures whose
/// kernels are whole trials, they can, but that view grows noisy as dimensions add up. So numeric parameters count three
/// quarters together and one quarter alone. Categorical ones always count alone: their kernels share almost nothing
/// between choices, so together they would split the trials by choice. docs/tuning.md (where our TPE differs from
/// Optuna's) shows how the blend was chosen.
/// </summary>
sealed class CandidateScore(IReadOnlyList<(string Name, ParameterModel Model)> models, MixtureWeights goodTrials, MixtureWeights badTrials)
{
    const double Together = 0.75;

    public double Of(IReadOnlyDictionary<string, object> candidate)
    {
        // Each trial's kernel, as log weight plus the log densities its kernels give the candidate's values; the prior is last.
        double[] below = goodTrials.LogWeights(), above = badTrials.LogWeights();
        var (alone, numeric) = (0.0, 0.0);
        foreach (var (name, model) in models)
            if (model is NumericModel { InEveryTrial: true } shared)
                numeric += shared.LogRatio(candidate[name], below, above);
            else
                alone += model.LogRatio(candidate[name]);
        return alone + (1 - Together) * numeric + Together * (LogSumExp.Of(below) - LogSumExp.Of(above));
    }
}
