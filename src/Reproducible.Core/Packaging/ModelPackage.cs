using Reproducible.Core.Diagnostics;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;
using Reproducible.Core.Locking;
using Reproducible.Core.Provenance;

namespace Reproducible.Core.Packaging;

public sealed record PreparedPackage(string Version, IReadOnlyList<PackageFile> Files, string ContentDigest, long? Timestamp);

// Lays out what a model package holds, in a staging folder, before NuGet's pack zips it.
public static class ModelPackage
{
    public static PreparedPackage? Prepare(ModelPackageRequest request, ILog log)
    {
        try
        {
            var modelLock = ModelLock.ReadIfExists(request.LockFile) ?? throw new ReproException(Errors.NothingToPack(request.ModelDirectory, request.ProjectFile));
            var modelFiles = ModelDirectory.Files(request.ModelDirectory);
            if (modelFiles.Count == 0)
            {
                throw new ReproException(Errors.NothingToPack(request.ModelDirectory, request.ProjectFile));
            }

            var committed = CommittedLock.TryRead("HEAD", request.LockFile)?.Fingerprint == modelLock.Fingerprint;
            var version = ModelPackageVersion.Compute(request.ModelVersion, modelLock.Fingerprint, committed, request.ProjectFile).ToFullString();
            if (!committed)
            {
                log.Message($"The model's inputs are not those of the {ModelLock.FileName} committed at HEAD, so the package is a pre-release: {version}.");
            }

            ModelDirectory.Reset(request.StagingDirectory);
            var files = modelFiles.Select(file => new PackageFile(Path.Combine(request.ModelDirectory, file), $"{ModelPackageLayout.ModelFolder}/{file}"))
                .Append(new PackageFile(request.LockFile, ModelLock.FileName))
                .Append(new PackageFile(request.MetricsFile, ModelPackageLayout.Metrics))
                .Append(Stage(request, ModelPackageLayout.Readme, ModelCard.Write(request.PackageId, version, modelLock, ModelPackageLayout.ModelFolder)))
                .Append(Stage(request, $"build/{request.PackageId}.targets", ModelPackageLayout.ConsumerTargets(request.PackageId)))
                .Append(Stage(request, $"buildTransitive/{request.PackageId}.targets", ModelPackageLayout.TransitiveTargets(request.PackageId)))
                .ToList();
            var contentDigest = ContentDigest(files);
            log.Message($"Model package {request.PackageId} {version}: content sha256 {contentDigest}.");
            if (request.SignProvenance)
            {
                var key = SigningKey.Resolve(request.SigningKey, Environment.GetEnvironmentVariable(SigningKey.PasswordVariable), log);
                var now = DateTimeOffset.UtcNow;
                var provenance = ProvenanceWriter.Write(files, request.StagingDirectory, modelLock, key, new Provenance.BuildRun(Path.GetFileNameWithoutExtension(request.ProjectFile), version, now, now));
                files.AddRange(provenance.PackageFiles);
                log.Message($"Signed the provenance with key {provenance.KeyId[..16]}…{(key.IsDevelopmentKey ? " (the development key)" : "")}.");
            }
            else
            {
                log.Message("No provenance: ReproSignProvenance is false, so the package holds only what is the same on every clean build.");
            }

            return new PreparedPackage(version, files, contentDigest, SourceDate.Find(Path.GetDirectoryName(request.LockFile)!));
        }
        catch (ReproException e)
        {
            log.Error(e.Diagnostic);
            return null;
        }
    }

    public static string ContentDigest(IEnumerable<PackageFile> files) =>
        Sha256File.Compute(System.Text.Encoding.UTF8.GetBytes(DirectoryDigest.Manifest(
            files.Select(file => (file.PackagePath, Sha256File.Compute(file.Source))).OrderBy(file => file.PackagePath, StringComparer.Ordinal))));

    static PackageFile Stage(ModelPackageRequest request, string packagePath, string content)
    {
        var path = Path.Combine(request.StagingDirectory, packagePath);
        AtomicFile.WriteIfChanged(path, content);
        return new PackageFile(path, packagePath);
    }
}
