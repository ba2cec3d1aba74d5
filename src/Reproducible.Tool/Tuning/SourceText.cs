using System.Xml;
using System.Xml.Linq;

namespace Reproducible.Tool.Tuning;

/// <summary>An XML file's text, and where in it the nodes XDocument read (with line info) begin and end.</summary>
sealed class SourceText(string text)
{
    readonly int[] lineStarts = [0, .. text.Select((c, index) => (c, index)).Where(pair => pair.c == '\n').Select(pair => pair.index + 1)];

    string NewLine => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    int Offset(XObject node)
    {
        var info = (IXmlLineInfo)node;
        return lineStarts[info.LineNumber - 1] + info.LinePosition - 1;
    }

    public (int, int, string) AttributeValue(XAttribute attribute, string value)
    {
        var (start, end, quote) = ValueSpan(attribute);
        return (start, end - start, BestParameters.Escape(value, quote));
    }

    public (int, int, string) AfterAttribute(XAttribute attribute, string insertion) => (ValueSpan(attribute).End + 1, 0, insertion);

    public (int, int, string) ElementText(XElement element, string value)
    {
        var tagEnd = text.IndexOf('>', Offset(element));
        return text[tagEnd - 1] == '/'
            ? (tagEnd - 1, 2, $">{BestParameters.Escape(value, '"')}</{text[Offset(element)..text.IndexOfAny([' ', '\t', '\r', '\n', '/'], Offset(element))]}>")
            : (tagEnd + 1, text.IndexOf("</", tagEnd, StringComparison.Ordinal) - tagEnd - 1, BestParameters.Escape(value, '"'));
    }

    public (int, int, string) NewItem(string name, string value)
    {
        var close = text.LastIndexOf("</Project", StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', close - 1) + 1;
        var item = $"<ItemGroup><Hyperparameter Include=\"{BestParameters.Escape(name, '"')}\" Value=\"{BestParameters.Escape(value, '"')}\" /></ItemGroup>";
        return string.IsNullOrWhiteSpace(text[lineStart..close])
            ? (lineStart, 0, $"  <ItemGroup>{NewLine}    <Hyperparameter Include=\"{BestParameters.Escape(name, '"')}\" Value=\"{BestParameters.Escape(value, '"')}\" />{NewLine}  </ItemGroup>{NewLine}")
            : (close, 0, item);
    }

    (int Start, int End, char Quote) ValueSpan(XAttribute attribute)
    {
        var equals = text.IndexOf('=', Offset(attribute));
        var open = text.IndexOfAny(['"', '\''], equals);
        return (open + 1, text.IndexOf(text[open], open + 1), text[open]);
    }
}
