namespace Reproducible.Benchmarks;

enum Verdict
{
    None,
    Pass,
    Fail,
    Info,
}
