using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MissionControl.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
