using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Tuning;

public class SearchSpaceTests
{
    [Fact]
    public void Rejects_an_empty_or_inverted_range() =>
        Assert.All(
            [() => new FloatParameter("x", 1, 1), () => new FloatParameter("x", 2, 1), () => new IntParameter("n", 3, 3), () => new IntParameter("n", 5, 1)],
            (Func<Parameter> create) => Assert.Contains("must be less than high", Assert.Throws<ArgumentException>(create).Message));

    [Fact]
    public void Rejects_a_log_scale_that_reaches_zero()
    {
        Assert.Contains("log scale needs low > 0", Assert.Throws<ArgumentException>(() => new FloatParameter("x", 0, 1, log: true)).Message);
        Assert.Contains("log scale needs low > 0", Assert.Throws<ArgumentException>(() => new IntParameter("n", -1, 8, log: true)).Message);
    }

    [Fact]
    public void Rejects_a_step_that_is_not_positive_or_does_not_divide_the_range()
    {
        Assert.Contains("step must be positive", Assert.Throws<ArgumentException>(() => new IntParameter("n", 0, 10, step: 0)).Message);
        Assert.Contains("does not divide", Assert.Throws<ArgumentException>(() => new IntParameter("n", 0, 10, step: 3)).Message);
    }

    [Fact]
    public void Rejects_no_choices_and_duplicate_names()
    {
        Assert.Contains("has no choices", Assert.Throws<ArgumentException>(() => new CategoricalParameter("c", [])).Message);
        Assert.Contains("names 'x' twice", Assert.Throws<ArgumentException>(() => new SearchSpace(new FloatParameter("x", 0, 1), new IntParameter("x", 0, 1))).Message);
    }

    [Fact]
    public void Lists_the_values_of_an_integer_with_a_step() =>
        Assert.Equal([2, 5, 8, 11], new IntParameter("n", 2, 11, step: 3).Values);
}
