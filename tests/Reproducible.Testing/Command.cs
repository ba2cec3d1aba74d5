using System.Diagnostics;
using System.Text;

namespace Reproducible.Testing;

public static class Command
{
    public static ProcessResult Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var closed = new CountdownEvent(2);
        process.OutputDataReceived += (_, e) => Append(output, e.Data, closed);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data, closed);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish in time:{Environment.NewLine}{output}");
        }

        // A grandchild that outlives the command (an MSBuild node, a compiler server) may hold the
        // output pipes open for good; past this wait, what it writes is not the command's output.
        closed.Wait(TimeSpan.FromSeconds(10));
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }

    static void Append(StringBuilder output, string? line, CountdownEvent closed)
    {
        if (line is null)
        {
            closed.Signal();
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
