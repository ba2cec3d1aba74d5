using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

/// <summary>The expected log densities are Optuna 3.1's <c>_ParzenEstimator.log_pdf</c> for the same observations.</summary>
public class ParzenEstimatorTests
{
    static void AssertClose(double[] expected, IEnumerable<double> actual, double tolerance = 1e-6) =>
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second, tolerance));

    [Fact]
    public void Matches_Optuna_for_a_float()
    {
        var estimator = new ParzenEstimator(NumericDomain.For(new FloatParameter("x", -5, 10)), [1.0, 2.0, 5.0, -4.0, 9.5], priorWeight: 1);

        AssertClose([-1.16487451, -0.84406495, -0.77918029, -1.08711191], new[] { -5.0, 0, 3.3, 9.9 }.Select(value => estimator.LogDensity(value)));
    }

    [Fact]
    public void Matches_Optuna_with_enough_observations_for_the_weight_ramp()
    {
        double[] observations = [1.0, 2.0, 5.0, -4.0, 9.5, .. Enumerable.Range(0, 30).Select(index => -3 + 11.0 * index / 29)];
        var estimator = new ParzenEstimator(NumericDomain.For(new FloatParameter("x", -5, 10)), observations, priorWeight: 1);

        AssertClose([-3.38774882, -2.69691819, -2.69058287, -3.10187643], new[] { -5.0, 0, 3.3, 9.9 }.Select(value => estimator.LogDensity(value)));
    }

    [Fact]
    public void Matches_Optuna_for_an_integer()
    {
        var estimator = new ParzenEstimator(NumericDomain.For(new IntParameter("n", -10, 10)), [3.0, -2, 7, 7, 4], priorWeight: 1);

        AssertClose([-4.82373228, -2.95253559, -2.55117267, -2.51130486], new[] { -10.0, 0, 3, 7 }.Select(value => estimator.LogDensity(value)));
    }

    [Fact]
    public void Matches_Optuna_for_an_integer_with_a_step()
    {
        var domain = NumericDomain.For(new IntParameter("batch", 8, 256, step: 8));
        var estimator = new ParzenEstimator(domain, [96.0, 8, 256, 120, 64, 96], priorWeight: 1);

        // A bin's mass is a difference of two close normal CDFs, each good to about 1e-7 here, so the bins lose a little more.
        AssertClose([-3.61219534, -2.81966430, -2.82665100, -4.45324708], new[] { 8, 96, 104, 256 }.Select(value => estimator.LogDensity(domain.ToInternal(value))), tolerance: 1e-5);
    }

    [Fact]
    public void Matches_Optuna_for_a_log_scale_integer()
    {
        var domain = NumericDomain.For(new IntParameter("width", 1, 64, log: true));
        var estimator = new ParzenEstimator(domain, [.. new[] { 1, 16, 16, 3, 64 }.Select(value => domain.ToInternal(value))], priorWeight: 1);

        AssertClose([-1.17071594, -1.04767549, -0.84781490, -1.00685916], new[] { 1, 2, 16, 64 }.Select(value => estimator.LogDensity(domain.ToInternal(value))));
    }

    [Fact]
    public void Matches_Optuna_for_a_log_scale_float()
    {
        var domain = NumericDomain.For(new FloatParameter("rate", 1e-4, 1, log: true));
        var estimator = new ParzenEstimator(domain, [.. new[] { 1e-3, 0.01, 0.5, 0.02 }.Select(value => domain.ToInternal(value))], priorWeight: 1);

        AssertClose([-1.26755862, -0.69678997, -0.89732208, -0.97846852], new[] { 1e-4, 0.005, 0.5, 1 }.Select(value => estimator.LogDensity(domain.ToInternal(value))));
    }

    [Fact]
    public void Matches_Optuna_for_a_categorical()
    {
        var estimator = new CategoricalParzenEstimator(choiceCount: 4, [1, 1, 2], priorWeight: 1);

        AssertClose([-1.85629799, -0.90078655, -1.26851133], new[] { 0, 1, 2 }.Select(estimator.LogProbability));
    }

    [Fact]
    public void A_categorical_kernel_is_a_vote_for_its_observation_smoothed_by_the_prior()
    {
        // With 4 choices and 3 observations each kernel adds 1/4 to every choice: the observed one gets (1 + 1/4) / 2.
        var estimator = new CategoricalParzenEstimator(choiceCount: 4, [2, 0, 2], priorWeight: 1);
        var random = new Random(1);

        var draws = Enumerable.Range(0, 40_000).Select(_ => estimator.Sample(kernel: 0, random)).CountBy(choice => choice).ToDictionary();

        AssertClose([0.125, 0.125, 0.625, 0.125], Enumerable.Range(0, 4).Select(choice => draws[choice] / 40_000.0), tolerance: 0.01);
        Assert.Equal(4, Enumerable.Range(0, 400).Select(_ => estimator.Sample(kernel: 3, random)).Distinct().Count());
    }

    [Fact]
    public void Drawing_a_kernel_then_a_value_from_it_samples_the_whole_mixture()
    {
        var estimator = new CategoricalParzenEstimator(choiceCount: 3, [1, 1, 2, 0, 1], priorWeight: 1);
        var kernels = new MixtureWeights(observations: 5, priorWeight: 1);
        var random = new Random(2);

        var draws = Enumerable.Range(0, 40_000).Select(_ => estimator.Sample(kernels.Choose(random), random)).CountBy(choice => choice).ToDictionary();

        AssertClose([.. Enumerable.Range(0, 3).Select(choice => Math.Exp(estimator.LogProbability(choice)))], Enumerable.Range(0, 3).Select(choice => draws[choice] / 40_000.0), tolerance: 0.01);
    }

    [Fact]
    public void Weighs_old_observations_less_only_from_25_on()
    {
        Assert.Equal(Enumerable.Repeat(1.0, 24), TpeWeights.ForObservations(24));
        var weights = TpeWeights.ForObservations(30);
        Assert.Equal(1.0 / 30, weights[0], precision: 12);
        Assert.Equal(Enumerable.Repeat(1.0, 26), weights.Skip(4));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(249, 25)]
    [InlineData(1000, 25)]
    public void Takes_the_best_tenth_as_good_up_to_25(int trials, int good) => Assert.Equal(good, TpeWeights.Gamma(trials));
}
