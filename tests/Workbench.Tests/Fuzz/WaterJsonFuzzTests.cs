namespace Workbench.Tests.Fuzz;
public sealed class WaterJsonFuzzTests;
