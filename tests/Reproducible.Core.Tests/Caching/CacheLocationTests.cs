using Reproducible.Core.Caching;

namespace Reproducible.Core.Tests.Caching;

public class CacheLocationTests
{
    static string Resolve(bool windows, params (string Name, string Value)[] variables) =>
        CacheLocation.Resolve(name => variables.FirstOrDefault(variable => variable.Name == name).Value, windows);

    [Fact]
    public void REPRO_CACHE_DIR_wins_everywhere()
    {
        Assert.Equal("/shared/cache", Resolve(windows: false, ("REPRO_CACHE_DIR", "/shared/cache"), ("XDG_CACHE_HOME", "/xdg")));
        Assert.Equal("/shared/cache", Resolve(windows: true, ("REPRO_CACHE_DIR", "/shared/cache"), ("LOCALAPPDATA", "/local")));
    }

    [Fact]
    public void Unix_follows_the_XDG_base_directories_and_ignores_a_relative_XDG_CACHE_HOME()
    {
        Assert.Equal("/xdg/reproducible", Resolve(windows: false, ("XDG_CACHE_HOME", "/xdg"), ("HOME", "/home/ann")));
        Assert.Equal("/home/ann/.cache/reproducible", Resolve(windows: false, ("XDG_CACHE_HOME", "relative"), ("HOME", "/home/ann")));
        Assert.Equal("/home/ann/.cache/reproducible", Resolve(windows: false, ("REPRO_CACHE_DIR", ""), ("HOME", "/home/ann")));
    }

    [Fact]
    public void Windows_uses_the_local_application_data_folder() =>
        Assert.Equal(Path.Combine("/local", "Reproducible", "cache"), Resolve(windows: true, ("LOCALAPPDATA", "/local"), ("XDG_CACHE_HOME", "/xdg")));
}
