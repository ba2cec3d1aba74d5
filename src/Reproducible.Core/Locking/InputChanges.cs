namespace Reproducible.Core.Locking;

public static class InputChanges
{
    public static IEnumerable<string> Between(LockInputs locked, LockInputs current) =>
        Trainer(locked.Trainer, current.Trainer)
            .Concat(Files("code file", locked.CodeFiles, current.CodeFiles))
            .Concat(Packages(locked.Packages, current.Packages))
            .Concat(Data(locked.Data, current.Data))
            .Concat(Values("parameter", locked.Parameters, current.Parameters))
            .Concat(locked.Seed == current.Seed ? [] : [$"seed changed ({locked.Seed} → {current.Seed})"])
            .Concat(Values("environment", locked.Environment, current.Environment));

    static IEnumerable<string> Trainer(string locked, string current) =>
        locked == current ? [] : [$"trainer changed ('{locked}' → '{current}')"];

    static IEnumerable<string> Files(string kind, IReadOnlyDictionary<string, string> locked, IReadOnlyDictionary<string, string> current) =>
        Compare(locked, current,
            (name, _) => $"{kind} {name} added",
            (name, _) => $"{kind} {name} removed",
            (name, before, after) => $"{name} changed (sha256 {Short(before)} → {Short(after)})");

    static IEnumerable<string> Packages(IReadOnlyDictionary<string, string> locked, IReadOnlyDictionary<string, string> current)
    {
        static ILookup<string, string> ById(IReadOnlyDictionary<string, string> packages) =>
            packages.Keys.ToLookup(key => key.Split('/')[0], key => key.Split('/').ElementAtOrDefault(1) ?? "", StringComparer.OrdinalIgnoreCase);

        var before = ById(locked);
        var after = ById(current);
        foreach (var id in before.Select(g => g.Key).Union(after.Select(g => g.Key), StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            var from = string.Join(", ", before[id]);
            var to = string.Join(", ", after[id]);
            if (from != to)
            {
                yield return (from, to) switch
                {
                    ("", _) => $"package {id} {to} added",
                    (_, "") => $"package {id} {from} removed",
                    _ => $"package {id} changed ({from} → {to})",
                };
            }
            else
            {
                foreach (var version in after[id].Where(v => locked[$"{id}/{v}"] != current[$"{id}/{v}"]))
                {
                    yield return $"package {id} {version} changed content (its hash differs)";
                }
            }
        }
    }

    static IEnumerable<string> Data(IReadOnlyDictionary<string, DataDigest> locked, IReadOnlyDictionary<string, DataDigest> current) =>
        Compare(locked, current,
            (name, data) => $"data {data.Path} added (as '{name}')",
            (name, data) => $"data {data.Path} removed (was '{name}')",
            (name, before, after) =>
                before.Path != after.Path && before.Digest == after.Digest ? $"data '{name}' moved ({before.Path} → {after.Path})"
                : before.Path != after.Path ? $"data '{name}' is now {after.Path} (was {before.Path}; sha256 {Short(before.Digest)} → {Short(after.Digest)})"
                : after.IsFolder ? $"{after.Path} changed ({before.FileCount} → {after.FileCount} files, sha256 {Short(before.Digest)} → {Short(after.Digest)})"
                : $"{after.Path} changed (sha256 {Short(before.Digest)} → {Short(after.Digest)})");

    static IEnumerable<string> Values(string kind, IReadOnlyDictionary<string, string> locked, IReadOnlyDictionary<string, string> current) =>
        Compare(locked, current,
            (name, value) => $"{kind} {name} added ({value})",
            (name, value) => $"{kind} {name} removed (was {value})",
            (name, before, after) => $"{kind} {name} changed ({before} → {after})");

    static IEnumerable<string> Compare<T>(
        IReadOnlyDictionary<string, T> locked,
        IReadOnlyDictionary<string, T> current,
        Func<string, T, string> added,
        Func<string, T, string> removed,
        Func<string, T, T, string> changed) =>
        locked.Keys.Union(current.Keys).Order(StringComparer.Ordinal).SelectMany(name =>
            !locked.TryGetValue(name, out var before) ? [added(name, current[name])]
            : !current.TryGetValue(name, out var after) ? [removed(name, before)]
            : Equals(before, after) ? []
            : new[] { changed(name, before, after) });

    static string Short(string digest) => digest.Length > 12 ? digest[..12] + "…" : digest;
}
