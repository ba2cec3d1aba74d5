namespace Reproducible.Core.Tuning;

/// <summary>A weighted mixture of normals truncated to the domain: one per observation, plus a broad prior.</summary>
sealed class ParzenEstimator
{
    readonly NumericDomain domain;
    readonly double[] mus;
    readonly double[] sigmas;
    readonly MixtureWeights weights;
    readonly double[] logMasses;
    readonly double[] logNormalizers;
    readonly double[] terms;

    public ParzenEstimator(NumericDomain domain, IReadOnlyList<double> observations, double priorWeight)
    {
        this.domain = domain;
        terms = new double[observations.Count + 1];
        mus = [.. observations, (domain.Low + domain.High) / 2];
        sigmas = Bandwidths(mus, domain.Low, domain.High);
        weights = new MixtureWeights(observations.Count, priorWeight);
        // Each kernel's weight and truncation fold into one constant, which keeps the density cheap to evaluate against many kernels.
        // Like Optuna 3.1, a continuous kernel's density leaves out its 1/σ, so every kernel peaks equally high and a
        // cluster of narrow kernels cannot drown out the rest; this is what makes it as sample-efficient as Optuna.
        logMasses = [.. mus.Select((mu, index) => Math.Log(Normal.Mass((domain.Low - mu) / sigmas[index], (domain.High - mu) / sigmas[index])))];
        logNormalizers = [.. logMasses.Select((logMass, index) => Math.Log(weights[index]) - logMass)];
    }

    /// <summary>Each kernel is as wide as the larger gap to its neighbours, clipped so no kernel is absurdly narrow (the "magic clip").</summary>
    static double[] Bandwidths(double[] mus, double low, double high)
    {
        var range = high - low;
        var order = Enumerable.Range(0, mus.Length).OrderBy(index => mus[index]).ToArray();
        double[] sorted = [low, .. order.Select(index => mus[index]), high];
        var sigmas = new double[mus.Length];
        for (var rank = 0; rank < order.Length; rank++)
            sigmas[order[rank]] = Math.Max(sorted[rank + 1] - sorted[rank], sorted[rank + 2] - sorted[rank + 1]);
        if (order.Length >= 2)
        {
            // The outermost kernels ignore the domain's ends, which are not observations.
            sigmas[order[0]] = sorted[2] - sorted[1];
            sigmas[order[^1]] = sorted[^2] - sorted[^3];
        }
        var smallest = range / Math.Min(100.0, 1 + mus.Length);
        for (var index = 0; index < sigmas.Length; index++)
            sigmas[index] = Math.Clamp(sigmas[index], smallest, range);
        sigmas[^1] = range;
        return sigmas;
    }

    public double Sample(Random random) => Sample(weights.Choose(random), random);

    /// <summary>A value from one kernel: an observation's (by its index) or, after the last, the prior's.</summary>
    public double Sample(int kernel, Random random)
    {
        // Every kernel's centre lies inside the domain and its width is at most the domain's, so at least a third of its mass does too.
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var value = mus[kernel] + sigmas[kernel] * Normal.Sample(random);
            if (value >= domain.Low && value <= domain.High)
                return value;
        }
        return Math.Clamp(mus[kernel], domain.Low, domain.High);
    }

    /// <summary>
    /// The log density at a value. With <paramref name="kernelLogDensities"/>, one per kernel, it also adds each kernel's own
    /// log density there, unweighted, so that densities of several parameters can be multiplied kernel by kernel.
    /// </summary>
    public double LogDensity(double value, double[]? kernelLogDensities = null)
    {
        for (var kernel = 0; kernel < mus.Length; kernel++)
        {
            var logDensity = KernelLogDensity(kernel, value);
            terms[kernel] = logNormalizers[kernel] + logDensity;
            if (kernelLogDensities is not null)
                kernelLogDensities[kernel] += logDensity - logMasses[kernel];
        }
        return LogSumExp.Of(terms);
    }

    double KernelLogDensity(int kernel, double value)
    {
        var (mu, sigma) = (mus[kernel], sigmas[kernel]);
        if (domain.Quantum == 0)
            return Normal.LogPdf((value - mu) / sigma);
        var half = domain.Quantum / 2;
        var mass = Normal.Mass((value - half - mu) / sigma, (value + half - mu) / sigma);
        return mass > 0 ? Math.Log(mass) : Normal.LogPdf((value - mu) / sigma) - Math.Log(sigma) + Math.Log(domain.Quantum);
    }
}
