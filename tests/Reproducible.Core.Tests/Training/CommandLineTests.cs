using Reproducible.Core.Training;

namespace Reproducible.Core.Tests.Training;

public class CommandLineTests
{
    [Theory]
    [InlineData("python3 train.py", new[] { "python3", "train.py" })]
    [InlineData("  /usr/bin/python3   train.py  --fast ", new[] { "/usr/bin/python3", "train.py", "--fast" })]
    [InlineData("\"C:\\Program Files\\Python\\python.exe\" train.py", new[] { "C:\\Program Files\\Python\\python.exe", "train.py" })]
    [InlineData("sh -c 'echo \"hi there\"; exit 3'", new[] { "sh", "-c", "echo \"hi there\"; exit 3" })]
    [InlineData("run --name=\"a b\"c ''", new[] { "run", "--name=a bc", "" })]
    public void Splits_words_and_groups_quoted_text(string command, string[] expected)
    {
        var parsed = CommandLine.Parse(command);

        Assert.Equal(expected, parsed.Arguments.Prepend(parsed.Program));
    }

    [Theory]
    [InlineData("python3 'train.py", "its ' quote is never closed")]
    [InlineData("\"python3 train.py", "its \" quote is never closed")]
    [InlineData("   ", "it is empty")]
    public void Rejects_commands_it_cannot_read(string command, string reason) =>
        Assert.Equal(reason, Assert.Throws<FormatException>(() => CommandLine.Parse(command)).Message);

    [Fact]
    public void Prints_back_as_a_command_it_reads_the_same() =>
        Assert.Equal("\"/opt/my tools/python\" train.py \"\"", new CommandLine("/opt/my tools/python", ["train.py", ""]).ToString());
}
