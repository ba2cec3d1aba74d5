namespace Reproducible.Benchmarks;

static class Progress
{
    public static void Say(string text) => Console.Error.WriteLine($"[benchmark] {text}");
}
