using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Reproducible.Core.Training;

public sealed record TrainerLine(string Text, bool IsError);

public sealed class TrainerStartException(string program, string reason) : Exception($"'{program}' could not be started: {reason}")
{
    public string Program { get; } = program;

    public string Reason { get; } = reason;
}

public static class TrainerProcess
{
    static readonly TimeSpan DrainAfterExit = TimeSpan.FromSeconds(5);

    public static int Run(
        CommandLine command,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        Action<TrainerLine> onLine,
        CancellationToken cancellation = default)
    {
        using var process = new Process { StartInfo = StartInfo(command, workingDirectory, environment), EnableRaisingEvents = true };
        var lines = new BlockingCollection<TrainerLine>();
        var gate = new Lock();
        var openStreams = 2;
        void Receive(string? text, bool isError)
        {
            lock (gate)
            {
                if (lines.IsAddingCompleted)
                {
                    return;
                }

                if (text is not null)
                {
                    lines.Add(new TrainerLine(text, isError));
                }
                else if (--openStreams == 0)
                {
                    lines.CompleteAdding();
                }
            }
        }

        // A process the trainer leaves running (a server, a worker pool) can hold its output open
        // for good: once the trainer itself has exited, its output is read for a short while more.
        process.Exited += (_, _) => Task.Delay(DrainAfterExit).ContinueWith(_ => Receive(null, false), TaskScheduler.Default);
        process.Exited += (_, _) => Task.Delay(DrainAfterExit).ContinueWith(_ => Receive(null, true), TaskScheduler.Default);
        process.OutputDataReceived += (_, e) => Receive(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Receive(e.Data, isError: true);
        Start(process, command.Program);
        using var kill = cancellation.Register(() => Kill(process));
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            foreach (var line in lines.GetConsumingEnumerable())
            {
                onLine(line);
            }
        }
        catch
        {
            // Whoever reads the lines gave up on the trainer: it must not outlive them.
            Kill(process);
            throw;
        }

        while (!process.WaitForExit(DrainAfterExit))
        {
            // Output closed before the trainer exited: wait for the exit itself.
        }

        cancellation.ThrowIfCancellationRequested();
        return process.ExitCode;
    }

    static ProcessStartInfo StartInfo(CommandLine command, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(command.Program)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    static void Start(Process process, string program)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new TrainerStartException(program, e.Message);
        }
    }

    static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It already exited.
        }
    }
}
