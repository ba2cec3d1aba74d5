namespace Reproducible.Core.Tuning;

public static class DirectionExtensions
{
    /// <summary>The value as a loss: lower is better whatever the direction.</summary>
    public static double ToLoss(this Direction direction, double value) => direction == Direction.Maximize ? -value : value;

    public static bool IsWorse(this Direction direction, double value, double than) => direction.ToLoss(value) > direction.ToLoss(than);
}
