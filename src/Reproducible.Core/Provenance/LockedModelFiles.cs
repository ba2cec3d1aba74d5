using Reproducible.Core.Locking;

namespace Reproducible.Core.Provenance;

// The lock names model files relative to the model folder; the package holds them under model/.
public static class LockedModelFiles
{
    public static IReadOnlyDictionary<string, string> InPackage(ModelLock modelLock) =>
        modelLock.Outputs.Files.ToDictionary(file => ProvenancePaths.ModelFolder + file.Key, file => file.Value, StringComparer.Ordinal);

    public static IEnumerable<(string PackagePath, string Problem)> Differences(ModelLock modelLock, IReadOnlyDictionary<string, string> packaged)
    {
        var locked = InPackage(modelLock);
        foreach (var (path, digest) in locked.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            if (!packaged.TryGetValue(path, out var actual))
            {
                yield return (path, "the lock lists it, and the package does not hold it");
            }
            else if (actual != digest)
            {
                yield return (path, $"its sha256 is {Diagnostics.Errors.Abbreviated(actual)}, the lock's outputs.files says {Diagnostics.Errors.Abbreviated(digest)}");
            }
        }

        foreach (var path in packaged.Keys.Where(path => !locked.ContainsKey(path)).Order(StringComparer.Ordinal))
        {
            yield return (path, "it is not in the lock's outputs.files");
        }
    }
}
