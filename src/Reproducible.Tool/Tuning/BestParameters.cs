using System.Text;
using System.Xml;
using System.Xml.Linq;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.IO;
using Reproducible.Core.Studies;

namespace Reproducible.Tool.Tuning;

/// <summary>
/// --apply: writes the best values into the Hyperparameter items that set them, in whichever project or imported
/// file declares each, so the next build trains with them and locks them. A parameter no item sets gets one in the project.
/// </summary>
static class BestParameters
{
    static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj", ".proj", ".props", ".targets"];

    public sealed record Change(string Name, string? Before, string After, string File);

    public static IReadOnlyList<Change> Apply(TuningPlan plan, IReadOnlyDictionary<string, string> best)
    {
        var changes = best.Select(pair => plan.Hyperparameters.FirstOrDefault(parameter => parameter.Name == pair.Key) is { } declared
                ? new Change(pair.Key, declared.Value, pair.Value, declared.DefinedIn is { Length: > 0 } file ? Path.GetFullPath(file) : plan.ProjectFile)
                : new Change(pair.Key, null, pair.Value, plan.ProjectFile))
            .ToList();
        // Every file is edited in memory first, so a file that cannot be edited leaves all of them as they were.
        var edited = changes.GroupBy(change => change.File).Select(file => (File: file.Key, Edit: Edit(plan, file.Key, [.. file]))).ToList();
        foreach (var (file, (before, after)) in edited.Where(file => !file.Edit.Before.AsSpan().SequenceEqual(file.Edit.After)))
            AtomicFile.Write(file, after);
        return changes;
    }

    // The file's text is spliced, not re-serialised: formatting, comments, entities and line endings stay byte for byte.
    static (byte[] Before, byte[] After) Edit(TuningPlan plan, string file, IReadOnlyList<Change> changes)
    {
        var problem = Unwritable(plan, file);
        if (problem is not null)
            throw new ReproException(Errors.CannotApply(changes[0].Name, file, problem));
        var bytes = File.ReadAllBytes(file);
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = Encoding.UTF8.GetString(bom ? bytes[Encoding.UTF8.Preamble.Length..] : bytes);
        XDocument project;
        try
        {
            project = XDocument.Parse(text, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ReproException(Errors.CannotApply(changes[0].Name, file, $"it is not well-formed XML ({e.Message})"));
        }

        var source = new SourceText(text);
        var splices = changes.SelectMany(change => Splices(project, source, file, change)).OrderByDescending(splice => splice.Start).ToList();
        var edited = new StringBuilder(text);
        foreach (var (start, length, replacement) in splices)
            edited.Remove(start, length).Insert(start, replacement);
        return (bytes, [.. bom ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(edited.ToString())]);
    }

    static string? Unwritable(TuningPlan plan, string file)
    {
        var projectDirectory = Path.GetDirectoryName(plan.ProjectFile)!;
        var directory = Path.GetDirectoryName(file)!;
        bool Within(string inner, string outer) => Path.GetRelativePath(outer, inner) is var relative && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        return !ProjectExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) ? "it is not an MSBuild project or props file"
            : !Within(directory, projectDirectory) && !Within(projectDirectory, directory) ? "it is outside the project's folder and the folders above it (a package's or the SDK's file)"
            : !File.Exists(file) ? "it does not exist"
            : null;
    }

    static IEnumerable<(int Start, int Length, string Text)> Splices(XDocument project, SourceText source, string file, Change change)
    {
        var items = project.Descendants().Where(element => element.Name.LocalName == "Hyperparameter" && element.Attribute("Include")?.Value.Trim() == change.Name).ToList();
        if (items.Count == 0 && change.Before is not null)
            throw new ReproException(Errors.CannotApply(change.Name, file, "no Hyperparameter item there has that Include literally (it may come from a property or a wildcard)"));
        if (items.Count == 0)
            return [source.NewItem(change.Name, change.After)];
        return items.Select(item =>
            item.Attribute("Value") is { } value ? source.AttributeValue(value, change.After)
            : item.Elements().FirstOrDefault(element => element.Name.LocalName == "Value") is { } element ? source.ElementText(element, change.After)
            : source.AfterAttribute(item.Attribute("Include")!, $" Value=\"{Escape(change.After, '"')}\""));
    }

    public static string Escape(string value, char quote) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace(quote.ToString(), quote == '"' ? "&quot;" : "&apos;", StringComparison.Ordinal);
}
