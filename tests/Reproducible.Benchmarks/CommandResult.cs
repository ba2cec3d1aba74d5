namespace Reproducible.Benchmarks;

sealed record CommandResult(double Seconds, string Output);
