using Reproducible.Tracking.Search;

namespace Reproducible.Tracking.Tests.Search;

public class LikePatternTests
{
    [Theory]
    [InlineData("ann%", "ann%", "ann*")]
    [InlineData("a_n", "a_n", "a?n")]
    [InlineData("50\\%", "50\\%", "50%")]
    [InlineData("a\\_b", "a\\_b", "a_b")]
    [InlineData("a\\\\b", "a\\\\b", "a\\b")]
    [InlineData("a\\b", "ab", "ab")]
    [InlineData("trailing\\", "trailing\\\\", "trailing\\")]
    [InlineData("*?[x]", "*?[x]", "[*][?][[]x]")]
    [InlineData("", "", "")]
    public void Renders_one_pattern_for_LIKE_with_a_backslash_escape_and_for_GLOB(string pattern, string escaped, string glob)
    {
        Assert.Equal(escaped, LikePattern.Escaped(pattern));
        Assert.Equal(glob, LikePattern.Glob(pattern));
    }
}
