using Reproducible.Core.Metrics;

namespace Reproducible.Core.Training;

public sealed record TrainingResult(IReadOnlyList<string> ModelFiles, string MetricsFile, MetricSet Metrics, TimeSpan Duration, IReadOnlyList<(Reproducible.Training.MetricReport Report, long Time)> Received);
