using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

/// <summary>The expected log densities are Optuna 3.1's <c>_ParzenEstimator.log_pdf</c> for the same observations.</summary>
public class ParzenEstimatorTests
{
    static void AssertClose(double[] expected, IEnumerable<double> actual) =>
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second, tolerance: 1e-6));

    [Fact]
    public void Matches_Optuna_for_a_float()
    {
        var estimator = new ParzenEstimator(NumericDomain.For(new FloatParameter("x", -5, 10)), [1.0, 2.0, 5.0, -4.0, 9.5], priorWeight: 1);

        AssertClose([-1.16487451, -0.84406495, -0.77918029, -1.08711191], new[] { -5.0, 0, 3.3, 9.9 }.Select(estimator.LogDensity));
    }

    [Fact]
    public void Matches_Optuna_with_enough_observations_for_the_weight_ramp()
    {
        double[] observations = [1.0, 2.0, 5.0, -4.0, 9.5, .. Enumerable.Range(0, 30).Select(index => -3 + 11.0 * index / 29)];
        var estimator = new ParzenEstimator(NumericDomain.For(new FloatParameter("x", -5, 10)), observations, priorWeight: 1);

        AssertClose([-3.38774882, -2.69691819, -2.69058287, -3.10187643], new[] { -5.0, 0, 3.3, 9.9 }.Select(estimator.LogDensity));
    }

    [Fact]
    public void Matches_Optuna_for_an_integer()
    {
        var estimator = new ParzenEstimator(NumericDomain.For(new IntParameter("n", -10, 10)), [3.0, -2, 7, 7, 4], priorWeight: 1);

        AssertClose([-4.82373228, -2.95253559, -2.55117267, -2.51130486], new[] { -10.0, 0, 3, 7 }.Select(estimator.LogDensity));
    }

    [Fact]
    public void Matches_Optuna_for_a_categorical()
    {
        var estimator = new CategoricalParzenEstimator(choiceCount: 4, [1, 1, 2], priorWeight: 1);

        AssertClose([-1.85629799, -0.90078655, -1.26851133], new[] { 0, 1, 2 }.Select(estimator.LogProbability));
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
