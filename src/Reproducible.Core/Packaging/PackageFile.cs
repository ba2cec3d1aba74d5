namespace Reproducible.Core.Packaging;

public sealed record PackageFile(string Source, string PackagePath);
