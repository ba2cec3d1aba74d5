namespace Reproducible.Tracking.Benchmarks;

sealed record Result(string Store, SearchCase Search, Timing Timing, double? TargetMilliseconds)
{
    public bool Met => TargetMilliseconds is not { } target || Timing.MedianMilliseconds < target;
}
