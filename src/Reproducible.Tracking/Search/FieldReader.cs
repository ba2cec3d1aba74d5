namespace Reproducible.Tracking.Search;

/// <summary>Reads <c>metrics.f1</c>, <c>metric.`roc auc`</c>, <c>tags.git.branch</c>, <c>status</c>: an entity prefix up to the first dot, then the name.</summary>
static class FieldReader
{
    const string Expectation = "a field such as metrics.f1, params.depth, tags.user or status";

    /// <returns>The field, and how it was written, for the errors that follow it.</returns>
    public static (Field Field, string Written) Read(TokenCursor cursor)
    {
        var first = cursor.Current;
        if (first.Kind is TokenKind.QuotedName)
        {
            cursor.Take();
            return (Attribute(first.Value, first.Column), first.Text);
        }

        if (first.Kind is not TokenKind.Word || first.IsAnyKeyword)
        {
            throw cursor.Expected(Expectation);
        }

        cursor.Take();
        var dot = first.Text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return (Attribute(first.Text, first.Column), first.Text);
        }

        var prefix = first.Text[..dot];
        var entity = EntityNamed(prefix)
            ?? throw new FilterSyntaxException(first.Column, $"expected metrics, params, tags or attributes before the '.', found '{prefix}'");
        var (name, nameColumn, written) = first.Text.Length > dot + 1
            ? (first.Text[(dot + 1)..], first.Column + dot + 1, first.Text)
            : QuotedNameAfter(first, cursor);
        return (entity is Entity.Attribute ? Attribute(name, nameColumn) : new Field(entity, name), written);
    }

    static (string Name, int Column, string Written) QuotedNameAfter(Token prefix, TokenCursor cursor)
    {
        var quoted = cursor.Current;
        if (quoted.Kind is not TokenKind.QuotedName || quoted.Column != prefix.EndColumn)
        {
            throw cursor.Expected($"a name right after '{prefix.Text}'");
        }

        cursor.Take();
        return quoted.Value.Length > 0
            ? (quoted.Value, quoted.Column, prefix.Text + quoted.Text)
            : throw new FilterSyntaxException(quoted.Column, $"expected a name after '{prefix.Text}', found the empty name ``");
    }

    static Field Attribute(string name, int column) =>
        RunAttribute.Find(name) is { } attribute
            ? new Field(Entity.Attribute, attribute.Name)
            : throw new FilterSyntaxException(column, $"expected an attribute ({string.Join(", ", RunAttribute.All.Select(a => a.Name))}), found '{name}'");

    static Entity? EntityNamed(string prefix) => prefix.ToLowerInvariant() switch
    {
        "metrics" or "metric" => Entity.Metric,
        "params" or "param" => Entity.Param,
        "tags" or "tag" => Entity.Tag,
        "attributes" or "attribute" or "attr" or "run" => Entity.Attribute,
        _ => null,
    };
}
