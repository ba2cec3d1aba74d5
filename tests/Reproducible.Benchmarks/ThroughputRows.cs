namespace Reproducible.Benchmarks;

// Our hasher against the peers over the same bytes; judged as "at least 0.9 × openssl dgst".
static class ThroughputRows
{
    const double ShareOfOpenSsl = 0.9;

    public static double Add(ResultTable table, int figure, long bytes, Sample ours, IEnumerable<Sample> alsoOurs, Sample openssl, Sample sha256sum)
    {
        double Gbps(Sample sample) => Rate.GigabytesPerSecond(bytes, sample.Median);
        var opensslRate = Gbps(openssl);
        table.Judge(
            figure,
            ours.Name,
            Rate.Seconds(ours.Median),
            Rate.Gbps(Gbps(ours)),
            $"≥ {ShareOfOpenSsl} × openssl dgst = {Rate.Gbps(ShareOfOpenSsl * opensslRate)}; ours/openssl = {Rate.Ratio(Gbps(ours) / opensslRate)}, ours/sha256sum = {Rate.Ratio(Gbps(ours) / Gbps(sha256sum))}",
            Gbps(ours) >= ShareOfOpenSsl * opensslRate);
        foreach (var sample in alsoOurs)
        {
            table.Add(new Row(figure, sample.Name, Rate.Seconds(sample.Median), Rate.Gbps(Gbps(sample)), $"ours/openssl = {Rate.Ratio(Gbps(sample) / opensslRate)}", Verdict.None));
        }

        table.Add(new Row(figure, openssl.Name, Rate.Seconds(openssl.Median), Rate.Gbps(opensslRate), "peer", Verdict.None));
        table.Add(new Row(figure, sha256sum.Name, Rate.Seconds(sha256sum.Median), Rate.Gbps(Gbps(sha256sum)), "peer", Verdict.None));
        return Gbps(ours);
    }
}
