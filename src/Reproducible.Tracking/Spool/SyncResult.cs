using Reproducible.Core.Diagnostics;

namespace Reproducible.Tracking.Spool;

public sealed record SyncResult(int Uploaded, int AlreadyPresent, IReadOnlyList<Diagnostic> Warnings);
