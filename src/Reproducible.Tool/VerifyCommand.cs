using System.CommandLine;
using Reproducible.Core.Diagnostics;
using Reproducible.Core.Packaging;

namespace Reproducible.Tool;

static class VerifyCommand
{
    const string Usage = "Usage: dotnet repro verify PACKAGE [--key PUBLIC.pem] [--rebuild PROJECT] [--json]";

    // Command-line mistakes are exit code 2, as unreadable inputs are, and never 1, which a CI job
    // must be able to read as "this package was tampered with". So the parser is told to accept
    // anything, and the action checks.
    public static Command Create()
    {
        var package = new Argument<FileInfo?>("package") { Description = "The model package (.nupkg) to verify.", Arity = ArgumentArity.ZeroOrOne };
        var key = new Option<FileInfo?>("--key") { Description = "The publisher's public key (PEM). Without it, the key shipped in the package is used, which proves integrity, not who signed.", HelpName = "PUBLIC.pem", Arity = ArgumentArity.ZeroOrOne };
        var rebuild = new Option<string?>("--rebuild") { Description = "Also retrain this project (its file or folder, at the package's inputs) and compare its model with the package's.", HelpName = "PROJECT", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var verify = new Command("verify", "Check a model package's signature, provenance, digests and lock. Exit code 0: verified; 1: a check failed; 2: an input or the command line could not be read.")
        {
            package, key, rebuild, json,
        };
        verify.TreatUnmatchedTokensAsErrors = false;
        verify.SetAction(result =>
            UsageError(result, package, key, rebuild) is { } error
                ? Fail(error)
                : Verify(result.GetValue(package)!, result.GetValue(key), result.GetValue(rebuild), result.GetValue(json)));
        return verify;
    }

    static string? UsageError(ParseResult result, Argument<FileInfo?> package, Option<FileInfo?> key, Option<string?> rebuild) =>
        result.UnmatchedTokens.Count > 0 ? $"unexpected '{result.UnmatchedTokens[0]}'"
        : result.GetValue(package) is null ? "the package to verify is missing"
        : result.GetResult(key) is { Implicit: false } && result.GetValue(key) is null ? "--key needs the path of a public key"
        : result.GetResult(rebuild) is { Implicit: false } && string.IsNullOrEmpty(result.GetValue(rebuild)) ? "--rebuild needs the path of a project"
        : null;

    static int Fail(string error)
    {
        Console.Error.WriteLine($"error: {error}.");
        Console.Error.WriteLine(Usage);
        return VerificationResult.Unusable;
    }

    static int Verify(FileInfo package, FileInfo? key, string? rebuild, bool json)
    {
        var (pem, keyError) = ReadKey(key);
        var result = keyError is null ? PackageVerifier.Verify(package.FullName, pem) : VerificationResult.Unreadable(keyError);

        // Retraining a package that failed its checks would prove nothing, and can take long.
        if (rebuild is not null && result.ExitCode == VerificationResult.Verified)
        {
            result = result.Then(PackageVerifier.Rebuild(package.FullName, Path.GetFullPath(rebuild), project => VerificationBuild.Train(project, Console.Error)));
        }

        Report(result, json);
        return result.ExitCode;
    }

    static (string? Pem, Diagnostic? Error) ReadKey(FileInfo? key)
    {
        try
        {
            return (key is null ? null : File.ReadAllText(key.FullName), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Errors.UnreadableFile(key!.FullName, e is FileNotFoundException or DirectoryNotFoundException ? "it does not exist" : e.Message));
        }
    }

    static void Report(VerificationResult result, bool json)
    {
        if (json)
        {
            Console.Write(result.ToJson());
        }
        else
        {
            foreach (var finding in result.Findings)
            {
                Console.WriteLine(finding);
            }

            Console.WriteLine(result.ExitCode switch
            {
                VerificationResult.Verified => "Verified.",
                VerificationResult.NotVerified => $"Not verified: {result.Findings.Count(finding => finding.Failed)} of {result.Findings.Count} checks failed.",
                _ => "Not verified: an input could not be read.",
            });
        }

        foreach (var finding in result.Findings.Where(finding => finding.Failed))
        {
            Console.Error.WriteLine($"error {finding.Code}: {finding.Check}: {finding.Detail}");
        }

        if (result.Error is { } error)
        {
            Console.Error.WriteLine($"error {error}");
        }
    }
}
