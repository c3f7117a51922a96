using BenchmarkDotNet.Running;
using Site.Benchmarks;

// dotnet run -c Release --project bench/Site.Benchmarks -- generate <count> <folder>
//   writes synthetic articles for the load benchmark;
// dotnet run -c Release --project bench/Site.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter '*']
//   runs the pipeline benchmarks.
if (args is ["generate", var count, var folder])
{
    SyntheticArticles.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), folder);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticArticles).Assembly).Run(args);
return 0;
