using Reproducible.Core.Diagnostics;

namespace Reproducible.Tool.Commands;

static class SearchErrors
{
    /// <summary><paramref name="detail"/> names the column and what was expected there: <c>column 17: expected a comparator after 'metrics.f1', found …</c>.</summary>
    public static Diagnostic Malformed(string detail) => new("REPRO0039", detail);
}
