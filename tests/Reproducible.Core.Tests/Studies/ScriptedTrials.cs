using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;
using Reproducible.Training;

namespace Reproducible.Core.Tests.Studies;

/// <summary>A trial runner whose "training" is a function of the parameters: it reports <c>score</c> at steps 1..steps, then the final value.</summary>
sealed class ScriptedTrials(Func<IReadOnlyDictionary<string, string>, double> score, int steps = 0) : ITrialRunner
{
    readonly Lock gate = new();

    public List<IReadOnlyDictionary<string, string>> Ran { get; } = [];

    public Func<int, IReadOnlyDictionary<string, string>, TrialResult?>? Override { get; init; }

    public Action<int>? OnStart { get; init; }

    public TrialResult Run(int number, IReadOnlyDictionary<string, string> parameters, Func<int, double, bool> shouldPrune, CancellationToken cancellation)
    {
        lock (gate)
            Ran.Add(parameters);
        OnStart?.Invoke(number);
        if (Override?.Invoke(number, parameters) is { } overridden)
            return overridden;
        var value = score(parameters);
        var reports = new List<(MetricReport, long)>();
        for (var step = 1; step <= steps; step++)
        {
            var intermediate = value * step / steps;
            reports.Add((new MetricReport("score", intermediate, step), 0));
            if (shouldPrune(step, intermediate))
                return new TrialResult(TrialState.Pruned, intermediate, reports);
        }

        reports.Add((new MetricReport("score", value), 0));
        return new TrialResult(TrialState.Complete, value, reports);
    }
}
