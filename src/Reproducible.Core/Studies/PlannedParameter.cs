namespace Reproducible.Core.Studies;

/// <param name="DefinedIn">The project or imported file whose Hyperparameter item sets it, where --apply writes the best value.</param>
public sealed record PlannedParameter(string Name, string Value, string DefinedIn);
