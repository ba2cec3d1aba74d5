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
    public sealed record Change(string Name, string? Before, string After, string File);

    public static IReadOnlyList<Change> Apply(TuningPlan plan, IReadOnlyDictionary<string, string> best)
    {
        var changes = best.Select(pair => new Change(
                pair.Key,
                plan.Hyperparameters.FirstOrDefault(parameter => parameter.Name == pair.Key)?.Value,
                pair.Value,
                plan.Hyperparameters.FirstOrDefault(parameter => parameter.Name == pair.Key)?.DefinedIn is { Length: > 0 } file ? file : plan.ProjectFile))
            .ToList();
        foreach (var file in changes.GroupBy(change => change.File))
            Write(file.Key, [.. file]);
        return changes;
    }

    static void Write(string file, IReadOnlyList<Change> changes)
    {
        var bytes = File.ReadAllBytes(file);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        XDocument project;
        try
        {
            project = XDocument.Parse(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ReproException(Errors.CannotApply(changes[0].Name, file, $"it is not well-formed XML ({e.Message})"));
        }

        foreach (var change in changes)
            Set(project, file, change);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { OmitXmlDeclaration = project.Declaration is null, Encoding = new UTF8Encoding(hasBom) }))
            project.Save(writer);
        if (!buffer.ToArray().AsSpan().SequenceEqual(bytes))
            AtomicFile.Write(file, buffer.ToArray());
    }

    static void Set(XDocument project, string file, Change change)
    {
        var items = project.Descendants().Where(element => element.Name.LocalName == "Hyperparameter" && element.Attribute("Include")?.Value.Trim() == change.Name).ToList();
        if (items.Count == 0 && change.Before is not null)
            throw new ReproException(Errors.CannotApply(change.Name, file, "no Hyperparameter item there has that Include literally (it may come from a property or a wildcard)"));
        if (items.Count == 0)
        {
            Add(project, change);
            return;
        }

        foreach (var item in items)
        {
            if (item.Elements().FirstOrDefault(element => element.Name.LocalName == "Value") is { } value)
                value.Value = change.After;
            else
                item.SetAttributeValue("Value", change.After);
        }
    }

    static void Add(XDocument project, Change change)
    {
        var root = project.Root!;
        var item = new XElement(root.Name.Namespace + "Hyperparameter", new XAttribute("Include", change.Name), new XAttribute("Value", change.After));
        root.Add("  ", new XElement(root.Name.Namespace + "ItemGroup", "\n    ", item, "\n  "), "\n");
    }
}
