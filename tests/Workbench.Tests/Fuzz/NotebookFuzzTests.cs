namespace Workbench.Tests.Fuzz;
public sealed class NotebookFuzzTests;
