using Reproducible.Core.Packaging;

namespace Reproducible.Core.Provenance;

// Where the provenance lives inside the package; the verifier looks nowhere else.
public static class ProvenancePaths
{
    public const string EnvelopeFileName = "model.intoto.jsonl";
    public const string PublicKeyFileName = "signing-key.pub.pem";

    public static string Folder => ModelPackageLayout.ProvenanceFolder + "/";

    public static string Envelope => Folder + EnvelopeFileName;

    public static string PublicKey => Folder + PublicKeyFileName;

    public static string ModelFolder => ModelPackageLayout.ModelFolder + "/";

    public static bool IsModelFile(string packagePath) =>
        packagePath.StartsWith(ModelFolder, StringComparison.Ordinal) && packagePath.Length > ModelFolder.Length;

    public static bool IsInProvenanceFolder(string packagePath) => packagePath.StartsWith(Folder, StringComparison.OrdinalIgnoreCase);
}
