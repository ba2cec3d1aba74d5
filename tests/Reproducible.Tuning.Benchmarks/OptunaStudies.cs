using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Reproducible.Tuning.Benchmarks;

/// <summary>Runs the same objectives with Optuna, from a script written to a temporary folder, one process for all.</summary>
static class OptunaStudies
{
    const string Python = "/usr/bin/python3";

    public static Dictionary<string, Dictionary<string, double[][]>>? Run(IReadOnlyList<Objective> objectives, int trials, int firstSeed, int seeds)
    {
        if (!File.Exists(Python))
            return null;
        var folder = Directory.CreateTempSubdirectory("optuna-benchmark-");
        try
        {
            var script = Path.Combine(folder.FullName, "study.py");
            File.WriteAllText(script, Script(objectives, trials, firstSeed, seeds));
            using var process = Process.Start(new ProcessStartInfo(Python, [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"Optuna did not run: {errors.Result.Trim().Split('\n')[^1]}");
                return null;
            }
            return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double[][]>>>(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static string Script(IReadOnlyList<Objective> objectives, int trials, int firstSeed, int seeds) =>
        string.Join("\n\n", [
            """
            import json, math, multiprocessing, sys
            import optuna
            optuna.logging.set_verbosity(optuna.logging.ERROR)
            """,
            .. objectives.Select(objective => objective.Python),
            $$"""
            OBJECTIVES = {{JsonSerializer.Serialize(objectives.Select(objective => objective.Name))}}
            FUNCTIONS = [{{string.Join(", ", objectives.Select(objective => FunctionName(objective.Python)))}}]

            def run(job):
                index, sampler, seed = job
                study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed) if sampler == "tpe" else optuna.samplers.RandomSampler(seed=seed))
                study.optimize(FUNCTIONS[index], n_trials={{trials.ToString(CultureInfo.InvariantCulture)}})
                best, curve = math.inf, []
                for trial in study.trials:
                    best = min(best, trial.value)
                    curve.append(best)
                return index, sampler, curve

            if __name__ == "__main__":
                jobs = [(index, sampler, seed) for index in range(len(FUNCTIONS)) for sampler in ("tpe", "random") for seed in range({{firstSeed.ToString(CultureInfo.InvariantCulture)}}, {{(firstSeed + seeds).ToString(CultureInfo.InvariantCulture)}})]
                results = {name: {"tpe": [], "random": []} for name in OBJECTIVES}
                with multiprocessing.Pool() as pool:
                    for index, sampler, curve in pool.map(run, jobs):
                        results[OBJECTIVES[index]][sampler].append(curve)
                json.dump(results, sys.stdout)
            """,
        ]);

    static string FunctionName(string python) =>
        python.Split('\n').First(line => line.StartsWith("def ", StringComparison.Ordinal))[4..].Split('(')[0];
}
