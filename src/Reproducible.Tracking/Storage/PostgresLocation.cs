using System.Text.RegularExpressions;
using Npgsql;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Storage;

/// <summary>A PostgreSQL store's location: a <c>postgresql://</c> URL or an Npgsql connection string.</summary>
static partial class PostgresLocation
{
    static readonly Dictionary<string, string> UrlOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    public static bool Matches(string location) => IsUrl(location) || ConnectionStringHost().IsMatch(location);

    public static string ToConnectionString(string location)
    {
        try
        {
            return IsUrl(location) ? FromUrl(new Uri(location)) : new NpgsqlConnectionStringBuilder(location).ConnectionString;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ReproException(TrackingErrors.MalformedStoreLocation(Redact(location), e.Message.TrimEnd('.')));
        }
    }

    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port}";
    }

    static bool IsUrl(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    static string FromUrl(Uri url)
    {
        var user = url.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = NonEmpty(Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'))),
            Username = NonEmpty(Uri.UnescapeDataString(user[0])),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        foreach (var option in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = option.Split('=', 2) is [var n, var v] ? (Uri.UnescapeDataString(n), Uri.UnescapeDataString(v)) : (option, "");
            builder[UrlOptions.GetValueOrDefault(name, name)] = value;
        }

        return builder.ConnectionString;
    }

    static string? NonEmpty(string value) => value.Length == 0 ? null : value;

    static string Redact(string location) =>
        IsUrl(location) ? UrlPassword().Replace(location, "$1:***@") : ConnectionStringPassword().Replace(location, "$1***");

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();

    [GeneratedRegex(@"^([a-z]+://[^:/@]*):[^@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"((?:^|;)\s*(?:password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();
}
