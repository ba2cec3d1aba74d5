namespace Reproducible.Core.Studies;

/// <summary>A <c>SearchSpace</c> item as the project declares it, every metadata value still text.</summary>
public sealed record SearchSpaceItem(string Name, string? Type = null, string? Low = null, string? High = null, string? Step = null, string? Log = null, string? Choices = null);
