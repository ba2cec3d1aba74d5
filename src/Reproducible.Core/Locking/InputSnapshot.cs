using Reproducible.Core.Hashing;
using Reproducible.Core.Training;

namespace Reproducible.Core.Locking;

public static class InputSnapshot
{
    public static LockInputs Capture(TrainingRequest request, TrainingInputs inputs, FileHasher hasher, IReadOnlyDictionary<string, string> environment) =>
        new(
            Trainer(request),
            CodeFiles(request, inputs).ToDictionary(file => Relative(request, file), hasher.HashFile, StringComparer.Ordinal),
            PackageGraph.Read(request.AssetsFile),
            inputs.Data.ToDictionary(pair => pair.Key, pair => Digest(request, pair.Value, hasher), StringComparer.Ordinal),
            inputs.Parameters,
            inputs.Seed,
            environment);

    public static string Relative(TrainingRequest request, string path) =>
        Path.GetRelativePath(request.ProjectDirectory, path).Replace('\\', '/');

    static string Trainer(TrainingRequest request) =>
        !string.IsNullOrWhiteSpace(request.TrainCommand) ? request.TrainCommand.Trim()
        : $"dotnet exec {Path.GetFileName(request.TrainerAssembly)}";

    // A script named on the command line (python3 train.py) is the trainer's code as surely as
    // the project's Compile items are.
    static IEnumerable<string> CodeFiles(TrainingRequest request, TrainingInputs inputs) =>
        request.CodeFiles
            .Select(file => Path.GetFullPath(file, request.ProjectDirectory))
            .Concat(string.IsNullOrWhiteSpace(request.TrainCommand) ? [] : inputs.Command.Arguments
                .Select(word => Path.GetFullPath(word, request.ProjectDirectory))
                .Where(File.Exists))
            .Distinct(StringComparer.Ordinal);

    static DataDigest Digest(TrainingRequest request, string path, FileHasher hasher)
    {
        if (Directory.Exists(path))
        {
            var folder = hasher.HashDirectory(path);
            return new DataDigest(Relative(request, path).TrimEnd('/') + "/", folder.Digest, folder.Files.Count);
        }

        return new DataDigest(Relative(request, path), hasher.HashFile(path));
    }
}
