using System.Globalization;
using Reproducible.Tracking.Benchmarks;

var runs = 100_000;
string? postgres = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs" when i + 1 < args.Length:
            runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--postgres" when i + 1 < args.Length:
            postgres = args[++i];
            break;
        case "--no-postgres":
            postgres = "";
            break;
        default:
            Console.Error.WriteLine("usage: Reproducible.Tracking.Benchmarks [--runs N] [--postgres CONNECTION_STRING | --no-postgres]");
            Console.Error.WriteLine("Without --postgres, it starts a throw-away server with build/postgres.sh.");
            return 2;
    }
}

var results = new List<Result>();
results.AddRange(SqliteBenchmark.Run(runs));
if (postgres != "")
{
    results.AddRange(PostgresBenchmark.Run(runs, postgres));
}

Report.Print(runs, results);
return results.All(result => result.Met) ? 0 : 1;
