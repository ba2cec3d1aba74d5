using System.Globalization;
using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Studies;

public class StudyTests
{
    static readonly SearchSpace Space = new(new FloatParameter("x", -5, 5), new IntParameter("n", 1, 9));

    static double Score(IReadOnlyDictionary<string, string> parameters) =>
        -Math.Pow(double.Parse(parameters["x"], CultureInfo.InvariantCulture) - 1, 2) - int.Parse(parameters["n"], CultureInfo.InvariantCulture);

    static StudyOptions Options(int trials, int parallel = 1, TimeSpan? timeout = null) => new("study", "score", Direction.Maximize, trials, parallel, Seed: 7, timeout);

    static StudyOutcome Run(StudyOptions options, ITrialRunner runner, IStudyJournal journal, ISampler? sampler = null, MedianPruner? pruner = null, RecordingLog? log = null, CancellationToken cancellation = default) =>
        new Study(options, Space, sampler ?? new TpeSampler(options.Direction), pruner, runner, journal, log ?? new RecordingLog()).Run(cancellation);

    [Fact]
    public void A_study_runs_its_trials_and_picks_the_best_in_its_direction()
    {
        var runner = new ScriptedTrials(Score);
        var journal = new MemoryJournal();

        var outcome = Run(Options(15), runner, journal);

        Assert.Equal(15, runner.Ran.Count);
        Assert.Equal(Enumerable.Range(0, 15), outcome.Trials.Select(trial => trial.Number));
        Assert.All(outcome.Trials, trial => Assert.Equal(TrialState.Complete, trial.State));
        Assert.Equal(outcome.Trials.Max(trial => trial.Value), outcome.Best!.Value);
        Assert.Equal(outcome, Assert.Single(journal.Closed));
        Assert.All(journal.Trials.Values, entry => Assert.Equal(TrialState.Complete, entry.Result!.State));
    }

    [Fact]
    public void The_same_seed_suggests_the_same_trials()
    {
        var first = new ScriptedTrials(Score);
        var second = new ScriptedTrials(Score);

        Run(Options(14), first, new MemoryJournal());
        Run(Options(14), second, new MemoryJournal());

        Assert.Equal(first.Ran.Select(Text), second.Ran.Select(Text));
    }

    [Fact]
    public void A_trial_runs_with_its_values_as_text_and_the_study_keeps_exactly_those()
    {
        var runner = new ScriptedTrials(Score);

        var outcome = Run(Options(3), runner, new MemoryJournal());

        Assert.Equal(runner.Ran.Select(Text), outcome.Trials.Select(trial => Text(ParameterValues.Format(trial.Parameters))));
        Assert.All(outcome.Trials, trial => Assert.IsType<double>(trial.Parameters["x"]));
        Assert.All(outcome.Trials, trial => Assert.IsType<int>(trial.Parameters["n"]));
    }

    [Fact]
    public void A_crashed_trial_is_recorded_as_failed_and_the_study_goes_on()
    {
        var log = new RecordingLog();
        var journal = new MemoryJournal();
        var runner = new ScriptedTrials(Score)
        {
            Override = (number, _) => number switch
            {
                1 => throw new IOException("the disk is full"),
                2 => new TrialResult(TrialState.Failed, null, [], "REPRO0005: The trainer exited with code 3.") { LogFile = "trial-2/train.log" },
                _ => null,
            },
        };

        var outcome = Run(Options(6), runner, journal, log: log);

        Assert.Equal(6, runner.Ran.Count);
        Assert.Equal([TrialState.Complete, TrialState.Failed, TrialState.Failed, TrialState.Complete, TrialState.Complete, TrialState.Complete], outcome.Trials.Select(trial => trial.State));
        Assert.Contains("IOException: the disk is full", journal.Trials[1].Result!.Error, StringComparison.Ordinal);
        Assert.Equal(["REPRO0093", "REPRO0093"], log.Warnings.Select(warning => warning.Code));
        Assert.Contains("trial-2/train.log", log.Warnings[1].Message, StringComparison.Ordinal);
        Assert.NotNull(outcome.Best);
    }

