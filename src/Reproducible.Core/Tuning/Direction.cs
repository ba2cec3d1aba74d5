namespace Reproducible.Core.Tuning;

public enum Direction
{
    Minimize,
    Maximize,
}
