namespace Reproducible.Core.Platform;

// Variables that change numerical results or their order of evaluation. Only these are ever read:
// the environment also holds tokens and passwords, which must never reach a lock or a log.
public static class NumericalVariables
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "BLIS_NUM_THREADS",
        "CUBLAS_WORKSPACE_CONFIG",
        "CUDA_VISIBLE_DEVICES",
        "DOTNET_TieredCompilation",
        "DOTNET_TieredPGO",
        "KMP_DETERMINISTIC_REDUCTION",
        "MKL_CBWR",
        "MKL_NUM_THREADS",
        "NUMEXPR_NUM_THREADS",
        "OMP_NUM_THREADS",
        "OPENBLAS_CORETYPE",
        "OPENBLAS_NUM_THREADS",
        "PYTHONHASHSEED",
        "TF_CUDNN_DETERMINISTIC",
        "TF_DETERMINISTIC_OPS",
        "VECLIB_MAXIMUM_THREADS",
    ];

    public static IEnumerable<KeyValuePair<string, string>> Read() =>
        Names.Select(name => KeyValuePair.Create(name, System.Environment.GetEnvironmentVariable(name)))
            .Where(pair => !string.IsNullOrEmpty(pair.Value))
            .Select(pair => KeyValuePair.Create(pair.Key, pair.Value!));
}