    [Fact]
    public void A_trial_that_does_not_report_the_metric_or_reports_nan_fails_with_what_it_reported()
    {
        var journal = new MemoryJournal();
        var runner = new ScriptedTrials(Score)
        {
            Override = (number, _) => number switch
            {
                0 => new TrialResult(TrialState.Complete, null, [(new Reproducible.Training.MetricReport("auc", 0.9), 0)]),
                1 => new TrialResult(TrialState.Complete, double.NaN, []),
                _ => null,
            },
        };

        var outcome = Run(Options(3), runner, journal);

        Assert.Equal([TrialState.Failed, TrialState.Failed, TrialState.Complete], outcome.Trials.Select(trial => trial.State));
        Assert.Equal("it reported no value of 'score' (it reported auc).", journal.Trials[0].Result!.Error);
        Assert.Contains("NaN", journal.Trials[1].Result!.Error, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Best!.Number);
    }

    [Fact]
    public void Trials_that_fall_behind_the_median_are_pruned_and_recorded_as_pruned()
    {
        var journal = new MemoryJournal();
        var runner = new ScriptedTrials(Score, steps: 4);

        var outcome = Run(Options(30), runner, journal, sampler: new RandomSampler(), pruner: new MedianPruner());

        var pruned = outcome.Trials.Where(trial => trial.State == TrialState.Pruned).ToList();
        Assert.NotEmpty(pruned);
        Assert.All(outcome.Trials.Take(5), trial => Assert.Equal(TrialState.Complete, trial.State));
        var completed = outcome.Trials.Where(trial => trial.State == TrialState.Complete).ToList();
        foreach (var trial in pruned)
        {
            var step = trial.IntermediateValues.Keys.Max();
            var earlier = completed.Where(other => other.Number < trial.Number).Select(other => other.IntermediateValues[step]).Order().ToList();
            var median = earlier.Count % 2 == 1 ? earlier[earlier.Count / 2] : (earlier[earlier.Count / 2 - 1] + earlier[earlier.Count / 2]) / 2;
            Assert.True(trial.IntermediateValues[step] < median, $"trial {trial.Number} was pruned at {trial.IntermediateValues[step]}, not below the median {median}");
            Assert.Equal(TrialState.Pruned, journal.Trials[trial.Number].Result!.State);
        }
    }

    [Fact]
    public void Without_a_pruner_no_trial_is_pruned()
    {
        var outcome = Run(Options(20), new ScriptedTrials(Score, steps: 4), new MemoryJournal(), sampler: new RandomSampler());

        Assert.All(outcome.Trials, trial => Assert.Equal(TrialState.Complete, trial.State));
    }

    [Fact]
    public void An_interrupted_study_resumes_without_running_again_what_finished()
    {
        var journal = new MemoryJournal();
        using var cancellation = new CancellationTokenSource();
        var first = new ScriptedTrials(Score)
        {
            Override = (number, _) => number == 4 ? Interrupt(cancellation) : null,
        };

        var interrupted = Run(Options(10), first, journal, cancellation: cancellation.Token);
        var second = new ScriptedTrials(Score);
        var resumed = Run(Options(10), second, journal);

        Assert.True(interrupted.Interrupted);
        Assert.Equal(4, interrupted.Trials.Count);
        Assert.Equal(6, second.Ran.Count);
        Assert.Empty(second.Ran.Select(Text).Intersect(first.Ran.Take(4).Select(Text)));
        Assert.Equal(10, resumed.Trials.Count);
        Assert.Equal([0, 1, 2, 3, 5, 6, 7, 8, 9, 10], resumed.Trials.Select(trial => trial.Number));
        Assert.False(resumed.Interrupted);
    }

    [Fact]
    public void A_finished_study_run_again_runs_nothing_and_more_trials_run_only_the_extra()
    {
        var journal = new MemoryJournal();
        Run(Options(5), new ScriptedTrials(Score), journal);

        var again = new ScriptedTrials(Score);
        var sameSize = Run(Options(5), again, journal);
        var larger = Run(Options(8), again, journal);

        Assert.Equal(5, sameSize.Trials.Count);
        Assert.Equal(3, again.Ran.Count);
        Assert.Equal(8, larger.Trials.Count);
    }

    [Fact]
    public void Parallel_trials_run_at_the_same_time()
    {
        using var bothRunning = new Barrier(2);
        var runner = new ScriptedTrials(Score)
        {
            OnStart = number =>
            {
                if (number < 2 && !bothRunning.SignalAndWait(TimeSpan.FromSeconds(30)))
                    throw new TimeoutException("the two first trials did not run at the same time");
            },
        };

        var outcome = Run(Options(6, parallel: 2), runner, new MemoryJournal());

        Assert.All(outcome.Trials, trial => Assert.Equal(TrialState.Complete, trial.State));
        Assert.Equal(6, outcome.Trials.Count);
    }

