using Reproducible.Core.Studies;
using Reproducible.Core.Tuning;

namespace Reproducible.Core.Tests.Studies;

public class ParameterValuesTests
{
    [Fact]
    public void A_value_formatted_and_parsed_back_is_the_same_value()
    {
        var random = new Random(3);
        var space = Tuning.Studies.Mixed;
        for (var draw = 0; draw < 200; draw++)
        {
            foreach (var parameter in space.Parameters)
            {
                var value = parameter.SampleUniformly(random);

                Assert.Equal(value, ParameterValues.Parse(parameter, ParameterValues.Format(value)));
            }
        }
    }

    [Fact]
    public void Text_is_invariant_and_round_trips_doubles_exactly()
    {
        Assert.Equal("0.1", ParameterValues.Format(0.1));
        Assert.Equal("0.30000000000000004", ParameterValues.Format(0.1 + 0.2));
        Assert.Equal("-12", ParameterValues.Format(-12));
        Assert.Equal("adam", ParameterValues.Format("adam"));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("21")]
    [InlineData("3")]
    [InlineData("x")]
    public void Text_outside_the_parameter_is_not_one_of_its_values(string text) =>
        Assert.Null(ParameterValues.Parse(new IntParameter("layers", 2, 20, step: 2), text));

    [Fact]
    public void A_choice_is_found_by_its_text() =>
        Assert.Equal("gelu", ParameterValues.Parse(new CategoricalParameter("activation", ["relu", "gelu"]), "gelu"));
}
