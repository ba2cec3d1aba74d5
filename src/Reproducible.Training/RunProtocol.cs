namespace Reproducible.Training;

/// <summary>The names and numbers of run protocol version 1 (docs/run-protocol.md).</summary>
public static class RunProtocol
{
    /// <summary>The protocol version this library speaks.</summary>
    public const int Version = 1;

    /// <summary>The environment variable holding the protocol version.</summary>
    public const string VersionVariable = "REPRO_PROTOCOL";

    /// <summary>The environment variable holding the absolute path of the run context file.</summary>
    public const string ContextVariable = "REPRO_CONTEXT";

    /// <summary>The environment variable holding the absolute path of the folder the trainer writes its model files to.</summary>
    public const string OutputDirectoryVariable = "REPRO_OUTPUT_DIR";

    /// <summary>The environment variable holding the training seed.</summary>
    public const string SeedVariable = "REPRO_SEED";

    /// <summary>The prefix of a standard-output line that carries a protocol message instead of a log line.</summary>
    public const string MessagePrefix = "##repro ";
}
