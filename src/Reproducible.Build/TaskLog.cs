using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Reproducible.Core.Diagnostics;

namespace Reproducible.Build;

sealed class TaskLog(TaskLoggingHelper log) : ILog
{
    public bool HasErrors => log.HasLoggedErrors;

    public void Message(string text) => log.LogMessage(MessageImportance.High, "{0}", text);

    public void Warning(Diagnostic diagnostic) =>
        log.LogWarning(null, diagnostic.Code, diagnostic.Code, diagnostic.File, diagnostic.Line, 0, 0, 0, "{0}", diagnostic.Message);

    public void Error(Diagnostic diagnostic) =>
        log.LogError(null, diagnostic.Code, diagnostic.Code, diagnostic.File, diagnostic.Line, 0, 0, 0, "{0}", diagnostic.Message);
}
