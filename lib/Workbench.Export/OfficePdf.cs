using System.Diagnostics;

namespace Workbench.Export;

/// <summary>
/// A PDF of a .docx through LibreOffice Writer (<c>soffice --headless --convert-to pdf</c>), with a throw-away user
/// profile so a running LibreOffice or a first-start dialog cannot interfere. Null with a Chinese reason where
/// LibreOffice or its Writer component is not installed.
/// </summary>
public static class OfficePdf
{
    /// <summary>soffice on PATH or in the usual places, or null.</summary>
    public static string? FindSoffice()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : new[] { "soffice", "libreoffice" };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var n in names)
                if (File.Exists(Path.Combine(dir, n))) return Path.Combine(dir, n);
        string[] known = OperatingSystem.IsWindows()
            ? [@"C:\Program Files\LibreOffice\program\soffice.exe"]
            : ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"];
        return known.FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Converts <paramref name="docx"/> to a PDF of the same name in <paramref name="outFolder"/>; returns its path, or
    /// null with <paramref name="why"/> when it cannot (no soffice, no Writer, conversion failed or took over 3 minutes).
    /// </summary>
    public static string? Convert(string docx, string outFolder, out string? why)
    {
        var soffice = FindSoffice();
        if (soffice is null)
        {
            why = "未找到 LibreOffice（soffice），未生成 PDF；Debian/Ubuntu：apt-get install libreoffice-writer";
            return null;
        }
        var profile = Directory.CreateTempSubdirectory("wb-soffice-").FullName;
        try
        {
            var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "--headless", "--norestore", "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--convert-to", "pdf", "--outdir", outFolder, docx })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                why = "LibreOffice 转换 PDF 超过 3 分钟，已中止";
                return null;
            }
            var pdf = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            if (File.Exists(pdf)) { why = null; return pdf; }
            // soffice from libreoffice-calc alone starts but has no Writer filter for .docx.
            why = "LibreOffice 未能把 .docx 转为 PDF（可能未安装 Writer 组件：apt-get install libreoffice-writer）" + (stderr.Result.Trim() is { Length: > 0 } e ? "：" + e : "");
            return null;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
