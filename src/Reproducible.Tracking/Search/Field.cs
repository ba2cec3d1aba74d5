namespace Reproducible.Tracking.Search;

/// <summary>What a comparison or an ordering looks at: <c>metrics.f1</c>, <c>params.depth</c>, <c>attributes.status</c>.</summary>
public sealed record Field(Entity Entity, string Name)
{
    public bool IsNumber => Entity is Entity.Metric || (Entity is Entity.Attribute && RunAttribute.Named(Name).IsNumber);

    public override string ToString() => $"{Prefix}.{FieldName.Quoted(Name)}";

    string Prefix => Entity switch
    {
        Entity.Metric => "metrics",
        Entity.Param => "params",
        Entity.Tag => "tags",
        _ => "attributes",
    };
}
