using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

public class SamplerTests
{
    public static TheoryData<string> Samplers => ["random", "tpe"];

    static ISampler Create(string name) => name == "tpe" ? new TpeSampler(Direction.Minimize) : new RandomSampler();

    static double Objective(IReadOnlyDictionary<string, object> parameters) =>
        Math.Pow(Math.Log10(parameters.X("rate")) + 2, 2) + parameters.X("momentum") + parameters.X("layers") / 10 + Math.Abs(Math.Log2(parameters.X("width")) - 6)
        + ((string)parameters["activation"] == "gelu" ? 0 : 1);

    [Theory]
    [MemberData(nameof(Samplers))]
    public void Stays_within_the_bounds_and_respects_log_int_step_and_choices(string sampler)
    {
        var trials = Studies.Run(Create(sampler), Studies.Mixed, Objective, trials: 60, seed: 1);

        Assert.All(trials, trial =>
        {
            Assert.InRange((double)trial.Parameters["rate"], 1e-4, 1);
            Assert.InRange((double)trial.Parameters["momentum"], -1, 1);
            Assert.Contains((int)trial.Parameters["layers"], new IntParameter("layers", 2, 20, step: 2).Values);
            Assert.InRange((int)trial.Parameters["width"], 1, 1024);
            Assert.Contains(trial.Parameters["activation"], Studies.Mixed.Parameters.OfType<CategoricalParameter>().Single().Choices);
        });
        // A log scale spends about as many trials on each decade; a linear one would put 90% above 0.1.
        Assert.InRange(trials.Count(trial => (double)trial.Parameters["rate"] < 0.01), 15, 60);
    }

    [Theory]
    [MemberData(nameof(Samplers))]
    public void Is_deterministic_for_a_seed(string sampler) =>
        Assert.Equal(
            Studies.Run(Create(sampler), Studies.Mixed, Objective, trials: 30, seed: 7).Select(trial => trial.Value),
            Studies.Run(Create(sampler), Studies.Mixed, Objective, trials: 30, seed: 7).Select(trial => trial.Value));

    [Fact]
    public void Grid_visits_every_point_once_then_says_it_is_exhausted()
    {
        var space = new SearchSpace(new FloatParameter("x", 1, 100, log: true), new IntParameter("n", 0, 4, step: 2), new CategoricalParameter("c", ["a", "b"]));

        var trials = Studies.Run(new GridSampler(pointsPerFloat: 3), space, _ => 0, trials: 18, seed: 3);

        Assert.Equal(18, trials.Select(trial => $"{trial.Parameters["x"]:R}/{trial.Parameters["n"]}/{trial.Parameters["c"]}").Distinct().Count());
        Assert.Equal([1.0, 10.0, 100.0], trials.Select(trial => Math.Round((double)trial.Parameters["x"], 9)).Distinct().Order());
        var exhausted = Assert.Throws<SearchSpaceExhaustedException>(() => new GridSampler(3).Suggest(space, trials, new Random(0)));
        Assert.Contains("18 points have all been tried", exhausted.Message);
    }

    [Fact]
    public void Tpe_concentrates_near_the_optimum_of_a_quadratic_after_its_startup_trials()
    {
        var space = new SearchSpace(new FloatParameter("x", -10, 10));

        var trials = Studies.Run(new TpeSampler(Direction.Minimize), space, parameters => Math.Pow(parameters.X("x") - 3, 2), trials: 60, seed: 42);

        var near = trials.Skip(30).Count(trial => Math.Abs(trial.Parameters.X("x") - 3) < 2);
        Assert.True(near > 15, $"{near} of trials 30-60 within 10% of the range of the optimum");
    }

    [Fact]
    public void Tpe_maximizes_as_well_as_it_minimizes()
    {
        var space = new SearchSpace(new FloatParameter("x", -10, 10));

        var trials = Studies.Run(new TpeSampler(Direction.Maximize), space, parameters => -Math.Pow(parameters.X("x") + 4, 2), trials: 60, seed: 5);

        Assert.True(trials.Skip(30).Count(trial => Math.Abs(trial.Parameters.X("x") + 4) < 2) > 15);
    }

    [Fact]
    public void Tpe_beats_random_search_on_Branin()
    {
        var space = new SearchSpace(new FloatParameter("x", -5, 10), new FloatParameter("y", 0, 15));
        double Best(ISampler sampler, int seed) =>
            Studies.Run(sampler, space, parameters => Studies.Branin(parameters.X("x"), parameters.X("y")), trials: 100, seed).Min(trial => trial.Value!.Value);
        int[] seeds = [1, 2, 3, 4, 5];

        var tpe = seeds.Select(seed => Best(new TpeSampler(Direction.Minimize), seed)).Order().ToList();
        var random = seeds.Select(seed => Best(new RandomSampler(), seed)).Order().ToList();

        Assert.True(tpe[2] < random[2], $"median best: TPE {tpe[2]}, random {random[2]}");
        Assert.True(tpe.Sum() < random.Sum(), $"mean best: TPE {tpe.Average()}, random {random.Average()}");
    }

    [Fact]
    public void Tpe_samples_categories_the_good_trials_favour()
    {
        var space = new SearchSpace(new CategoricalParameter("c", ["a", "b", "c", "d", "e"]));

        var trials = Studies.Run(new TpeSampler(Direction.Minimize), space, parameters => (string)parameters["c"] == "d" ? 0 : 1, trials: 50, seed: 9);

        // Uniform sampling would pick "d" about 8 times in these 40 trials.
        Assert.True(trials.Skip(10).Count(trial => (string)trial.Parameters["c"] == "d") > 20);
    }

    [Fact]
    public void Tpe_starts_with_random_trials() =>
        Assert.Equal(
            Studies.Run(new RandomSampler(), Studies.Mixed, Objective, trials: 10, seed: 11).Select(trial => trial.Parameters),
            Studies.Run(new TpeSampler(Direction.Minimize), Studies.Mixed, Objective, trials: 10, seed: 11).Select(trial => trial.Parameters));

    [Fact]
    public void The_constant_liar_steers_a_second_worker_away_from_a_running_trial()
    {
        var space = new SearchSpace(new FloatParameter("x", -10, 10), new FloatParameter("y", -10, 10));
        var history = Studies.Run(new TpeSampler(Direction.Minimize), space, parameters => Math.Pow(parameters.X("x"), 2) + Math.Pow(parameters.X("y"), 2), trials: 30, seed: 2);
        var sampler = new TpeSampler(Direction.Minimize);

        var first = sampler.Suggest(space, history, new Random(100));
        var second = sampler.Suggest(space, [.. history, new Trial(30, first, TrialState.Running)], new Random(100));
        var withoutLiar = new TpeSampler(Direction.Minimize, constantLiar: false).Suggest(space, [.. history, new Trial(30, first, TrialState.Running)], new Random(100));

        Assert.NotEqual(first.X("x"), second.X("x"));
        Assert.Equal(first.X("x"), withoutLiar.X("x"));
    }
}
