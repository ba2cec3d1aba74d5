using NJsonSchema;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Locking;

public class LockSchemaTests
{
    static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(File.ReadAllText(RepositoryRoot.Combine("docs", "schemas", "model.lock.schema.json"))).GetAwaiter().GetResult();

    [Fact]
    public void The_documented_schema_accepts_what_we_write() =>
        Assert.Empty(Schema.Validate(LockSamples.Lock.ToJson()));

    [Theory]
    [InlineData("\"seed\": 42", "\"seed\": \"42\"")]
    [InlineData("\"algorithm\": \"sha256\"", "\"algorithm\": \"md5\"")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"extra\": true")]
    public void The_schema_rejects_what_we_would_not_write(string from, string to) =>
        Assert.NotEmpty(Schema.Validate(LockSamples.Lock.ToJson().Replace(from, to, StringComparison.Ordinal)));
}
