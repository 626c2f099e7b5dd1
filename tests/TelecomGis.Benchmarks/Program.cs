using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TelecomGis.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
