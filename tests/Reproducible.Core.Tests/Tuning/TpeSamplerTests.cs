using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

public class TpeSamplerTests
{
    static readonly SearchSpace Space = new(new FloatParameter("x", -10, 10), new IntParameter("n", 1, 64, log: true), new CategoricalParameter("c", ["a", "b", "c"]));

    [Theory]
    [InlineData(-1, 24, 1.0, "startupTrials")]
    [InlineData(10, 0, 1.0, "candidates")]
    [InlineData(10, 24, 0.0, "priorWeight")]
    [InlineData(10, 24, double.NaN, "priorWeight")]
    public void Refuses_settings_it_cannot_sample_with(int startupTrials, int candidates, double priorWeight, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new TpeSampler(Direction.Minimize, startupTrials, candidates, priorWeight)).ParamName);

    [Fact]
    public void A_complete_trial_without_a_value_does_not_end_the_random_start_up()
    {
        var history = Studies.Run(new RandomSampler(), Space, parameters => parameters.X("x"), trials: 9, seed: 4);
        history.Add(new Trial(9, new RandomSampler().Suggest(Space, [], new Random(1)), TrialState.Complete, double.NaN));

        Assert.Equal(new RandomSampler().Suggest(Space, history, new Random(5)), new TpeSampler(Direction.Minimize).Suggest(Space, history, new Random(5)));
    }

    [Fact]
    public void Draws_a_parameter_that_some_good_trials_lack_from_the_others()
    {
        // Only deep trials have "layers"; the good trials are deep ones with few layers and shallow ones.
        var space = new SearchSpace(new CategoricalParameter("deep", [false, true]), new IntParameter("layers", 1, 50));
        var random = new Random(6);
        var history = Enumerable.Range(0, 40).Select(number =>
        {
            var deep = number % 2 == 1;
            var layers = 1 + random.Next(50);
            var parameters = deep ? new Dictionary<string, object> { ["deep"] = true, ["layers"] = layers } : new Dictionary<string, object> { ["deep"] = false };
            return new Trial(number, parameters, TrialState.Complete, deep ? layers : 5);
        }).ToList();
        var (good, _) = RankedObservations.Split(history, Direction.Minimize);
        Assert.Contains(good, trial => !trial.Parameters.ContainsKey("layers"));
        Assert.Contains(good, trial => trial.Parameters.ContainsKey("layers"));

        var layers = Enumerable.Range(0, 50).Select(seed => (int)new TpeSampler(Direction.Minimize).Suggest(space, history, new Random(seed))["layers"]).ToList();

        Assert.All(layers, value => Assert.InRange(value, 1, 50));
        Assert.True(layers.Average() < 20, $"mean suggested layers {layers.Average()}");
    }

    [Fact]
    public void Joint_candidates_keep_together_the_values_that_did_well_together()
    {
        // The good trials sit at two optima, (-6, -6) and (6, 6): each coordinate on its own is good near ±6, but the
        // points that take one optimum's x and the other's y, near (6, -6) and (-6, 6), are bad.
        var space = new SearchSpace(new FloatParameter("x", -10, 10), new FloatParameter("y", -10, 10));
        var random = new Random(8);
        var history = Enumerable.Range(0, 100).Select(number =>
        {
            var optimum = number % 2 == 0 ? 6 : -6;
            var (x, y) = number < 10 ? (optimum + random.NextDouble() - 0.5, optimum + random.NextDouble() - 0.5) : (random.NextDouble() * 20 - 10, random.NextDouble() * 20 - 10);
            return new Trial(number, new Dictionary<string, object> { ["x"] = x, ["y"] = y }, TrialState.Complete, number < 10 ? 0 : 100 - number);
        }).ToList();
        int Recombined(bool jointCandidates) => Enumerable.Range(0, 200)
            .Select(seed => new TpeSampler(Direction.Minimize, jointCandidates: jointCandidates).Suggest(space, history, new Random(seed)))
            .Count(point => Math.Abs(point.X("x")) > 3 && Math.Abs(point.X("y")) > 3 && point.X("x") * point.X("y") < 0);

        var (joint, independent) = (Recombined(jointCandidates: true), Recombined(jointCandidates: false));

        Assert.True(joint * 3 < independent, $"{joint} joint and {independent} independent suggestions of 200 paired one optimum's x with the other's y");
    }

    [Fact]
    public void Never_repeats_a_point_of_a_space_without_floats_while_a_candidate_is_new()
    {
        var space = new SearchSpace(new IntParameter("layers", -5, 5), new IntParameter("width", 1, 16, log: true), new CategoricalParameter("optimizer", ["adam", "sgd", "rmsprop", "adagrad"]));
        double Objective(IReadOnlyDictionary<string, object> parameters) =>
            Math.Pow((int)parameters["layers"] - 3, 2) + Math.Pow(Math.Log2((int)parameters["width"]) - 2, 2) + ((string)parameters["optimizer"] == "sgd" ? 0 : 1);

        var trials = Studies.Run(new TpeSampler(Direction.Minimize), space, Objective, trials: 100, seed: 3);

        Assert.Equal(100, trials.Select(trial => $"{trial.Parameters["layers"]}/{trial.Parameters["width"]}/{trial.Parameters["optimizer"]}").Distinct().Count());
        Assert.Contains(trials, trial => trial.Value == 0);
    }
}
