namespace Reproducible.Tracking.Search;

static class NulCharacter
{
    // PostgreSQL text cannot hold one, so no stored name or value has one; a search for it is a mistake, not an empty result.
    public static FilterSyntaxException At(int index) =>
        new(index + 1, "expected a character that a name or value can hold, found the NUL character");
}
