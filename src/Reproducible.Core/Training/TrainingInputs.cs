using System.Globalization;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Core.Training;

public sealed record TrainingInputs(
    int Seed,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Data,
    CommandLine Command)
{
    public static TrainingInputs? Resolve(TrainingRequest request, ILog log)
    {
        var data = ResolveData(request, log);
        var parameters = ResolveParameters(request, log);
        var seed = ResolveSeed(request, log);
        var command = ResolveCommand(request, log);
        return log.HasErrors ? null : new TrainingInputs(seed, parameters, data, command!);
    }

    static Dictionary<string, string> ResolveData(TrainingRequest request, ILog log)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in request.Data)
        {
            var path = Path.GetFullPath(item.Include, request.ProjectDirectory);
            var name = string.IsNullOrWhiteSpace(item.Name) ? Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)) : item.Name;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                log.Error(Errors.DataNotFound(item.Include, path, request.ProjectFile));
            }
            else if (!data.TryAdd(name, path))
            {
                log.Error(Errors.DuplicateName("TrainingData", name, request.ProjectFile));
            }
        }

        return data;
    }

    static Dictionary<string, string> ResolveParameters(TrainingRequest request, ILog log)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in request.Parameters)
        {
            if (string.IsNullOrEmpty(item.Value))
            {
                log.Error(Errors.ParameterWithoutValue(item.Name, request.ProjectFile));
            }
            else if (!parameters.TryAdd(item.Name, item.Value))
            {
                log.Error(Errors.DuplicateName("Hyperparameter", item.Name, request.ProjectFile));
            }
        }

        return parameters;
    }

    static int ResolveSeed(TrainingRequest request, ILog log)
    {
        var text = request.Seed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        log.Error(Errors.SeedNotInteger(text, request.ProjectFile));
        return 0;
    }

    static CommandLine? ResolveCommand(TrainingRequest request, ILog log)
    {
        if (!string.IsNullOrWhiteSpace(request.TrainCommand))
        {
            try
            {
                return CommandLine.Parse(request.TrainCommand);
            }
            catch (FormatException e)
            {
                log.Error(Errors.MalformedCommand(request.TrainCommand, e.Message, request.ProjectFile));
                return null;
            }
        }

        if (!string.IsNullOrWhiteSpace(request.TrainerAssembly))
        {
            return new CommandLine(request.DotNetHost, ["exec", request.TrainerAssembly]);
        }

        log.Error(Errors.NoTrainer(request.ProjectFile));
        return null;
    }
}