    [Fact]
    public void A_running_trial_is_in_the_history_the_sampler_sees_so_a_parallel_worker_does_not_repeat_it()
    {
        var seen = new List<int>();
        var sampler = new Watching(new GridSampler(2), seen);
        using var bothRunning = new Barrier(2);
        var runner = new ScriptedTrials(Score) { OnStart = number => { if (number < 2) bothRunning.SignalAndWait(TimeSpan.FromSeconds(30)); } };

        Run(Options(2, parallel: 2), runner, new MemoryJournal(), sampler: sampler);

        Assert.Equal([0, 1], seen);
        Assert.Equal(2, runner.Ran.Select(Text).Distinct().Count());
    }

    [Fact]
    public void No_trial_starts_after_the_timeout()
    {
        var runner = new ScriptedTrials(Score) { OnStart = _ => Thread.Sleep(50) };

        var outcome = Run(Options(1000, timeout: TimeSpan.FromMilliseconds(1)), runner, new MemoryJournal());

        Assert.InRange(outcome.Trials.Count, 0, 1);
        Assert.Contains("timeout", outcome.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_that_runs_out_stops_the_study_and_says_why()
    {
        var space = new SearchSpace(new IntParameter("n", 1, 3));
        var runner = new ScriptedTrials(parameters => int.Parse(parameters["n"], CultureInfo.InvariantCulture));

        var outcome = new Study(Options(10), space, new GridSampler(2), null, runner, new MemoryJournal(), new RecordingLog()).Run();

        Assert.Equal(3, outcome.Trials.Count);
        Assert.NotNull(outcome.StoppedBecause);
        Assert.Equal(3, outcome.Best!.Value);
    }

    [Fact]
    public void A_minimizing_study_picks_the_lowest_value_and_prunes_the_highest()
    {
        var options = Options(30) with { Direction = Direction.Minimize };
        var runner = new ScriptedTrials(parameters => -Score(parameters), steps: 4);

        var outcome = Run(options, runner, new MemoryJournal(), sampler: new RandomSampler(), pruner: new MedianPruner());

        var complete = outcome.Trials.Where(trial => trial.State == TrialState.Complete).ToList();
        Assert.Equal(complete.Min(trial => trial.Value), outcome.Best!.Value);
        Assert.All(outcome.Trials.Where(trial => trial.State == TrialState.Pruned), trial =>
            Assert.True(trial.IntermediateValues.Values.Last() > complete.Where(other => other.Number < trial.Number).Min(other => other.IntermediateValues[trial.IntermediateValues.Keys.Max()])));
    }

    [Fact]
    public void A_journal_that_fails_stops_the_study_closes_it_and_reports_the_error()
    {
        var journal = new FailingJournal(failOnTrial: 2);
        var runner = new ScriptedTrials(Score);

        var error = Assert.Throws<IOException>(() => Run(Options(10, parallel: 2), runner, journal));

        Assert.Equal("the store went away", error.Message);
        Assert.InRange(runner.Ran.Count, 3, 4);
        var closed = Assert.Single(journal.Closed);
        Assert.True(closed.Interrupted);
        Assert.Contains("the run store failed: the store went away", closed.StoppedBecause, StringComparison.Ordinal);
    }

    sealed class FailingJournal(int failOnTrial) : IStudyJournal
    {
        readonly MemoryJournal inner = new();

        public List<StudyOutcome> Closed => inner.Closed;

        public StudyHistory Open(StudyOptions options, SearchSpace space) => inner.Open(options, space);

        public void TrialStarted(Trial trial) => inner.TrialStarted(trial);

        public void TrialEnded(Trial trial, TrialResult result)
        {
            if (trial.Number == failOnTrial)
                throw new IOException("the store went away");
            inner.TrialEnded(trial, result);
        }

        public void Close(StudyOutcome outcome) => inner.Close(outcome);
    }

    static TrialResult Interrupt(CancellationTokenSource cancellation)
    {
        cancellation.Cancel();
        return new TrialResult(TrialState.Failed, null, [], "the study was interrupted.") { Interrupted = true };
    }

    static string Text(IReadOnlyDictionary<string, string> parameters) => string.Join(";", parameters.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}"));

    sealed class Watching(ISampler inner, List<int> runningSeen) : ISampler
    {
        public IReadOnlyDictionary<string, object> Suggest(SearchSpace space, IReadOnlyList<Trial> history, Random random)
        {
            runningSeen.Add(history.Count(trial => trial.State == TrialState.Running));
            return inner.Suggest(space, history, random);
        }
    }
}
