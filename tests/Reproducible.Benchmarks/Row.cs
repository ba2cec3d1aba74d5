namespace Reproducible.Benchmarks;

sealed record Row(int Figure, string Measurement, string Median, string Rate, string Target, Verdict Verdict);
