namespace Reproducible.Tracking.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void REPRO_STORE_wins() =>
        Assert.Equal("postgresql://db/runs", StoreLocation.Resolve(Variables(("REPRO_STORE", "postgresql://db/runs"), ("HOME", "/home/ann")), windows: false));

    [Fact]
    public void On_linux_and_macos_the_store_is_in_the_xdg_data_folder()
    {
        Assert.Equal("/data/reproducible/runs.db", StoreLocation.Resolve(Variables(("XDG_DATA_HOME", "/data"), ("HOME", "/home/ann")), windows: false));
        Assert.Equal("/home/ann/.local/share/reproducible/runs.db", StoreLocation.Resolve(Variables(("XDG_DATA_HOME", "relative"), ("HOME", "/home/ann")), windows: false));
        Assert.Equal("/home/ann/.local/share/reproducible/spool", StoreLocation.SpoolFor(Variables(("HOME", "/home/ann")), windows: false));
    }

    [Fact]
    public void On_windows_the_store_is_in_local_app_data() =>
        Assert.Equal(Path.Combine(@"C:\Users\ann\AppData\Local", "Reproducible", "runs.db"), StoreLocation.Resolve(Variables(("LOCALAPPDATA", @"C:\Users\ann\AppData\Local")), windows: true));

    static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(variable => variable.Name == name).Value;
}
