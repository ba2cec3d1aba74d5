using Reproducible.Core.Tuning;

namespace Reproducible.Tuning.Benchmarks;

/// <summary>A function to minimise, with the same function in Python for Optuna.</summary>
sealed record Objective(string Name, SearchSpace Space, Func<IReadOnlyDictionary<string, object>, double> Evaluate, string Python);
