namespace Reproducible.Tracking.Search;

public enum Entity
{
    Metric,
    Param,
    Tag,
    Attribute,
}
