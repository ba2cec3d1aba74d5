namespace Reproducible.Core.Hashing;

enum FileKind
{
    Missing,
    File,
    Directory,
    Other,
}
