using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

public class CandidateScoreTests
{
    static Trial Point(int number, double x, double y, object? choice = null) =>
        new(number, choice is null ? new Dictionary<string, object> { ["x"] = x, ["y"] = y } : new() { ["x"] = x, ["y"] = y, ["c"] = choice }, TrialState.Complete, 0);

    static CandidateScore ScoreOver(SearchSpace space, List<Trial> good, List<Trial> bad) =>
        new([.. space.Parameters.Select(parameter => (parameter.Name, ParameterModel.For(parameter, good, bad, priorWeight: 1)))],
            new MixtureWeights(good.Count, priorWeight: 1), new MixtureWeights(bad.Count, priorWeight: 1));

    static double SummedLogRatios(SearchSpace space, List<Trial> good, List<Trial> bad, Dictionary<string, object> candidate) =>
        space.Parameters.Sum(parameter => ParameterModel.For(parameter, good, bad, priorWeight: 1).LogRatio(candidate[parameter.Name]));

    [Fact]
    public void Prefers_the_values_that_did_well_together_to_values_that_each_did_well_beside_others()
    {
        // Good trials near (-6, -6) and (6, 6), bad ones near (-6, 6) and (6, -6): alone, every coordinate near ±6 is as good.
        var space = new SearchSpace(new FloatParameter("x", -10, 10), new FloatParameter("y", -10, 10));
        double[] offsets = [5, 5.5, 6, 6.5, 7];
        var good = offsets.SelectMany(a => new[] { (a, a), (-a, -a) }).Select((point, number) => Point(number, point.Item1, point.Item2)).ToList();
        var bad = offsets.SelectMany(a => new[] { (a, -a), (-a, a) }).Append((0, 0)).Select((point, number) => Point(10 + number, point.Item1, point.Item2)).ToList();
        var score = ScoreOver(space, good, bad);
        Dictionary<string, object> together = new() { ["x"] = 6.0, ["y"] = 6.0 }, apart = new() { ["x"] = 6.0, ["y"] = -6.0 };

        Assert.Equal(SummedLogRatios(space, good, bad, together), SummedLogRatios(space, good, bad, apart), 1e-9);
        Assert.True(score.Of(together) > score.Of(apart) + 0.5, $"together {score.Of(together)}, apart {score.Of(apart)}");
    }

    [Fact]
    public void Scores_one_numeric_parameter_and_categorical_ones_each_on_its_own_as_Optuna_does()
    {
        var space = new SearchSpace(new FloatParameter("x", -10, 10), new CategoricalParameter("c", ["a", "b", "c"]));
        var random = new Random(3);
        // 40 bad trials: from 25 on, older trials weigh less, so a kernel's weight must go with its own trial.
        var trials = Enumerable.Range(0, 45).Select(number => Point(number, random.NextDouble() * 20 - 10, 0, "abc"[random.Next(3)].ToString())).ToList();
        var (good, bad) = (trials[..5], trials[5..]);
        var score = ScoreOver(space, good, bad);

        foreach (var x in new[] { -9.0, -1, 0.5, 7 })
            foreach (var choice in new[] { "a", "b", "c" })
            {
                Dictionary<string, object> candidate = new() { ["x"] = x, ["c"] = choice };
                Assert.Equal(SummedLogRatios(space, good, bad, candidate), score.Of(candidate), 1e-9);
            }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Scores_a_parameter_that_some_trials_lack_on_its_own(int lacking)
    {
        var space = new SearchSpace(new FloatParameter("x", -10, 10), new FloatParameter("y", -10, 10));
        List<Trial> trials = [Point(0, 1, 1), Point(1, 2, 3), Point(2, 1.5, 2), Point(3, -6, 6), Point(4, 6, -6), Point(5, 0, 9)];
        trials[lacking] = new(lacking, new Dictionary<string, object> { ["x"] = 2.0 }, TrialState.Complete, 0);
        var (good, bad) = (trials[..3], trials[3..]);
        var score = ScoreOver(space, good, bad);
        Dictionary<string, object> candidate = new() { ["x"] = 1.2, ["y"] = 1.4 };
        var x = ParameterModel.For(space.Parameters[0], good, bad, priorWeight: 1).LogRatio(candidate["x"]);
        var y = ParameterModel.For(space.Parameters[1], good, bad, priorWeight: 1).LogRatio(candidate["y"]);

        // x alone is one numeric parameter scored together, which is its own log ratio; y is scored alone.
        Assert.Equal(x + y, score.Of(candidate), 1e-9);
    }

    [Fact]
    public void The_sampler_suggests_the_candidate_that_scores_highest_whole()
    {
        // Good points lie along the diagonal, where x and y matter only together.
        var space = new SearchSpace(new FloatParameter("x", -10, 10), new FloatParameter("y", -10, 10), new CategoricalParameter("c", ["a", "b"]));
        var history = Studies.Run(new RandomSampler(), space, parameters => Math.Abs(parameters.X("x") - parameters.X("y")), trials: 40, seed: 2);
        var (good, bad) = RankedObservations.Split(history, Direction.Minimize);
        var models = space.Parameters.Select(parameter => (parameter.Name, Model: ParameterModel.For(parameter, good, bad, priorWeight: 1))).ToList();
        var goodTrials = new MixtureWeights(good.Count, priorWeight: 1);
        var score = new CandidateScore(models, goodTrials, new MixtureWeights(bad.Count, priorWeight: 1));
        var summedWouldDiffer = 0;

        foreach (var seed in Enumerable.Range(0, 20))
        {
            // The draws Suggest makes: 24 candidates, each from one good trial's kernels.
            var random = new Random(seed);
            var candidates = Enumerable.Range(0, 24)
                .Select(_ => goodTrials.Choose(random))
                .Select(goodTrial => models.ToDictionary(parameter => parameter.Name, parameter => parameter.Model.DrawNear(goodTrial, random)))
                .ToList();
            var best = candidates.MaxBy(score.Of)!;
            summedWouldDiffer += candidates.MaxBy(candidate => SummedLogRatios(space, good, bad, candidate)) == best ? 0 : 1;

            var suggested = new TpeSampler(Direction.Minimize).Suggest(space, history, new Random(seed));

            Assert.Equal(best.OrderBy(pair => pair.Key), suggested.OrderBy(pair => pair.Key));
        }
        Assert.True(summedWouldDiffer > 0, "the summed score picks the same candidates, so this test tells nothing");
    }
}
