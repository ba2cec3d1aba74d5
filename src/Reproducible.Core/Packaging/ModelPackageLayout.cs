namespace Reproducible.Core.Packaging;

public static class ModelPackageLayout
{
    public const string ModelFolder = "model";
    public const string ProvenanceFolder = "provenance";
    public const string Readme = "README.md";
    public const string Metrics = "metrics.json";

    public static string OutputFolder(string packageId) => $"models/{packageId}/";

    public static string DirectoryProperty(string packageId) =>
        new string(packageId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()) + "_ModelDirectory";

    public static string ConsumerTargets(string packageId) => $"""
        <Project>
          <PropertyGroup>
            <{DirectoryProperty(packageId)}>$(OutDir){OutputFolder(packageId)}</{DirectoryProperty(packageId)}>
          </PropertyGroup>
          <ItemGroup>
            <None Include="$(MSBuildThisFileDirectory)../{ModelFolder}/**" Link="{OutputFolder(packageId)}%(RecursiveDir)%(Filename)%(Extension)" CopyToOutputDirectory="PreserveNewest" Visible="false" Pack="false" />
          </ItemGroup>
        </Project>

        """;

    public static string TransitiveTargets(string packageId) => $"""
        <Project>
          <Import Project="../build/{packageId}.targets" />
        </Project>

        """;
}
