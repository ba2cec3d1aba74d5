using Reproducible.Core.Caching;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Platform;
using Reproducible.Core.Hashing;
using Reproducible.Core.IO;
using Reproducible.Core.Locking;
using Reproducible.Core.Metrics;
using Reproducible.Core.Runs;

namespace Reproducible.Core.Training;

// One build of a model: decide from the lock and the cache whether to train, then train or
// restore, and record the result in the lock.
public static class ModelBuild
{
    public static ModelBuildResult? Run(TrainingRequest request, ILog log, CancellationToken cancellation = default)
    {
        if (TrainingInputs.Resolve(request, log) is not { } inputs)
        {
            ModelTrainer.Discard(request);
            return null;
        }

        var hasher = FileHasher.Load(request.StatCacheFile);
        try
        {
            return Run(request, inputs, hasher, log, cancellation);
        }
        catch (ReproException e)
        {
            log.Error(e.Diagnostic);
            return null;
        }
        finally
        {
            hasher.Save();
        }
    }

    static ModelBuildResult? Run(TrainingRequest request, TrainingInputs inputs, FileHasher hasher, ILog log, CancellationToken cancellation)
    {
        var lockFile = request.LockFile ?? Path.Combine(request.ProjectDirectory, ModelLock.FileName);
        var locked = ModelLock.ReadIfExists(lockFile);
        if (request.LockedMode && locked is null)
        {
            log.Error(Errors.LockMissing(lockFile));
            return null;
        }

        var probed = request.EnvironmentPolicy == EnvironmentPolicy.Strict ? RecordEnvironment(request, inputs) : null;
        var current = InputSnapshot.Capture(request, inputs, hasher, EnvironmentCapture.Fingerprinted(request.EnvironmentPolicy, probed ?? EnvironmentRecord.Empty));
        var fingerprint = current.Fingerprint;
        var changes = Changes(locked, current);
        if (request.LockedMode && changes.Count > 0)
        {
            changes.ForEach(change => log.Error(Errors.InputDrifted(lockFile, change)));
            return null;
        }

        if (!request.VerifyDeterminism && locked?.Fingerprint == fingerprint && OutputsOf(request, hasher).Files.SequenceEqual(locked.Outputs.Files.OrderBy(p => p.Key, StringComparer.Ordinal)) && File.Exists(request.MetricsFile))
        {
            log.Message($"Model is up to date (fingerprint {Short(fingerprint)}): nothing to train.");
            return Result(BuildOutcome.UpToDate, fingerprint, request);
        }

        var cache = new ResultCache(request.CacheRoot is { Length: > 0 } root ? root : ResultCache.DefaultRoot);
        var outcome = RestoreOrTrain(request, inputs, fingerprint, changes, cache, log, cancellation);
        if (outcome is null)
        {
            return null;
        }

        var outputs = OutputsOf(request, hasher);
        if (request.VerifyDeterminism && locked?.Fingerprint == fingerprint)
        {
            foreach (var (file, lockedDigest, trainedDigest) in Differences(locked.Outputs, outputs))
            {
                log.Error(Errors.NotDeterministic(lockFile, file, lockedDigest, trainedDigest));
            }

            if (log.HasErrors)
            {
                return null;
            }

            log.Message($"Training is deterministic: the model files match {ModelLock.FileName}.");
        }

        if (!request.LockedMode)
        {
            var written = AtomicFile.WriteIfChanged(lockFile, new ModelLock(current, outputs, probed ?? RecordEnvironment(request, inputs)).ToJson());
            log.Message(written ? $"Wrote {ModelLock.FileName} (fingerprint {Short(fingerprint)})." : $"{ModelLock.FileName} is unchanged.");
        }

        return Result(outcome.Value, fingerprint, request);
    }

    static BuildOutcome? RestoreOrTrain(TrainingRequest request, TrainingInputs inputs, string fingerprint, List<string> changes, ResultCache cache, ILog log, CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        if (!request.VerifyDeterminism && cache.TryRestore(fingerprint, request.ModelDirectory, log) is { } metricsJson)
        {
            AtomicFile.WriteIfChanged(request.MetricsFile, metricsJson);
            log.Message($"Restored the model from the cache (fingerprint {Short(fingerprint)}) instead of training.");
            Record(request, BuildRuns.Of(request, inputs, fingerprint, "finished", "restored", started, BuildRuns.FromFile(request.MetricsFile), null), log);
            return BuildOutcome.Restored;
        }

        foreach (var change in changes.DefaultIfEmpty(request.VerifyDeterminism ? "the determinism check (ReproVerifyDeterminism) asks for it" : "the model in the output folder does not match the lock"))
        {
            log.Message($"Training because {change}.");
        }

        var capture = new CapturingLog(log);
        TrainingResult? result;
        try
        {
            result = ModelTrainer.Train(request, inputs, capture, cancellation);
        }
        catch (OperationCanceledException)
        {
            Record(request, BuildRuns.Of(request, inputs, fingerprint, "killed", "trained", started, [], "The build was cancelled."), log);
            throw;
        }

        if (result is null)
        {
            Record(request, BuildRuns.Of(request, inputs, fingerprint, "failed", "trained", started, [], string.Join("\n", capture.Errors.Select(error => $"{error.Code}: {error.Message}"))), log);
            return null;
        }

        cache.Store(fingerprint, request.ModelDirectory, File.ReadAllText(request.MetricsFile), log);
        Record(request, BuildRuns.Of(request, inputs, fingerprint, "finished", "trained", started, result.Received, null), log);
        return BuildOutcome.Trained;
    }

    static void Record(TrainingRequest request, BuildRun run, ILog log)
    {
        if (request.Recording is { } recording)
        {
            RunRecorder.Record(run, recording, log);
        }
    }

    static List<string> Changes(ModelLock? locked, LockInputs current) =>
        locked is null ? [$"there is no {ModelLock.FileName} yet"]
        : locked.Fingerprint == current.Fingerprint ? []
        : InputChanges.Between(locked.Inputs, current).DefaultIfEmpty("the inputs changed").ToList();

    static LockOutputs OutputsOf(TrainingRequest request, FileHasher hasher) =>
        new(
            new SortedDictionary<string, string>(
                ModelDirectory.Files(request.ModelDirectory).ToDictionary(file => file, file => hasher.HashFile(Path.Combine(request.ModelDirectory, file))),
                StringComparer.Ordinal),
            File.Exists(request.MetricsFile) ? MetricSet.Parse(File.ReadAllText(request.MetricsFile)).Final : new Dictionary<string, double>());

    static IEnumerable<(string File, string Locked, string Trained)> Differences(LockOutputs locked, LockOutputs trained) =>
        locked.Files.Keys.Union(trained.Files.Keys).Order(StringComparer.Ordinal)
            .Select(file => (file, locked.Files.GetValueOrDefault(file, "(absent)"), trained.Files.GetValueOrDefault(file, "(absent)")))
            .Where(difference => difference.Item2 != difference.Item3);

    static EnvironmentRecord RecordEnvironment(TrainingRequest request, TrainingInputs inputs) =>
        EnvironmentCapture.Record(request.SdkVersion ?? "", inputs.Command, request.ProjectDirectory);

    static ModelBuildResult Result(BuildOutcome outcome, string fingerprint, TrainingRequest request) =>
        new(outcome, fingerprint, ModelDirectory.Files(request.ModelDirectory).Select(file => Path.Combine(request.ModelDirectory, file)).ToArray(), request.MetricsFile);

    static string Short(string digest) => digest[..12];
}
