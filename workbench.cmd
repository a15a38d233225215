@echo off
rem Runs the workbench command from a checkout on Windows (as ./workbench does on Linux): workbench.ps1 builds
rem lib/Workbench.Cli when its sources changed, then runs it with the arguments given here.
setlocal
set "WB_PS=powershell"
where pwsh >nul 2>nul && set "WB_PS=pwsh"
%WB_PS% -NoLogo -NoProfile -ExecutionPolicy Bypass -File "%~dp0workbench.ps1" %*
exit /b %ERRORLEVEL%
