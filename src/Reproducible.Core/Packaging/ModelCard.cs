using System.Globalization;
using System.Text;
using Reproducible.Core.Locking;

namespace Reproducible.Core.Packaging;

// The package's readme: what the model is, what made it, how good it is, and how to check that
// the package holds exactly that. It must be as reproducible as the model: no times, no paths.
public static class ModelCard
{
    public static string Write(string packageId, string version, ModelLock modelLock, string modelFolder)
    {
        var text = new StringBuilder()
            .Append($"# {packageId} {version}\n\n")
            .Append("A machine-learning model built by Reproducible from exactly the inputs recorded in ")
            .Append("`model.lock.json`, which this package contains.\n\n")
            .Append($"- Fingerprint of the inputs: `{modelLock.Fingerprint}`\n")
            .Append($"- Trainer: `{modelLock.Inputs.Trainer}`\n")
            .Append($"- Seed: {modelLock.Inputs.Seed.ToString(CultureInfo.InvariantCulture)}\n\n");
        Table(text, "Metrics", ["metric", "value"], modelLock.Outputs.Metrics.Select(m => new[] { m.Key, Format(m.Value) }));
        Table(text, "Parameters", ["parameter", "value"], modelLock.Inputs.Parameters.Select(p => new[] { p.Key, p.Value }));
        Table(text, "Data", ["name", "path", "sha256"], modelLock.Inputs.Data.Select(d => new[] { d.Key, d.Value.Path, $"`{d.Value.Digest}`" }));
        Table(text, "Model files", ["file", "sha256"], modelLock.Outputs.Files.Select(f => new[] { $"{modelFolder}/{f.Key}", $"`{f.Value}`" }));
        Table(text, "Environment", ["fact", "value"], modelLock.Inputs.Environment.Concat(modelLock.Environment.Facts).Select(f => new[] { f.Key, f.Value }));
        return text
            .Append("## Using it\n\n")
            .Append($"Reference the package: `<PackageReference Include=\"{packageId}\" Version=\"{version.Split('+')[0]}\" />`. Its model files are copied to ")
            .Append($"`{ModelPackageLayout.OutputFolder(packageId)}` in the output folder; the MSBuild property `{ModelPackageLayout.DirectoryProperty(packageId)}` names that folder.\n\n")
            .Append("## Verifying it\n\n")
            .Append("```sh\n")
            .Append($"dotnet repro verify {packageId}.{version.Split('+')[0]}.nupkg --key publisher.pem\n")
            .Append("```\n\n")
            .Append("checks the signature of the provenance statement in `provenance/`, that every model file matches its digest there and in ")
            .Append("`model.lock.json`, and that the rest of the package matches its content digest.\n")
            .ToString();
    }

    static void Table(StringBuilder text, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var sorted = rows.OrderBy(row => row[0], StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0)
        {
            return;
        }

        text.Append($"## {title}\n\n| {string.Join(" | ", columns)} |\n|{string.Concat(columns.Select(_ => " --- |"))}\n");
        foreach (var row in sorted)
        {
            text.Append($"| {string.Join(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal)))} |\n");
        }

        text.Append('\n');
    }

    static string Format(double value) => double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
