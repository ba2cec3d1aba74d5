namespace Reproducible.Core.Tuning;

/// <summary>A sampler has no point left to suggest: the study is done, not broken.</summary>
public sealed class SearchSpaceExhaustedException(string message) : InvalidOperationException(message);
