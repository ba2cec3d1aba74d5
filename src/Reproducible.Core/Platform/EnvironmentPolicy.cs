namespace Reproducible.Core.Platform;

public enum EnvironmentPolicy
{
    Standard,
    Strict,
}
