using Reproducible.Core.Diagnostics;
using Reproducible.Core.Provenance;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Provenance;

public sealed class DevelopmentKeyTests : IDisposable
{
    readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    string KeyPath => Path.Combine(folder.Path, "config", "reproducible", DevelopmentKey.FileName);

    [Fact]
    public void Is_created_on_first_use_readable_by_its_owner_only_with_a_warning()
    {
        var log = new RecordingLog();

        using var key = SigningKey.DevelopmentKey(log, KeyPath);

        Assert.True(key.IsDevelopmentKey);
        Assert.True(File.Exists(KeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        }

        var warning = Assert.Single(log.Warnings);
        Assert.Equal("REPRO0054", warning.Code);
        Assert.Contains($"created now at '{KeyPath}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("REPRO_SIGNING_KEY", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(KeyPath)!, "*.tmp"));
    }

    [Fact]
    public void Is_the_same_key_at_every_later_use()
    {
        using var first = SigningKey.DevelopmentKey(new RecordingLog(), KeyPath);
        var log = new RecordingLog();

        using var second = SigningKey.DevelopmentKey(log, KeyPath);

        Assert.Equal(first.KeyId, second.KeyId);
        Assert.DoesNotContain("created", Assert.Single(log.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_first_uses_agree_on_one_key()
    {
        var keyIds = Enumerable.Range(0, 8).AsParallel().Select(_ =>
        {
            using var key = SigningKey.DevelopmentKey(new RecordingLog(), KeyPath);
            return key.KeyId;
        }).Distinct().ToArray();

        Assert.Single(keyIds);
    }

    [Fact]
    public void A_damaged_development_key_is_REPRO0055()
    {
        folder.Write(Path.Combine("config", "reproducible", DevelopmentKey.FileName), "garbage");

        Assert.Equal("REPRO0055", Assert.Throws<ReproException>(() => SigningKey.DevelopmentKey(new RecordingLog(), KeyPath)).Diagnostic.Code);
    }

    [Fact]
    public void Resolve_uses_the_configured_key_and_the_development_key_only_without_one()
    {
        var pem = Keys.NewPrivatePem();
        var log = new RecordingLog();

        using var configured = SigningKey.Resolve(folder.Write("key.pem", pem), password: "", log);

        Assert.False(configured.IsDevelopmentKey);
        Assert.Empty(log.Warnings);
    }

    static string Resolve(bool windows, params (string Name, string Value)[] variables) =>
        ConfigLocation.Resolve(name => variables.FirstOrDefault(variable => variable.Name == name).Value, windows);

    [Fact]
    public void Lives_in_the_user_s_configuration_folder()
    {
        Assert.Equal("/xdg/reproducible", Resolve(windows: false, ("XDG_CONFIG_HOME", "/xdg"), ("HOME", "/home/ann")));
        Assert.Equal("/home/ann/.config/reproducible", Resolve(windows: false, ("XDG_CONFIG_HOME", "relative"), ("HOME", "/home/ann")));
        Assert.Equal(Path.Combine("/roaming", "Reproducible"), Resolve(windows: true, ("APPDATA", "/roaming"), ("XDG_CONFIG_HOME", "/xdg")));
    }
}
