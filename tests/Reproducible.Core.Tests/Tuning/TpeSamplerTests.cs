using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

public class TpeSamplerTests
{
    static readonly SearchSpace Space = new(new FloatParameter("x", -10, 10), new IntParameter("n", 1, 64, log: true), new CategoricalParameter("c", ["a", "b", "c"]));

    [Fact]
    public void A_complete_trial_without_a_value_does_not_end_the_random_start_up()
    {
        var history = Studies.Run(new RandomSampler(), Space, parameters => parameters.X("x"), trials: 9, seed: 4);
        history.Add(new Trial(9, new RandomSampler().Suggest(Space, [], new Random(1)), TrialState.Complete, double.NaN));

        Assert.Equal(new RandomSampler().Suggest(Space, history, new Random(5)), new TpeSampler(Direction.Minimize).Suggest(Space, history, new Random(5)));
    }
}
