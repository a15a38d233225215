# Runs the `workbench` command from a checkout on Windows (PowerShell 5.1 or 7), as ./workbench does on Linux:
# builds lib/Workbench.Cli when its sources changed, then runs it. Saved as UTF-8 with BOM so Windows PowerShell 5.1
# reads its Chinese messages as written.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$dll = Join-Path $root (Join-Path 'lib' (Join-Path 'Workbench.Cli' (Join-Path 'bin' (Join-Path 'Release' (Join-Path 'net10.0' 'Workbench.Cli.dll')))))
$stale = -not (Test-Path -LiteralPath $dll)
if (-not $stale) {
    $built = (Get-Item -LiteralPath $dll).LastWriteTimeUtc
    $sources = @(Get-ChildItem -LiteralPath (Join-Path $root 'lib') -Recurse -File |
        Where-Object { $_.Extension -in '.cs', '.csproj', '.csv', '.props' -and $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
    $sources += @(Get-Item -LiteralPath (Join-Path $root 'Directory.Build.props'), (Join-Path $root 'Directory.Packages.props'))
    $stale = @($sources | Where-Object { $_.LastWriteTimeUtc -gt $built }).Count -gt 0
}
if ($stale) {
    [Console]::Error.WriteLine('正在构建 workbench……')
    $log = & dotnet build (Join-Path $root (Join-Path 'lib' (Join-Path 'Workbench.Cli' 'Workbench.Cli.csproj'))) -c Release -v q --nologo 2>&1
    if ($LASTEXITCODE -ne 0) {
        $log | ForEach-Object { [Console]::Error.WriteLine($_) }
        [Console]::Error.WriteLine('构建失败：请查看上面的错误信息')
        exit 1
    }
}
# The program writes UTF-8; the console shows it as such.
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
& dotnet $dll @args
exit $LASTEXITCODE
