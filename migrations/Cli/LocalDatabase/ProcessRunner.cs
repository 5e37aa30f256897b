using System.Diagnostics;

namespace Finnest.Database.LocalDatabase;

public sealed record ProcessResult(int ExitCode, string Output);

/// <summary>Runs a server binary, as the postgres system user when we are root (initdb refuses root).</summary>
public static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout, bool asPostgresUser = true,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot && asPostgresUser)
        {
            info.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = file;
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ProcessResult(-1, $"{Path.GetFileName(file)} timed out after {timeout.TotalSeconds:0} s");
        }
        return new ProcessResult(process.ExitCode, (await stdout + await stderr).Trim());
    }
}
