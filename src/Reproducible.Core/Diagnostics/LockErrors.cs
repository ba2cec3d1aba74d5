namespace Reproducible.Core.Diagnostics;

public static partial class Errors
{
    public static Diagnostic MalformedLock(string path, int line, string reason) =>
        new("REPRO0014", $"{System.IO.Path.GetFileName(path)} cannot be read: {reason}. Restore it from version control (git checkout -- {System.IO.Path.GetFileName(path)}), or delete it and build without locked mode to write a new one.", path, line);

    public static Diagnostic NewerLock(string path, int version, int supported) =>
        new("REPRO0015", $"{System.IO.Path.GetFileName(path)} has schema version {version}, but this version of Reproducible reads up to {supported}. Update the Reproducible.Build package.", path, 1);

    public static Diagnostic LockMissing(string path) =>
        new("REPRO0016", $"Locked mode needs {System.IO.Path.GetFileName(path)}, and there is none at '{path}'. Build once without locked mode (-p:ReproLockedMode=false) and commit the lock it writes.", path);

    public static Diagnostic InputDrifted(string path, string change) =>
        new("REPRO0017", $"{change}, but {System.IO.Path.GetFileName(path)} says otherwise and locked mode forbids updating it. Revert the change, or build without locked mode (-p:ReproLockedMode=false) and commit the updated lock.", path);

    public static Diagnostic NotDeterministic(string path, string file, string locked, string trained) =>
        new("REPRO0018", $"The model file '{file}' differs from the one in {System.IO.Path.GetFileName(path)} (sha256 {Short(locked)} in the lock, {Short(trained)} now): training is not deterministic. Seed every random generator from the run's seed, and fix thread counts.", path);

    public static Diagnostic UnknownEnvironmentPolicy(string value, string projectFile) =>
        new("REPRO0021", $"ReproEnvironmentPolicy '{value}' is not one of: standard, strict. See docs/lockfile.md for what each puts in the fingerprint.", projectFile);

    static string Short(string digest) => digest.Length > 12 ? digest[..12] + "…" : digest;
}
